#pragma once

#include "xmlpartscanner.h"

#include <QByteArray>
#include <QString>
#include <QXmlStreamReader>

#include <unzip.h>

#include <atomic>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

// Inflates one part (file) of a zip package chunk by chunk, for a QXmlStreamReader (small
// parts) or an XmlPartScanner (a sheet and its shared strings), optionally a few chunks ahead
// on a second thread. It keeps a hostile part from doing harm: every part of the package counts
// against one inflate budget (zip bombs), and XML entities or deep nesting are refused (XML
// bombs). Its error() texts finish XlsxReader's "<file> ..." sentences.
class ZipPartReader
{
public:
    // Inflated bytes of all parts together, against the zip-bomb limit.
    struct Budget
    {
        qint64 used = 0;
        qint64 limit = 0;
    };

    ZipPartReader(unzFile zip, Budget &budget, int maxDepth)
        : m_zip(zip)
        , m_budget(budget)
        , m_maxDepth(maxDepth)
    {}
    ~ZipPartReader();
    ZipPartReader(const ZipPartReader &) = delete;
    ZipPartReader &operator=(const ZipPartReader &) = delete;

    // Makes the entry the archive's current file; false when it is not in the archive.
    static bool locate(unzFile zip, const QByteArray &name);

    // False when the part is not in the archive.
    bool open(const QString &name);

    // The next XML token, reading more of the part as needed. Invalid with error() on failure.
    QXmlStreamReader::TokenType next();

    const QString &error() const { return m_error; }
    qint64 inflated() const { return m_inflated.load(); }
    qint64 size() const { return m_size; }

    QXmlStreamReader xml;

    // Inflates the rest of the part on a second thread, a few chunks ahead of read(): on a
    // large sheet the inflate then runs beside the tokenizer instead of before each step.
    // From here on only that thread touches the archive, the budget and the counters.
    void prefetch();

    // Raw inflated bytes for XmlPartScanner: the count, 0 at the end, -1 on failure (error()).
    qint64 read(char *data, qint64 max);

    // A scanner over this part; problems it finds are reported through error().
    XmlPartScanner scanner();

    // The scanner's problem, or the part's own, in the words of error().
    void takeProblem(const XmlPartScanner &scanner);

private:
    void stopPrefetch();
    qint64 inflate(char *data, qint64 max);
    void feed();

    unzFile m_zip;
    Budget &m_budget;
    int m_maxDepth;
    bool m_open = false;
    bool m_eof = false;
    int m_depth = 0;
    std::atomic<qint64> m_inflated{0};
    // The prefetching thread and the chunks it has inflated ahead.
    std::thread m_producer;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<QByteArray> m_chunks;
    bool m_produced = false;
    bool m_producerError = false;
    bool m_stop = false;
    QByteArray m_current;
    qsizetype m_offset = 0;
    qint64 m_size = 0;
    QString m_error;
};
