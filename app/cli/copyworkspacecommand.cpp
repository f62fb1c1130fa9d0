#include "copyworkspacecommand.h"

#include "schemaregistry.h"
#include "workspacecontent.h"
#include "workspacelocation.h"
#include "workspaceopener.h"
#include "workspacestore.h"

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>

namespace {

// The same place twice: one file by two spellings, or one database.
bool sameLocation(const WorkspaceLocation &a, const WorkspaceLocation &b)
{
    if (a.isTeam() != b.isTeam())
        return false;
    if (a.isTeam())
        return a.user() == b.user() && a.host().compare(b.host(), Qt::CaseInsensitive) == 0 &&
               a.port() == b.port() && a.database() == b.database();
    const QFileInfo fa(a.filePath());
    const QFileInfo fb(b.filePath());
    if (fa.exists() && fb.exists())
        return fa.canonicalFilePath() == fb.canonicalFilePath();
    return fa.absoluteFilePath() == fb.absoluteFilePath();
}

// A .cdw file this command created and must not leave behind half-made.
void removeCreatedFile(const QString &path)
{
    for (const QString &suffix :
         {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")})
        QFile::remove(path + suffix);
}

} // namespace

CopyWorkspaceCommand::Counts CopyWorkspaceCommand::Counts::of(const WorkspaceContent &content)
{
    Counts counts;
    for (const WorkspaceContent::Target &target : content.targets) {
        if (!target.rows.isEmpty() || !target.pushed.isEmpty() || !target.snapshots.isEmpty())
            ++counts.targets;
        counts.rows += target.rows.size();
        counts.pushed += target.pushed.size();
        counts.snapshots += int(target.snapshots.size());
        for (const WorkspaceContent::Snapshot &snapshot : target.snapshots)
            counts.snapshotRows += snapshot.records.size();
    }
    counts.imports = int(content.imports.size());
    counts.history = content.history.size();
    counts.templates = int(content.templates.size());
    counts.referenceLists = int(content.referenceLists.size());
    for (const KeptReferenceList &list : content.referenceLists)
        counts.referenceRecords += list.records.size();
    counts.choices = int(content.crosswalk.size());
    return counts;
}

bool CopyWorkspaceCommand::Counts::isEmpty() const
{
    return *this == Counts();
}

bool CopyWorkspaceCommand::Counts::operator==(const Counts &other) const
{
    return targets == other.targets && rows == other.rows && pushed == other.pushed &&
           snapshots == other.snapshots && snapshotRows == other.snapshotRows &&
           imports == other.imports && history == other.history && templates == other.templates &&
           referenceLists == other.referenceLists && referenceRecords == other.referenceRecords &&
           choices == other.choices;
}

QString CopyWorkspaceCommand::Counts::toText() const
{
    const QStringList parts = {
            tr("%Ln row(s)", nullptr, int(rows)),
            tr("%Ln snapshot(s)", nullptr, snapshots),
            tr("%Ln history line(s)", nullptr, int(history)),
            tr("%Ln template(s)", nullptr, templates),
            tr("%Ln reference list(s)", nullptr, referenceLists),
            tr("%Ln choice(s)", nullptr, choices),
    };
    return tr("%1: %2").arg(tr("%Ln target(s)", nullptr, targets),
                            parts.join(QStringLiteral(", ")));
}

QString CopyWorkspaceCommand::summary() const
{
    return tr("Copy a whole workspace between a .cdw file and a team workspace.");
}

int CopyWorkspaceCommand::run(const QStringList &arguments, CliContext &context)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(
            QStringLiteral("FROM"),
            tr("The workspace to copy: a .cdw file or postgresql://USER@HOST[:PORT]/DBNAME."));
    parser.addPositionalArgument(
            QStringLiteral("TO"),
            tr("Where the copy goes: a new .cdw file, or an empty database on a PostgreSQL "
               "server (it is set up for ContractDesk). A workspace that already holds "
               "anything is refused and left as it was. Passwords come from PGPASSWORD or "
               "~/.pgpass."));
    int exitCode = Ok;
    if (!parse(parser, arguments, context, exitCode))
        return exitCode;
    const QStringList places = parser.positionalArguments();
    if (places.size() != 2) {
        context.err << tr("copy-workspace: give the workspace to copy and where to copy it: "
                          "copy-workspace FROM TO.")
                    << Qt::endl;
        return UsageOrFileError;
    }
    const auto from = WorkspaceLocation::parse(places.at(0));
    const auto to = WorkspaceLocation::parse(places.at(1));
    for (const auto *location : {&from, &to}) {
        if (!*location) {
            context.err << tr("copy-workspace: %1").arg(location->error()) << Qt::endl;
            return UsageOrFileError;
        }
    }
    const QString fromName = from->toString();
    const QString toName = to->toString();
    if (sameLocation(from.value(), to.value())) {
        context.err << tr("copy-workspace: %1 and %2 are the same workspace; name another place "
                          "to copy it to.")
                               .arg(places.at(0), places.at(1))
                    << Qt::endl;
        return UsageOrFileError;
    }

    auto source = WorkspaceOpener::open(places.at(0), Workspace::OpenMode::OpenExisting,
                                        context.registry);
    if (!source) {
        context.err << source.error() << Qt::endl;
        return UsageOrFileError;
    }
    auto content = source.value()->readAll(context.registry);
    if (!content) {
        context.err << tr("copy-workspace: cannot read %1: %2").arg(fromName, content.error())
                    << Qt::endl;
        return UsageOrFileError;
    }
    const Counts copied = Counts::of(content.value());

    // A file made here is removed again if the copy fails; an existing one is never touched
    // beyond what the store itself does on opening.
    const bool newFile = !to->isTeam() && !QFileInfo::exists(to->filePath());
    auto destination = WorkspaceOpener::open(places.at(1), Workspace::OpenMode::CreateIfMissing,
                                             context.registry);
    if (!destination) {
        context.err << destination.error() << Qt::endl;
        if (newFile)
            removeCreatedFile(to->filePath());
        return UsageOrFileError;
    }
    const auto failed = [&](const QString &message) {
        context.err << message << Qt::endl;
        if (newFile) {
            destination.value().reset();
            removeCreatedFile(to->filePath());
        }
        return UsageOrFileError;
    };
    const auto before = destination.value()->readAll(context.registry);
    if (!before)
        return failed(tr("copy-workspace: cannot read %1: %2").arg(toName, before.error()));
    if (const Counts held = Counts::of(before.value()); !held.isEmpty()) {
        context.err << tr("copy-workspace: %1 already holds a workspace (%2). Nothing was "
                          "changed: copy into a new .cdw file or an empty database.")
                               .arg(toName, held.toText())
                    << Qt::endl;
        return UsageOrFileError;
    }
    if (const Status written = destination.value()->writeAll(context.registry, content.value());
        !written)
        return failed(
                tr("copy-workspace: nothing was copied to %1: %2").arg(toName, written.error()));

    // Read back what was written, so a report of success is one of fact.
    const auto after = destination.value()->readAll(context.registry);
    if (!after)
        return failed(tr("copy-workspace: the copy in %1 cannot be read back: %2")
                              .arg(toName, after.error()));
    if (const Counts found = Counts::of(after.value()); found != copied)
        return failed(tr("copy-workspace: the copy in %1 does not match %2: it holds %3 where "
                         "%4 were copied.")
                              .arg(toName, fromName, found.toText(), copied.toText()));
    context.out << tr("Copied %1 from %2 to %3.").arg(copied.toText(), fromName, toName)
                << Qt::endl;
    return Ok;
}
