#include "resolvecommand.h"

#include "entityschema.h"
#include "namefolding.h"
#include "recordtablemodel.h"
#include "referenceresolver.h"
#include "refscommand.h"
#include "workspacestore.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QNetworkAccessManager>

struct ResolveCommand::Run
{
    Connection connection;
    QVector<Choice> choices;
    QString format;
    QNetworkAccessManager network;
    std::unique_ptr<ReferenceListReader> reader;
};

ResolveCommand::ResolveCommand() = default;
ResolveCommand::~ResolveCommand() = default;

QString ResolveCommand::summary() const
{
    return ResolveCommand::tr("Resolve a target's references (vendors, customers, projects named "
                              "by name, code or id) against the vendor's lists; write the ids.");
}

namespace {

QString rowList(const QVector<int> &rows)
{
    QStringList texts;
    for (int i = 0; i < rows.size() && i < 10; ++i)
        texts.append(QString::number(rows.at(i)));
    if (rows.size() > 10)
        texts.append(QStringLiteral("…"));
    return texts.join(QStringLiteral(", "));
}

} // namespace

void ResolveCommand::start(const QStringList &arguments, CliContext &context,
                           std::function<void(int)> done)
{
    QCommandLineParser parser;
    const QCommandLineOption workspaceOption = workspaceLocationOption();
    const QCommandLineOption targetOption(QStringLiteral("target"),
                                          ResolveCommand::tr("The target to resolve."),
                                          QStringLiteral("ID"));
    const QCommandLineOption profileOption(QStringLiteral("profile"),
                                           ResolveCommand::tr("The connection profile."),
                                           QStringLiteral("NAME"));
    const QCommandLineOption refreshOption(
            QStringLiteral("refresh"),
            ResolveCommand::tr("Read the vendor's lists again before resolving."));
    const QCommandLineOption chooseOption(
            QStringLiteral("choose"),
            ResolveCommand::tr("Remember that VALUE of FIELD means the vendor's record ID "
                               "(repeatable)."),
            QStringLiteral("FIELD:VALUE=ID"));
    const QCommandLineOption formatOption(QStringLiteral("format"),
                                          ResolveCommand::tr("Output format: text or json."),
                                          QStringLiteral("FORMAT"), QStringLiteral("text"));
    parser.addOptions({workspaceOption, targetOption, profileOption, refreshOption, chooseOption,
                       formatOption});
    int exitCode = Ok;
    if (!parse(parser, arguments, context, exitCode))
        return done(exitCode);
    const QString format = parser.value(formatOption);
    if (format != QLatin1String("text") && format != QLatin1String("json")) {
        context.err
                << ResolveCommand::tr("resolve: --format is text or json, not '%1'.").arg(format)
                << Qt::endl;
        return done(UsageOrFileError);
    }
    auto connection = openConnection(parser.value(workspaceOption), parser.value(targetOption),
                                     parser.value(profileOption), context);
    if (!connection)
        return done(UsageOrFileError);
    const EntitySchema &schema = *connection->schema;
    QVector<Choice> choices;
    for (const QString &text : parser.values(chooseOption)) {
        const qsizetype colon = text.indexOf(QLatin1Char(':'));
        const qsizetype equals = text.lastIndexOf(QLatin1Char('='));
        if (colon <= 0 || equals <= colon || equals == text.size() - 1) {
            context.err << ResolveCommand::tr("resolve: --choose takes FIELD:VALUE=ID, not '%1'.")
                                   .arg(text)
                        << Qt::endl;
            return done(UsageOrFileError);
        }
        Choice choice{text.left(colon).trimmed(), text.mid(colon + 1, equals - colon - 1),
                      text.mid(equals + 1).trimmed()};
        const int field = schema.indexOf(choice.field);
        if (field < 0 || schema.field(field).referenceList.isEmpty()) {
            QStringList fields;
            for (int i = 0; i < schema.fieldCount(); ++i)
                if (!schema.field(i).referenceList.isEmpty())
                    fields.append(schema.field(i).path);
            context.err << ResolveCommand::tr("resolve: %1 is not a reference field of %2 (its "
                                              "reference fields: %3).")
                                   .arg(choice.field, schema.id(),
                                        fields.join(QStringLiteral(", ")))
                        << Qt::endl;
            return done(UsageOrFileError);
        }
        choices.append(choice);
    }
    m_run = std::make_unique<Run>();
    Run *run = m_run.get();
    run->connection = std::move(*connection);
    run->choices = choices;
    run->format = format;
    WorkspaceStore &workspace = *run->connection.workspace;
    const auto local = workspace.loadRecords(schema);
    if (!local) {
        context.err << local.error() << Qt::endl;
        return done(UsageOrFileError);
    }
    run->reader =
            RefsCommand::makeReader(run->connection, local.value(), parser.isSet(refreshOption),
                                    &run->network, context.err, QStringLiteral("resolve"));
    QObject::connect(run->reader.get(), &ReferenceListReader::finished, run->reader.get(),
                     [this, run, &context, done](const JobOutcome &outcome) {
                         if (!outcome.isCompleted()) {
                             context.err << ResolveCommand::tr("resolve: %1").arg(outcome.message())
                                         << Qt::endl;
                             return done(UsageOrFileError);
                         }
                         done(finish(*run, context));
                     });
    run->reader->start();
}

namespace {

// The line of one entry in the text report.
QString entryLine(const ReferenceEntry &e)
{
    const ReferenceResolution &r = e.resolution;
    QString line = ResolveCommand::tr("%1 '%2' (rows %3): %4")
                           .arg(e.field, e.value, rowList(e.rows),
                                ReferenceResolution::outcomeName(r.outcome));
    if (!e.scope.isEmpty())
        line += ResolveCommand::tr(" within %1").arg(e.scope);
    if (!r.id.isEmpty())
        line += QStringLiteral(" → %1 · %2").arg(r.id, r.name);
    if (r.matchedBy != ReferenceResolution::MatchedBy::None)
        line += ResolveCommand::tr(" (by %1)").arg(ReferenceResolution::matchedByName(r.matchedBy));
    if (!r.candidates.isEmpty()) {
        QStringList candidates;
        for (const ReferenceResolution::Candidate &c : r.candidates)
            candidates.append(
                    QStringLiteral("%1 · %2%3 (%4)")
                            .arg(c.id, c.name,
                                 c.detail.isEmpty() ? QString() : QStringLiteral(", ") + c.detail)
                            .arg(c.score, 0, 'f', 2));
        line += ResolveCommand::tr("; candidates: %1").arg(candidates.join(QStringLiteral("; ")));
    }
    if (e.listMissing)
        line += ResolveCommand::tr(" [list not read]");
    else if (e.scopeUnresolved)
        line += ResolveCommand::tr(" [its project is unresolved]");
    return line;
}

} // namespace

Result<QVector<ResolveCommand::ScopedChoice>>
ResolveCommand::checkChoices(const ReferenceResolver &resolver, const QVector<Record> &records,
                             const QVector<Choice> &choices)
{
    using R = Result<QVector<ScopedChoice>>;
    const EntitySchema &schema = resolver.schema();
    // A scoped field's value may stand in several projects' rows: the choice is made within each.
    const QVector<ReferenceEntry> before =
            choices.isEmpty() ? QVector<ReferenceEntry>() : resolver.resolve(records);
    QVector<ScopedChoice> out;
    for (const Choice &choice : choices) {
        const FieldSpec &spec = schema.field(schema.indexOf(choice.field));
        QStringList scopes;
        if (!spec.referenceScope.isEmpty()) {
            const QString key = NameFolding::exactKey(choice.value);
            for (const ReferenceEntry &e : before)
                if (e.field == choice.field && !e.scope.isEmpty() &&
                    NameFolding::exactKey(e.value) == key && !scopes.contains(e.scope))
                    scopes.append(e.scope);
        } else {
            scopes.append(QString());
        }
        QString why = scopes.isEmpty() ? tr("no row's %1 holds '%2' within a resolved scope")
                                                 .arg(choice.field, choice.value)
                                       : QString();
        QStringList usable;
        for (const QString &scope : std::as_const(scopes)) {
            const ReferenceIndex *list = resolver.lists().find(spec.referenceList, scope);
            const ReferenceRecord *record = list ? list->findId(choice.id) : nullptr;
            if (!list)
                why = tr("the list %1 has not been read").arg(spec.referenceList);
            else if (!record)
                why = tr("%1 is not in the vendor's list %2").arg(choice.id, spec.referenceList);
            else if (!record->active)
                why = tr("%1 (%2) is inactive at the vendor").arg(choice.id, record->name);
            else
                usable.append(scope);
        }
        if (usable.isEmpty())
            return R::failure(tr("cannot choose %1 for %2 '%3': %4.")
                                      .arg(choice.id, choice.field, choice.value, why));
        for (const QString &scope : std::as_const(usable))
            out.append({choice.field, choice.value, choice.id, scope});
    }
    return out;
}

void ResolveCommand::printText(QTextStream &out, const QVector<ReferenceEntry> &entries,
                               int written, const QString &target, const QString &profile)
{
    for (const ReferenceEntry &e : entries)
        out << entryLine(e) << Qt::endl;
    const qsizetype open = std::count_if(entries.cbegin(), entries.cend(),
                                         [](const ReferenceEntry &e) { return !e.resolved(); });
    out << tr("Cells written: %1; values unresolved: %2.").arg(written).arg(open) << Qt::endl;
    if (open > 0)
        out << tr("Choose with: contractdesk-cli resolve --workspace W --target %1 --profile %2 "
                  "--choose \"FIELD:VALUE=ID\"")
                        .arg(target, profile)
            << Qt::endl;
}

int ResolveCommand::finish(Run &run, CliContext &context)
{
    WorkspaceStore &workspace = *run.connection.workspace;
    const EntitySchema &schema = *run.connection.schema;
    auto records = workspace.loadRecords(schema);
    if (!records) {
        context.err << records.error() << Qt::endl;
        return UsageOrFileError;
    }
    auto loaded = ReferenceResolver::load(workspace, schema, run.connection.profile);
    if (!loaded) {
        context.err << loaded.error() << Qt::endl;
        return UsageOrFileError;
    }
    ReferenceResolver &resolver = loaded.value();
    // All choices are checked before any is kept.
    const auto choices = checkChoices(resolver, records.value(), run.choices);
    if (!choices) {
        context.err << tr("resolve: %1").arg(choices.error()) << Qt::endl;
        return UsageOrFileError;
    }
    for (const ScopedChoice &c : choices.value()) {
        const Status chosen = resolver.choose(c.field, c.value, c.id, c.scope);
        if (!chosen) {
            context.err << tr("resolve: %1").arg(chosen.error()) << Qt::endl;
            return UsageOrFileError;
        }
    }
    const QVector<ReferenceEntry> entries = resolver.resolve(records.value());
    RecordTableModel model(schema, &workspace);
    model.setRecords(records.value());
    const auto written = resolver.apply(model, entries);
    if (!written) {
        context.err << tr("resolve: the ids could not be saved: %1").arg(written.error())
                    << Qt::endl;
        return UsageOrFileError;
    }
    if (run.format == QLatin1String("json"))
        context.out << QJsonDocument(ReferenceResolver::toJson(entries))
                               .toJson(QJsonDocument::Indented);
    else
        printText(context.out, entries, written.value(), schema.id(), run.connection.profile.name);
    context.out.flush();
    const bool allResolved = std::all_of(entries.cbegin(), entries.cend(),
                                         [](const ReferenceEntry &e) { return e.resolved(); });
    return allResolved ? Ok : DataProblems;
}
