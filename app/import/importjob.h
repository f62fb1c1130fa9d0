#pragma once

#include "csvreader.h"
#include "importmapping.h"
#include "locatedissue.h"
#include "mappingtemplate.h"
#include "sheetdata.h"

#include <QObject>
#include <QString>
#include <QThread>
#include <QVector>

#include <atomic>
#include <memory>
#include <optional>

class EntitySchema;

// Runs the slow parts of an import off the GUI thread: reading a sheet, and converting plus
// saving its rows in one transaction through the job's own workspace connection. Reports
// progress, can be cancelled at any moment (a cancelled or failed import saves nothing), and
// answers with one finished signal per run.
class ImportJob : public QObject
{
    Q_OBJECT

public:
    struct ImportResult
    {
        bool ok = false;
        bool cancelled = false;
        QString message;
        int rows = 0;
        QVector<LocatedIssue> issues;
    };

    explicit ImportJob(QObject *parent = nullptr);
    ~ImportJob() override;

    void startRead(const QString &path, const QString &sheet, const CsvReader::Options &csv);
    void startImport(const EntitySchema &schema, SheetData data, ImportMapping mapping,
                     const QString &workspacePath, const QString &source,
                     std::optional<MappingTemplate> saveTemplate);
    void cancel() { m_cancelled = true; }
    bool isRunning() const;

signals:
    void stageChanged(const QString &stage);
    // done of total (0 when unknown), in the units of the current stage.
    void progressed(qint64 done, qint64 total);
    void readFinished(bool ok, const QString &error, const std::shared_ptr<SheetData> &data);
    void importFinished(const ImportJob::ImportResult &result);

private:
    void run(std::function<void()> work);
    bool report(qint64 done, qint64 total);

    QThread *m_thread = nullptr;
    std::atomic<bool> m_cancelled{false};
    // Results of a run that a newer run replaced are dropped.
    std::atomic<int> m_generation{0};
};

Q_DECLARE_METATYPE(ImportJob::ImportResult)
