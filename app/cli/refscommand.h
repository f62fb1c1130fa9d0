#pragma once

#include "clicommand.h"
#include "joboutcome.h"
#include "referencelistreader.h"

#include <QCoreApplication>
#include <QObject>
#include <QPair>

#include <functional>
#include <memory>

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
    // A reader of the target's lists through the connection's profile that tells `err` what it
    // does, each line starting with `command` ("refs: reading Procore company vendors…").
    static std::unique_ptr<ReferenceListReader>
    makeReader(Connection &connection, QVector<Record> records, bool all,
               QNetworkAccessManager *network, QTextStream &err, const QString &command);

private:
    struct Run;
    std::unique_ptr<Run> m_run;
};
