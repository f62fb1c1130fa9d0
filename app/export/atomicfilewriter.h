#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QIODevice>

class QString;

// Every export goes through here: the bytes are written to a temporary file beside the target
// and renamed over it only when all of them are on disk (QSaveFile), so a failed or cancelled
// export never leaves half a file, nor destroys the file it was meant to replace.
class AtomicFileWriter
{
    Q_DECLARE_TR_FUNCTIONS(AtomicFileWriter)

public:
    static Status write(const QString &path, const QByteArray &bytes);
    // Copies `source` to `path` in chunks, with the same all-or-nothing guarantee.
    static Status copy(QIODevice &source, const QString &path);
};
