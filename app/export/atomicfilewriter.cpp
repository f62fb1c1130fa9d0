#include "atomicfilewriter.h"

#include <QSaveFile>

namespace {

Status cannotWrite(const QString &path, const QString &why)
{
    return Status::failure(AtomicFileWriter::tr("Cannot write %1: %2").arg(path, why));
}

} // namespace

Status AtomicFileWriter::write(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return cannotWrite(path, file.errorString());
    return {};
}

Status AtomicFileWriter::copy(QIODevice &source, const QString &path)
{
    if (!source.isReadable()) // a closed source would otherwise replace the file with nothing
        return cannotWrite(path, source.errorString());
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return cannotWrite(path, out.errorString());
    const auto *file = qobject_cast<const QFileDevice *>(&source);
    for (;;) {
        const QByteArray chunk = source.read(qint64(1) << 20);
        if (chunk.isEmpty()) {
            if (file ? file->error() == QFileDevice::NoError : source.atEnd())
                break;
            out.cancelWriting();
            return cannotWrite(path, source.errorString());
        }
        if (out.write(chunk) != chunk.size())
            break; // commit() fails and says why
    }
    if (!out.commit())
        return cannotWrite(path, out.errorString());
    return {};
}
