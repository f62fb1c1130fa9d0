#include "zippartreader.h"

#include "xlsxreader.h" // the error texts keep XlsxReader's translation context

#include <cstring>

namespace {

constexpr int kChunk = 128 * 1024;

} // namespace

ZipPartReader::~ZipPartReader()
{
    stopPrefetch();
    if (m_open)
        unzCloseCurrentFile(m_zip);
}

// Part names as Excel matches them: any case, and also an entry a Windows tool stored with
// backslashes for slashes (unzLocateFile() only finds the name as stored).
bool ZipPartReader::locate(unzFile zip, const QByteArray &name)
{
    if (unzLocateFile(zip, name.constData(), 2) == UNZ_OK)
        return true;
    QByteArray entry(1024, Qt::Uninitialized);
    for (int rc = unzGoToFirstFile(zip); rc == UNZ_OK; rc = unzGoToNextFile(zip)) {
        unz_file_info64 info;
        if (unzGetCurrentFileInfo64(zip, &info, entry.data(), uLong(entry.size()), nullptr, 0,
                                    nullptr, 0) != UNZ_OK ||
            info.size_filename >= uLong(entry.size()))
            continue;
        QByteArray stored = entry.left(qsizetype(info.size_filename));
        if (!stored.contains('\\'))
            continue;
        stored.replace('\\', '/');
        if (stored.startsWith('/'))
            stored.remove(0, 1);
        if (stored.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

bool ZipPartReader::open(const QString &name)
{
    if (name.isEmpty() || !locate(m_zip, name.toUtf8()))
        return false;
    unz_file_info64 info;
    if (unzGetCurrentFileInfo64(m_zip, &info, nullptr, 0, nullptr, 0, nullptr, 0) == UNZ_OK)
        m_size = qint64(info.uncompressed_size);
    m_open = unzOpenCurrentFile(m_zip) == UNZ_OK;
    if (!m_open)
        m_error = XlsxReader::tr("is damaged (a part cannot be unpacked)");
    return true;
}

QXmlStreamReader::TokenType ZipPartReader::next()
{
    for (;;) {
        if (!m_error.isEmpty())
            return QXmlStreamReader::Invalid;
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::Invalid) {
            if (xml.error() == QXmlStreamReader::PrematureEndOfDocumentError && !m_eof) {
                feed();
                continue;
            }
            if (m_error.isEmpty())
                m_error = XlsxReader::tr("holds broken XML (%1)").arg(xml.errorString());
            return token;
        }
        if (token == QXmlStreamReader::DTD || token == QXmlStreamReader::EntityReference) {
            m_error = XlsxReader::tr("declares XML entities, which workbooks never do "
                                     "(an XML bomb?)");
            return QXmlStreamReader::Invalid;
        }
        if (token == QXmlStreamReader::StartElement && ++m_depth > m_maxDepth) {
            m_error = XlsxReader::tr("nests XML deeper than %1 levels (an XML bomb?)")
                              .arg(m_maxDepth);
            return QXmlStreamReader::Invalid;
        }
        if (token == QXmlStreamReader::EndElement)
            --m_depth;
        return token;
    }
}

void ZipPartReader::prefetch()
{
    if (!m_open || !m_error.isEmpty() || m_producer.joinable())
        return;
    m_producer = std::thread([this] {
        for (;;) {
            QByteArray chunk(kChunk * 2, Qt::Uninitialized);
            const qint64 n = inflate(chunk.data(), chunk.size());
            std::unique_lock<std::mutex> lock(m_mutex);
            if (n <= 0) {
                m_produced = true;
                m_producerError = n < 0;
                m_changed.notify_all();
                return;
            }
            chunk.truncate(int(n));
            m_changed.wait(lock, [this] { return m_stop || m_chunks.size() < 8; });
            if (m_stop)
                return;
            m_chunks.push_back(std::move(chunk));
            m_changed.notify_all();
        }
    });
}

qint64 ZipPartReader::read(char *data, qint64 max)
{
    if (!m_producer.joinable())
        return inflate(data, max);
    if (m_offset == m_current.size()) {
        std::unique_lock<std::mutex> lock(m_mutex);
        m_changed.wait(lock, [this] { return !m_chunks.empty() || m_produced; });
        if (m_chunks.empty())
            return m_producerError ? -1 : 0;
        m_current = std::move(m_chunks.front());
        m_chunks.pop_front();
        m_offset = 0;
        m_changed.notify_all();
    }
    const qint64 n = qMin<qint64>(max, m_current.size() - m_offset);
    std::memcpy(data, m_current.constData() + m_offset, size_t(n));
    m_offset += n;
    return n;
}

XmlPartScanner ZipPartReader::scanner()
{
    return XmlPartScanner([this](char *data, qint64 max) { return read(data, max); }, m_maxDepth);
}

void ZipPartReader::takeProblem(const XmlPartScanner &scanner)
{
    stopPrefetch(); // the inflating thread may write the part's error: wait for it first
    if (!m_error.isEmpty())
        return;
    switch (scanner.problem()) {
    case XmlPartScanner::Problem::Entities:
        m_error = XlsxReader::tr("declares XML entities, which workbooks never do "
                                 "(an XML bomb?)");
        break;
    case XmlPartScanner::Problem::TooDeep:
        m_error = XlsxReader::tr("nests XML deeper than %1 levels (an XML bomb?)").arg(m_maxDepth);
        break;
    default:
        m_error = XlsxReader::tr("holds broken XML (%1)").arg(scanner.errorString());
        break;
    }
}

void ZipPartReader::stopPrefetch()
{
    if (!m_producer.joinable())
        return;
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        m_stop = true;
    }
    m_changed.notify_all();
    m_producer.join();
}

qint64 ZipPartReader::inflate(char *data, qint64 max)
{
    if (!m_error.isEmpty() || !m_open)
        return -1;
    const int n = unzReadCurrentFile(m_zip, data, unsigned(qMin<qint64>(max, kChunk * 8)));
    if (n < 0) {
        m_error = XlsxReader::tr("is damaged or incomplete (a part cannot be unpacked)");
        return -1;
    }
    m_inflated += n;
    m_budget.used += n;
    if (m_budget.used > m_budget.limit) {
        m_error = XlsxReader::tr("is too large once unpacked (more than %L1 MiB): it may be "
                                 "a zip bomb")
                          .arg(m_budget.limit >> 20);
        return -1;
    }
    return n;
}

void ZipPartReader::feed()
{
    QByteArray chunk(kChunk, Qt::Uninitialized);
    const qint64 n = read(chunk.data(), chunk.size());
    if (n < 0)
        return;
    if (n == 0) {
        m_eof = true;
        return;
    }
    chunk.truncate(int(n));
    xml.addData(chunk);
}
