#include "importjob.h"

#include "entityschema.h"
#include "importsession.h"
#include "logcategories.h"
#include "recordimporter.h"
#include "workspaceopener.h"

#include <QElapsedTimer>

ImportJob::ImportJob(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<ImportJob::ImportResult>();
    qRegisterMetaType<std::shared_ptr<SheetData>>();
}

ImportJob::~ImportJob()
{
    cancel();
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

bool ImportJob::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

bool ImportJob::report(qint64 done, qint64 total)
{
    emit progressed(done, total);
    return !m_cancelled;
}

void ImportJob::run(std::function<void()> work)
{
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
    m_cancelled = false;
    ++m_generation;
    m_thread = QThread::create(std::move(work));
    m_thread->start();
}

void ImportJob::startRead(const QString &path, const QString &sheet, const CsvReader::Options &csv)
{
    emit stageChanged(tr("Reading %1…").arg(path.section(QLatin1Char('/'), -1)));
    run([this, path, sheet, csv, generation = m_generation + 1] {
        qCInfo(lcImport).noquote()
                << "reading" << path
                << (sheet.isEmpty() ? QString() : QStringLiteral("sheet ") + sheet);
        QElapsedTimer clock;
        clock.start();
        auto data = ImportSession::read(path, sheet, csv,
                                        [this](qint64 d, qint64 t) { return report(d, t); });
        if (data)
            qCInfo(lcImport).noquote()
                    << "read" << path << '-' << data->rows.size() << "row(s),"
                    << data->issues.size() << "issue(s)," << clock.elapsed() << "ms";
        else
            qCWarning(lcImport).noquote() << "reading" << path << "failed:" << data.error();
        if (generation != m_generation)
            return;
        if (!data)
            emit readFinished(false, data.error(), nullptr);
        else
            emit readFinished(true, QString(),
                              std::make_shared<SheetData>(std::move(data).value()));
    });
}

void ImportJob::startImport(const EntitySchema &schema, SheetData data, ImportMapping mapping,
                            const QString &workspacePath, const QString &source,
                            std::optional<MappingTemplate> saveTemplate)
{
    run([this, &schema, data = std::move(data), mapping = std::move(mapping), workspacePath, source,
         saveTemplate]() mutable {
        ImportResult result;
        QString templateProblem;
        QElapsedTimer clock;
        clock.start();
        qCInfo(lcImport).noquote() << "import started:" << data.rows.size() << "row(s) of" << source
                                   << "into" << schema.id() << "of" << workspacePath;
        emit stageChanged(tr("Converting and saving rows…"));
        RecordImporter::Outcome outcome;
        {
            // The job's own connection: SQLite and PostgreSQL connections belong to the thread
            // that opened them.
            auto workspace =
                    WorkspaceOpener::open(workspacePath, Workspace::OpenMode::OpenExisting);
            if (!workspace) {
                result.message = workspace.error();
                emit importFinished(result);
                return;
            }
            // Rows are written while the rest are converted, in one transaction: Cancel, or a
            // failure, leaves none of them.
            const auto saved = workspace.value()->insertStreamed(
                    schema, source, [&](const RecordSink &sink) -> Status {
                        outcome = RecordImporter(schema).consume(
                                std::move(data), mapping,
                                [this](qint64 d, qint64 t) { return report(d, t); }, sink);
                        if (outcome.cancelled || m_cancelled)
                            return Status::failure(
                                    tr("The import was cancelled; nothing was saved."));
                        return Status();
                    });
            result.issues = outcome.issues;
            qCDebug(lcImport) << "converted and saved" << outcome.rowCount << "record(s),"
                              << outcome.issues.size() << "issue(s) in" << clock.elapsed() << "ms";
            if (!saved) {
                qCWarning(lcImport).noquote() << "import not saved:" << saved.error();
                result.cancelled = outcome.cancelled || m_cancelled;
                result.message = saved.error();
                emit importFinished(result);
                return;
            }
            if (saveTemplate) {
                // The rows are saved; only the remembered mapping is lost: say so, go on.
                const Status remembered = workspace.value()->saveMappingTemplate(*saveTemplate);
                if (!remembered)
                    templateProblem = tr(" The column mapping was not remembered for next "
                                         "time: %1")
                                              .arg(remembered.error());
            }
        }
        result.ok = true;
        result.rows = outcome.rowCount;
        qCInfo(lcImport) << "import finished:" << result.rows << "row(s) saved,"
                         << result.issues.size() << "issue(s)," << clock.elapsed() << "ms";
        result.message = tr("Imported %n row(s).", nullptr, result.rows) + templateProblem;
        emit importFinished(result);
    });
}
