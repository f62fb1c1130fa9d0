#pragma once

#include "clicommand.h"
#include "csvreader.h"
#include "importmapping.h"
#include "importplanner.h"
#include "recordimporter.h"

#include <QCoreApplication>

#include <optional>

// contractdesk-cli import FILE --target ID --workspace W
class ImportCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(ImportCommand)

public:
    QString name() const override { return QStringLiteral("import"); }
    QString summary() const override;
    int run(const QStringList &arguments, CliContext &context) override;

private:
    // --encoding and --delimiter (empty: detected), or nullopt after saying what is wrong.
    static std::optional<CsvReader::Options>
    textOptions(const QString &encoding, const QString &delimiter, CliContext &context);
    // --mapping FILE and --header-row N (empty: not given) into `explicitMapping`; false after
    // saying what is wrong.
    static bool readMapping(const QString &mappingFile, const QString &headerRow,
                            const EntitySchema &schema,
                            std::optional<ImportMapping> &explicitMapping, CliContext &context);
    // What was read, mapped and imported, as the CLI prints it.
    static void report(const SheetData &sheet, const ImportPlanner::Proposal &proposal,
                       const RecordImporter::Outcome &outcome, const EntitySchema &schema,
                       CliContext &context);
};
