#include "validatecommand.h"

#include "entityschema.h"
#include "sheetvalidation.h"
#include "valuecodec.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

QString ValidateCommand::summary() const
{
    return ValidateCommand::tr("Check a target's rows against the vendor's rules.");
}

int ValidateCommand::run(const QStringList &arguments, CliContext &context)
{
    QCommandLineParser parser;
    const QCommandLineOption workspaceOption = workspaceLocationOption();
    const QCommandLineOption target(QStringLiteral("target"),
                                    ValidateCommand::tr("The target to check."),
                                    QStringLiteral("ID"));
    const QCommandLineOption format(QStringLiteral("format"), ValidateCommand::tr("text or json."),
                                    QStringLiteral("FORMAT"), QStringLiteral("text"));
    parser.addOptions({workspaceOption, target, format});
    int exitCode = Ok;
    if (!parse(parser, arguments, context, exitCode))
        return exitCode;
    if (!parser.isSet(workspaceOption) || !parser.isSet(target)) {
        context.err << ValidateCommand::tr("validate: --workspace and --target are required.")
                    << Qt::endl;
        return UsageOrFileError;
    }
    const QString formatName = parser.value(format);
    const bool json = formatName == QLatin1String("json");
    if (!json && formatName != QLatin1String("text")) {
        context.err << ValidateCommand::tr("validate: --format must be text or json, not '%1'.")
                               .arg(formatName)
                    << Qt::endl;
        return UsageOrFileError;
    }
    const EntitySchema *schema = requireTarget(parser.value(target), context);
    if (!schema)
        return UsageOrFileError;
    const auto loaded = loadRecords(parser.value(workspaceOption), *schema, context);
    if (!loaded)
        return UsageOrFileError;
    const QVector<Record> &records = *loaded;
    SheetValidation validation(*schema);
    validation.reset(records);

    const int keyField = schema->indexOf(schema->displayPath());
    QJsonArray list;
    for (int row = 0; row < records.size(); ++row) {
        const Record &record = records.at(row);
        const QVector<ValidationIssue> issues = validation.issues(record);
        if (issues.isEmpty())
            continue;
        const QString key =
                keyField >= 0 ? ValueCodec::toText(schema->field(keyField), record.value(keyField))
                              : QString();
        for (const ValidationIssue &issue : issues) {
            const FieldSpec *field = issue.field >= 0 ? &schema->field(issue.field) : nullptr;
            if (json) {
                QJsonObject o;
                o.insert(QStringLiteral("row"), row + 1);
                o.insert(QStringLiteral("key"), key);
                o.insert(QStringLiteral("field"),
                         field ? QJsonValue(field->path) : QJsonValue(QJsonValue::Null));
                o.insert(QStringLiteral("label"),
                         field ? QJsonValue(field->label) : QJsonValue(QJsonValue::Null));
                o.insert(QStringLiteral("severity"),
                         issue.isError() ? QStringLiteral("error") : QStringLiteral("warning"));
                o.insert(QStringLiteral("message"), issue.message);
                list.append(o);
            } else {
                const QString where =
                        field ? QStringLiteral("%1 (%2)").arg(field->label, field->path)
                              : ValidateCommand::tr("the row");
                context.out << (issue.isError() ? ValidateCommand::tr("error")
                                                : ValidateCommand::tr("warning"))
                            << QLatin1Char('\t') << ValidateCommand::tr("row %1").arg(row + 1)
                            << QLatin1Char('\t') << key << QLatin1Char('\t') << where
                            << QStringLiteral(": ") << issue.message << Qt::endl;
            }
        }
    }
    if (json) {
        context.out << QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Indented));
        context.out.flush();
    }
    context.err << ValidateCommand::tr("%1: %n row(s) checked", nullptr, int(records.size()))
                           .arg(schema->id())
                << QStringLiteral(", ")
                << ValidateCommand::tr("%n error(s)", nullptr, validation.errorCount())
                << QStringLiteral(", ")
                << ValidateCommand::tr("%n warning(s)", nullptr, validation.warningCount())
                << QLatin1Char('.') << Qt::endl;
    return validation.errorCount() > 0 ? DataProblems : Ok;
}
