#include "compoundfile.h"

#include <QtEndian>

#include <cstring>

namespace {

constexpr quint32 kEndOfChain = 0xFFFFFFFE;
constexpr quint32 kMaxRegular = 0xFFFFFFFA; // higher numbers are markers, not sectors
constexpr int kHeaderSize = 512;
constexpr int kEntrySize = 128;
constexpr int kMiniSectorSize = 64;

quint32 u32(const QByteArray &data, qsizetype at)
{
    if (at < 0 || at + 4 > data.size())
        return kEndOfChain;
    return qFromLittleEndian<quint32>(data.constData() + at);
}

quint16 u16(const QByteArray &data, qsizetype at)
{
    if (at < 0 || at + 2 > data.size())
        return 0;
    return qFromLittleEndian<quint16>(data.constData() + at);
}

} // namespace

bool CompoundFile::hasSignature(const QByteArray &head)
{
    return head.startsWith(QByteArrayLiteral("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"));
}

QByteArray CompoundFile::write(const QString &name, const QByteArray &bytes)
{
    constexpr quint32 kFatMarker = 0xFFFFFFFD;
    constexpr quint32 kDifatMarker = 0xFFFFFFFC;
    constexpr quint32 kFree = 0xFFFFFFFF;
    constexpr int kSector = 512;
    constexpr int kPerSector = kSector / 4;
    // Layout: header, the stream's sectors, the FAT, the DIFAT (past 109 FAT sectors), the
    // directory.
    const qsizetype dataSectors = (bytes.size() + kSector - 1) / kSector;
    qsizetype fatSectors = 1;
    qsizetype difatSectors = 0;
    for (;;) {
        const qsizetype total = dataSectors + fatSectors + difatSectors + 1;
        const qsizetype needFat = (total + kPerSector - 1) / kPerSector;
        const qsizetype needDifat =
                needFat > 109 ? (needFat - 109 + kPerSector - 2) / (kPerSector - 1) : 0;
        if (needFat == fatSectors && needDifat == difatSectors)
            break;
        fatSectors = needFat;
        difatSectors = needDifat;
    }
    const quint32 firstFat = quint32(dataSectors);
    const quint32 firstDifat = firstFat + quint32(fatSectors);
    const quint32 directorySector = firstDifat + quint32(difatSectors);
    const qsizetype totalSectors = qsizetype(directorySector) + 1;

    QByteArray out(kHeaderSize + totalSectors * kSector, '\0');
    char *d = out.data();
    auto put16 = [&](qsizetype at, quint16 v) { qToLittleEndian(v, d + at); };
    auto put32 = [&](qsizetype at, quint32 v) { qToLittleEndian(v, d + at); };
    std::memcpy(d, "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
    put16(0x18, 0x3E);
    put16(0x1A, 3);
    put16(0x1C, 0xFFFE);
    put16(0x1E, 9);
    put16(0x20, 6);
    put32(0x2C, quint32(fatSectors));
    put32(0x30, directorySector);
    put32(0x38, 4096);
    put32(0x3C, kEndOfChain);
    put32(0x40, 0);
    put32(0x44, difatSectors ? firstDifat : kEndOfChain);
    put32(0x48, quint32(difatSectors));
    auto sectorAt = [&](quint32 sector) { return kHeaderSize + qsizetype(sector) * kSector; };
    for (int i = 0; i < 109; ++i)
        put32(0x4C + 4 * i, i < fatSectors ? firstFat + quint32(i) : kFree);
    for (qsizetype s = 0; s < difatSectors; ++s) {
        const qsizetype at = sectorAt(firstDifat + quint32(s));
        for (int i = 0; i < kPerSector - 1; ++i) {
            const qsizetype fat = 109 + s * (kPerSector - 1) + i;
            put32(at + 4 * i, fat < fatSectors ? firstFat + quint32(fat) : kFree);
        }
        put32(at + 4 * (kPerSector - 1),
              s + 1 < difatSectors ? firstDifat + quint32(s) + 1 : kEndOfChain);
    }
    // The FAT: one chain for the stream, markers for the FAT and DIFAT, one sector directory.
    std::memset(d + sectorAt(firstFat), 0xFF, size_t(fatSectors) * kSector);
    auto fat = [&](quint32 sector, quint32 value) {
        put32(sectorAt(firstFat) + 4 * qsizetype(sector), value);
    };
    for (quint32 s = 0; s < quint32(dataSectors); ++s)
        fat(s, s + 1 < quint32(dataSectors) ? s + 1 : kEndOfChain);
    for (quint32 s = 0; s < quint32(fatSectors); ++s)
        fat(firstFat + s, kFatMarker);
    for (quint32 s = 0; s < quint32(difatSectors); ++s)
        fat(firstDifat + s, kDifatMarker);
    fat(directorySector, kEndOfChain);

    if (!bytes.isEmpty())
        std::memcpy(d + kHeaderSize, bytes.constData(), size_t(bytes.size()));
    const qsizetype dir = sectorAt(directorySector);
    std::memset(d + dir + kEntrySize * 2, 0, kSector - kEntrySize * 2);
    auto entry = [&](int index, const QString &entryName, quint8 type, quint32 start, quint32 size,
                     quint32 child) {
        const qsizetype at = dir + qsizetype(index) * kEntrySize;
        const int chars = int(qMin<qsizetype>(entryName.size(), 31));
        for (int i = 0; i < chars; ++i)
            put16(at + 2 * i, entryName.at(i).unicode());
        put16(at + 0x40, quint16(2 * (chars + 1)));
        d[at + 0x42] = char(type);
        d[at + 0x43] = 1; // black
        put32(at + 0x44, kFree);
        put32(at + 0x48, kFree);
        put32(at + 0x4C, child);
        put32(at + 0x74, start);
        put32(at + 0x78, size);
    };
    for (int i = 2; i < kSector / kEntrySize; ++i) {
        const qsizetype at = dir + qsizetype(i) * kEntrySize;
        put32(at + 0x44, kFree);
        put32(at + 0x48, kFree);
        put32(at + 0x4C, kFree);
    }
    entry(0, QStringLiteral("Root Entry"), 5, kEndOfChain, 0, 1);
    entry(1, name, 2, dataSectors ? 0 : kEndOfChain, quint32(bytes.size()), kFree);
    return out;
}

std::optional<CompoundFile> CompoundFile::parse(QByteArray data)
{
    if (data.size() < kHeaderSize || !hasSignature(data))
        return std::nullopt;
    CompoundFile file;
    file.m_data = std::move(data);
    const QByteArray &d = file.m_data;
    const quint16 shift = u16(d, 0x1E);
    if (shift != 9 && shift != 12)
        return std::nullopt;
    file.m_sectorSize = 1 << shift;
    file.m_miniCutoff = u32(d, 0x38);
    const qsizetype sectors = (d.size() - kHeaderSize + file.m_sectorSize - 1) / file.m_sectorSize;
    auto sectorOffset = [&](quint32 sector) -> qsizetype {
        if (sector >= kMaxRegular || qsizetype(sector) >= sectors)
            return -1;
        return qsizetype(sector + 1) * file.m_sectorSize;
    };

    // The sectors of the FAT: 109 in the header, the rest in a chain of DIFAT sectors.
    QVector<quint32> fatSectors;
    for (int i = 0; i < 109; ++i) {
        const quint32 s = u32(d, 0x4C + 4 * i);
        if (s < kMaxRegular)
            fatSectors.append(s);
    }
    quint32 difat = u32(d, 0x44);
    const int perDifat = file.m_sectorSize / 4 - 1;
    for (qsizetype guard = 0; difat < kMaxRegular && guard < sectors; ++guard) {
        const qsizetype at = sectorOffset(difat);
        if (at < 0)
            return std::nullopt;
        for (int i = 0; i < perDifat; ++i) {
            const quint32 s = u32(d, at + 4 * i);
            if (s < kMaxRegular)
                fatSectors.append(s);
        }
        difat = u32(d, at + 4 * perDifat);
    }
    if (fatSectors.size() > sectors)
        return std::nullopt;
    for (quint32 s : std::as_const(fatSectors)) {
        const qsizetype at = sectorOffset(s);
        if (at < 0)
            return std::nullopt;
        for (int i = 0; i < file.m_sectorSize / 4; ++i)
            file.m_fat.append(u32(d, at + 4 * i));
    }

    // The directory: a chain of 128-byte entries.
    const auto directory = file.chain(u32(d, 0x30), 0, false);
    if (!directory)
        return std::nullopt;
    for (qsizetype at = 0; at + kEntrySize <= directory->size(); at += kEntrySize) {
        Entry e;
        e.type = quint8(directory->at(at + 0x42));
        if (e.type == 0)
            continue; // unused
        const int nameBytes = qMin<int>(u16(*directory, at + 0x40), 64);
        const int chars = qMax(0, nameBytes / 2 - 1); // without the terminating NUL
        for (int i = 0; i < chars; ++i)
            e.name.append(QChar(u16(*directory, at + 2 * i)));
        e.start = u32(*directory, at + 0x74);
        e.size = u32(*directory, at + 0x78); // version 3 files leave the high half undefined
        if (shift == 12)
            e.size |= quint64(u32(*directory, at + 0x7C)) << 32;
        file.m_entries.append(e);
    }
    if (file.m_entries.isEmpty() || file.m_entries.first().type != 5)
        return std::nullopt;

    // Streams under the cutoff live in the mini stream, held by the root entry.
    const auto miniFat = file.chain(u32(d, 0x3C), 0, false);
    if (miniFat) {
        for (qsizetype at = 0; at + 4 <= miniFat->size(); at += 4)
            file.m_miniFat.append(u32(*miniFat, at));
    }
    const Entry &root = file.m_entries.first();
    if (auto mini = file.chain(root.start, root.size, false))
        file.m_miniStream = *std::move(mini);
    return file;
}

QStringList CompoundFile::entryNames() const
{
    QStringList names;
    for (const Entry &e : m_entries)
        names.append(e.name);
    return names;
}

std::optional<QByteArray> CompoundFile::stream(const QString &name) const
{
    for (const Entry &e : m_entries) {
        if (e.type == 2 && e.name.compare(name, Qt::CaseInsensitive) == 0)
            return chain(e.start, e.size, e.size < m_miniCutoff);
    }
    return std::nullopt;
}

// The bytes of a chain of sectors; size 0 means "as long as the chain". Cut at as many steps as
// the file has sectors, so a loop in the FAT cannot hang.
std::optional<QByteArray> CompoundFile::chain(quint32 start, quint64 size, bool mini) const
{
    const QVector<quint32> &table = mini ? m_miniFat : m_fat;
    const QByteArray &source = mini ? m_miniStream : m_data;
    const int unit = mini ? kMiniSectorSize : m_sectorSize;
    const qsizetype base = mini ? 0 : m_sectorSize;
    if (size > quint64(source.size()))
        return std::nullopt;
    QByteArray out;
    quint32 sector = start;
    for (qsizetype steps = 0; sector != kEndOfChain; ++steps) {
        if (sector >= kMaxRegular || qsizetype(sector) >= table.size() || steps > table.size())
            return std::nullopt;
        const qsizetype at = base + qsizetype(sector) * unit;
        if (at + unit > source.size()) {
            if (at >= source.size())
                return std::nullopt;
            out.append(source.mid(at)); // the last sector of a file may be cut short
        } else {
            out.append(source.constData() + at, unit);
        }
        if (size && quint64(out.size()) >= size)
            break;
        sector = table.at(sector);
    }
    if (size) {
        if (quint64(out.size()) < size)
            return std::nullopt;
        out.truncate(qsizetype(size));
    }
    return out;
}
