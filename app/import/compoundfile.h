#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

// Reads the directory and streams of an OLE2 compound file (the container of .xls workbooks and
// of .xlsx workbooks Excel has encrypted with a password), read-only and from memory. It exists
// so that the import can tell an encrypted workbook from an .xls, see what libfreexl does not
// tell (hidden sheets, booleans, errors, dates), and hand libfreexl a clean copy of the records.
//
// Hostile files give std::nullopt, never a crash or a hang: every sector number is checked,
// every chain is cut at the number of sectors the file has.
class CompoundFile
{
public:
    static std::optional<CompoundFile> parse(QByteArray data);
    static bool hasSignature(const QByteArray &head);
    // A new compound file (version 3, 512-byte sectors) holding one stream, `name`, with
    // `bytes`: a plain container for a stream read out of an untrusted one.
    static QByteArray write(const QString &name, const QByteArray &bytes);

    // Names of all storages and streams, as the directory holds them.
    QStringList entryNames() const;
    // A stream's bytes by name (case-insensitive, as OLE2 compares); nullopt when missing/broken.
    std::optional<QByteArray> stream(const QString &name) const;

private:
    struct Entry
    {
        QString name;
        int type = 0; // 1 storage, 2 stream, 5 root
        quint32 start = 0;
        quint64 size = 0;
    };

    std::optional<QByteArray> chain(quint32 start, quint64 size, bool mini) const;

    QByteArray m_data;
    int m_sectorSize = 512;
    QVector<quint32> m_fat;
    QVector<quint32> m_miniFat;
    QVector<Entry> m_entries;
    QByteArray m_miniStream;
    quint32 m_miniCutoff = 4096;
};
