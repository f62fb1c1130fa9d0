#pragma once

#include "clicommand.h"
#include "referenceresolver.h"

#include <QCoreApplication>

// contractdesk-cli resolve --workspace W --target T --profile P [--refresh]
//                          [--choose "FIELD:VALUE=ID"]... [--format text|json]
// Resolves every reference cell of the target against the vendor's lists kept in the workspace
// (reading them first, as `refs` does, when any is missing or with --refresh), records each
// --choose in the crosswalk, writes the id of each exact or chosen match into its rows (saved
// before it reports) and prints one entry per distinct field and value. Exit 0 when every
// reference resolves, 1 when any does not, 2 on usage or file errors.
class ResolveCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(ResolveCommand)

public:
    ResolveCommand();
    ~ResolveCommand() override;
    QString name() const override { return QStringLiteral("resolve"); }
    QString summary() const override;
    void start(const QStringList &arguments, CliContext &context,
               std::function<void(int)> done) override;

private:
    struct Choice
    {
        QString field;
        QString value;
        QString id;
    };
    // A choice within one scope value (empty for a field that is not scoped).
    struct ScopedChoice
    {
        QString field;
        QString value;
        QString id;
        QString scope;
    };
    struct Run;
    int finish(Run &run, CliContext &context);
    // Each --choose within every scope its value stands in, checked against the kept lists;
    // the first that cannot be kept fails the whole set.
    static Result<QVector<ScopedChoice>> checkChoices(const ReferenceResolver &resolver,
                                                      const QVector<Record> &records,
                                                      const QVector<Choice> &choices);
    static void printText(QTextStream &out, const QVector<ReferenceEntry> &entries, int written,
                          const QString &target, const QString &profile);
    std::unique_ptr<Run> m_run;
};
