#pragma once

#include "clicommand.h"
#include "joboutcome.h"
#include "referencedata.h"

#include <QCoreApplication>
#include <QObject>
#include <QPair>

#include <functional>
#include <memory>

class ReferenceListRegistry;
class ReferenceResolver;

// What reading one reference list came to: kept (with its record counts and date) or failed
// (the old list, if any, stays kept).
struct ReferenceReadResult
{
    QString listId;
    QString label;
    QString scope;
    bool ok = false;
    QString error;
    int records = 0;
    int inactive = 0;
    QDateTime readAt;
};

// Reads the reference lists a target's fields point to, as `refs` and `resolve` do: signs in
// once like `pull`, reads each list through the sync engine (one list at a time; a scoped list
// once per scope value the sheet's rows resolve to, after the lists it is scoped by), and keeps
// each complete list in the workspace. `all` reads every list; otherwise only those the
// workspace does not keep yet (no sign-in when none is missing). Progress on `err`.
class CliReferenceReader : public QObject
{
    Q_OBJECT

public:
    CliReferenceReader(Workspace &workspace, const EntitySchema &schema,
                       const ConnectionProfile &profile, QVector<Record> records, bool all,
                       QTextStream &err, QObject *parent = nullptr);
    ~CliReferenceReader() override;

    // Starts reading; finished() follows (from the event loop) with what was read.
    void start();
    const QVector<ReferenceReadResult> &results() const { return m_results; }
    bool anyFailed() const;
    // Failed: sign-in or the list definitions; Completed otherwise (lists may have failed).
    QString error() const { return m_error; }

    // A resolver for the target with the kept lists and crosswalk, the profile's project as the
    // default scope of every field scoped by a project.
    static Result<ReferenceResolver> resolverFor(Workspace &workspace, const EntitySchema &schema,
                                                 const ConnectionProfile &profile);

signals:
    void finished(const JobOutcome &outcome);

private:
    QVector<QPair<QString, QString>> unscopedToRead() const;
    Result<QVector<QPair<QString, QString>>> scopedToRead() const;
    void signInThen(const std::function<void()> &next);
    void readQueue(const std::function<void()> &next);
    void readOne(const QString &listId, const QString &scope, const std::function<void()> &next);
    void finish(const JobOutcome &outcome);

    struct State;
    std::unique_ptr<State> d;
    Workspace &m_workspace;
    const EntitySchema &m_schema;
    ConnectionProfile m_profile;
    QVector<Record> m_records;
    bool m_all;
    QTextStream &m_err;
    QVector<ReferenceReadResult> m_results;
    QString m_error;
};

// contractdesk-cli refs --workspace W --target T --profile P [--format text|json]
// Reads every reference list the target's fields point to from the profile's vendor and keeps
// it in the workspace, then prints what it read. Exit 0 when every list was read, 1 when any
// failed (its old list stays), 2 on usage or file errors.
class RefsCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(RefsCommand)

public:
    RefsCommand();
    ~RefsCommand() override;
    QString name() const override { return QStringLiteral("refs"); }
    QString summary() const override;
    void start(const QStringList &arguments, CliContext &context,
               std::function<void(int)> done) override;

    // The read lists as the CLI prints them.
    static void printText(QTextStream &out, const QVector<ReferenceReadResult> &results);
    static QByteArray toJson(const QVector<ReferenceReadResult> &results);

private:
    struct Run;
    std::unique_ptr<Run> m_run;
};
