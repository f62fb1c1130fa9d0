#pragma once

#include "locatedissue.h"
#include "result.h"
#include "sheetdata.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QChar>
#include <QIODevice>
#include <QString>
#include <QVector>

#include <functional>
#include <memory>
#include <optional>

// A delimited text file opened for importing (CsvReader::openStream): its rows scanned one at a
// time, each cell a view into UTF-8 text rather than a QString, so that a large file becomes
// records without a SheetData of it in between. Rows, row numbers, skipped blank lines, limits,
// errors and ragged-row warnings are CsvReader::read's; tests hold the two to the same results.
//
// The file is read a block at a time on each scan (a row split by a block's end is scanned
// again once the next block is in), so its bytes are never in memory whole. UTF-8 is scanned as
// it is; Windows-1252 and the legacy code pages (Shift_JIS, GB18030, Windows-1250, ...) are
// transcoded to UTF-8 as they are read, the decoder keeping a character a block cuts for the next.
// UTF-16 and UTF-32 files (and delimiters outside ASCII) are read whole by CsvReader::read
// instead: see sheet(). An Excel "sep=" first line is skipped; rows keep their line numbers.
class CsvStream
{
public:
    struct Row
    {
        int line = 0;                          // 1-based source line the row starts on
        const QByteArrayView *cells = nullptr; // UTF-8, quotes undone; valid during the call
        int count = 0;
        qint64 offset = 0; // bytes scanned so far, of size()
    };
    // Called for every row that is not blank; returning false stops the scan.
    using RowFunction = std::function<bool(const Row &row)>;

    const QString &fileName() const { return m_fileName; }
    const QString &encoding() const { return m_encoding; }
    QChar delimiter() const { return m_delimiter; }
    // The file's bytes (Row::offset counts them; rows of a sheet() instead).
    qint64 size() const;
    // How much is read at a time (kBlockSize); tests take a few bytes to put block ends
    // everywhere.
    void setBlockSize(qsizetype bytes) { m_blockSize = qMax<qsizetype>(bytes, 1); }
    // Small enough that the buffers come from the heap: glibc serves blocks over 128 KiB with
    // mmap(), and freeing one raises its trim and mmap thresholds, after which freeing 100,000
    // records costs about twice as much.
    static constexpr qsizetype kBlockSize = 32 * 1024;

    // The first `rows` rows as CsvReader::read gives them, without the ragged-row warnings
    // (those need every row). Fails when these rows hold what makes CsvReader::read fail.
    Result<SheetData> head(int rows) const;
    // Every row in order; after the last one, CsvReader::read's ragged-row warnings are
    // appended to `issues`. Fails with CsvReader::read's message where that fails.
    Status scan(const RowFunction &function, QVector<LocatedIssue> *issues = nullptr) const;

    // The whole file as CsvReader::read gave it, for a file not scanned as UTF-8; else null.
    // Converting its QStrings keeps what UTF-8 cannot carry (unpaired UTF-16 surrogates);
    // scan() hands its cells over as UTF-8.
    const SheetData *sheet() const { return m_sheet ? &*m_sheet : nullptr; }

    // Every character white space (QChar::isSpace), as QString::trimmed().isEmpty() sees it.
    static bool isBlank(QByteArrayView utf8);
    // A cell as a QString (null when empty), a U+FEFF at its start kept.
    static QString text(QByteArrayView utf8);

private:
    friend class CsvReader;
    CsvStream() = default;
    // The source, opened; null with a message when it cannot be.
    std::unique_ptr<QIODevice> openSource(QString *error) const;

    QString m_path;             // the file
    QByteArray m_bytes;         // or the bytes (CsvReader::stream)
    qint64 m_start = 0;         // the text starts after its byte order mark(s)
    qint64 m_size = 0;          // bytes in all
    int m_firstLine = 1;        // 2 after a "sep=" line
    bool m_windows1252 = false; // transcoded to UTF-8 as read
    QByteArray m_decoderName;   // or a legacy code page, decoded by QStringDecoder as read
    qsizetype m_blockSize = kBlockSize;
    QString m_fileName;
    QString m_encoding;
    QChar m_delimiter;
    std::optional<SheetData> m_sheet;
};
