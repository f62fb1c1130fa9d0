#include "reconcilesession.h"

#include "atomicfilewriter.h"
#include "entityschema.h"
#include "fieldcomparer.h"
#include "linkrecordcommand.h"
#include "reconcileexporter.h"
#include "reconciletablemodel.h"
#include "recordtablemodel.h"
#include "valuecodec.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

// The strings keep the "ReconcileView" context they were translated in.

ReconcileSession::ReconcileSession(WorkspaceSession &session, RecordTableModel *sheet,
                                   QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_sheet(sheet)
    , m_model(new ReconcileTableModel(sheet->schema(), this))
{}

ReconcileSession::~ReconcileSession() = default;

Status ReconcileSession::reload(const QString &profile)
{
    const EntitySchema &schema = m_sheet->schema();
    PulledSnapshot info;
    auto remote = m_session.loadSnapshot(schema, profile, &info);
    if (!remote)
        return Status::failure(remote.error());
    auto pushed = m_session.lastPushed(schema);
    if (!pushed)
        return Status::failure(pushed.error());
    m_snapshot = info;
    if (!hasSnapshot()) {
        // Nothing read yet: every row would look missing at the vendor, which it is not.
        m_model->setRecords({}, {}, {});
    } else {
        m_model->setRecords(m_sheet->records(), std::move(remote).value(),
                            std::move(pushed).value());
    }
    return Status();
}

void ReconcileSession::pairAgain(bool rereadPushed)
{
    if (!hasSnapshot())
        return;
    QHash<qint64, Record> pushed = m_model->lastPushed();
    if (rereadPushed) {
        auto read = m_session.lastPushed(m_sheet->schema());
        if (read)
            pushed = std::move(read).value();
    }
    m_model->setLocal(m_sheet->records(), std::move(pushed));
}

QVector<int> ReconcileSession::entriesOfRows(const QVector<int> &rows) const
{
    QVector<int> entries;
    for (const int row : rows)
        entries.append(m_model->entryOfRow(row));
    std::sort(entries.begin(), entries.end());
    entries.erase(std::unique(entries.begin(), entries.end()), entries.end());
    entries.removeAll(-1);
    return entries;
}

ReconcileSession::ActionState ReconcileSession::actionState(int current,
                                                            const QVector<int> &selected) const
{
    ActionState a;
    for (const int e : selected) {
        const ReconcileState state = m_model->entries().at(e).state;
        a.takeRows |= state == ReconcileState::Differs;
        a.push |= state == ReconcileState::Differs || state == ReconcileState::LocalOnly;
        a.import |= state == ReconcileState::RemoteOnly;
    }
    a.offered = isOffered(current);
    if (current >= 0 && current < m_model->entries().size()) {
        const ReconcileState state = m_model->entries().at(current).state;
        a.takeValue = state == ReconcileState::Differs;
        a.link = a.offered || state == ReconcileState::LocalOnly ||
                 state == ReconcileState::RemoteOnly || state == ReconcileState::Ambiguous;
    }
    const ReconcileSummary &s = m_model->summary();
    a.navigate = s.differs + s.localOnly + s.remoteOnly + s.ambiguous > 0;
    a.exportable = hasSnapshot();
    return a;
}

QString ReconcileSession::summaryText() const
{
    if (!hasSnapshot())
        return QCoreApplication::translate("ReconcileView", "Nothing pulled yet");
    const ReconcileSummary &s = m_model->summary();
    // Counts after labels, never "%n row(s)": every number reads right in every language.
    QStringList parts{
            QCoreApplication::translate("ReconcileView", "Differs: %1").arg(s.differs),
            QCoreApplication::translate("ReconcileView", "Only in the sheet: %1").arg(s.localOnly),
            QCoreApplication::translate("ReconcileView", "Only at the vendor: %1")
                    .arg(s.remoteOnly)};
    if (s.ambiguous > 0)
        parts.append(
                QCoreApplication::translate("ReconcileView", "Ambiguous: %1").arg(s.ambiguous));
    parts.append(QCoreApplication::translate("ReconcileView", "Same: %1").arg(s.same));
    return parts.join(QStringLiteral(" · "));
}

QString ReconcileSession::headingText(bool stale, const QString &linkKey) const
{
    const EntitySchema &schema = m_sheet->schema();
    const QString vendor = schema.vendorLabel().toHtmlEscaped();
    if (!hasSnapshot())
        return QCoreApplication::translate(
                       "ReconcileView",
                       "<b>%1</b><br>Nothing has been pulled from %2 for this sheet yet. "
                       "Pull (Ctrl+Shift+L) to see, field by field, what %2 holds against "
                       "the sheet.")
                .arg(schema.title().toHtmlEscaped(), vendor);
    const QDateTime at = m_snapshot.pulledAt.toLocalTime();
    const QLocale locale;
    const QString when =
            QStringLiteral("%1, %2").arg(locale.toString(at.date(), QStringLiteral("d MMM yyyy")),
                                         locale.toString(at.time(), QLocale::ShortFormat));
    QString text =
            QCoreApplication::translate(
                    "ReconcileView",
                    "<b>%1</b> — pulled on <b>%2</b> through profile <b>%3</b>. Rows in "
                    "the sheet: %4 · records at %5: %6.")
                    .arg(schema.title().toHtmlEscaped(), when, m_snapshot.profile.toHtmlEscaped())
                    .arg(m_model->local().size())
                    .arg(vendor)
                    .arg(m_model->remote().size());
    const int offered = m_model->summary().offered;
    if (offered > 0)
        text += QStringLiteral("<br><span style='color:#92400e'>%1</span>")
                        .arg(QCoreApplication::translate(
                                     "ReconcileView",
                                     "Matched only by number or name, waiting for your yes: %1. "
                                     "Link (%2) confirms the current one.")
                                     .arg(offered)
                                     .arg(linkKey));
    if (stale)
        text += QStringLiteral("<br><span style='color:#b45309'>%1</span>")
                        .arg(QCoreApplication::translate(
                                     "ReconcileView",
                                     "Rows were pushed after this pull: pull again to see what %1 "
                                     "holds now.")
                                     .arg(vendor));
    return text;
}

QString ReconcileSession::entryText(int entryIndex, const ActionKeys &keys) const
{
    if (entryIndex < 0 || entryIndex >= m_model->entries().size())
        return QString();
    const ReconcileEntry &entry = m_model->entries().at(entryIndex);
    const EntitySchema &schema = m_sheet->schema();
    const QString vendor = schema.vendorLabel().toHtmlEscaped();
    const QString key = QStringLiteral("<b>%1</b>").arg(m_model->keyOf(entry).toHtmlEscaped());
    // An offer is explained on a line of its own, so the first line leaves out what paired it.
    const bool offered = entry.basis == MatchBasis::MatchField && entry.remote >= 0;
    const QString match = m_model->matchText(entry).toHtmlEscaped();
    QString text;
    switch (entry.state) {
    case ReconcileState::Same:
        text = offered ? QCoreApplication::translate("ReconcileView",
                                                     "%1 — the same in the sheet and at %2.")
                                 .arg(key, vendor)
                       : QCoreApplication::translate("ReconcileView",
                                                     "%1 — the same in the sheet and at %2 (%3).")
                                 .arg(key, vendor, match);
        break;
    case ReconcileState::Differs: {
        QStringList labels;
        for (const int field : entry.differingFields)
            labels.append(schema.field(field).label.toHtmlEscaped());
        text = QCoreApplication::translate(
                       "ReconcileView",
                       "%1 — differs in <b>%2</b>%3. Take %4's value (%5) or row (%6), or push "
                       "the sheet's (%7).")
                       .arg(key, labels.join(QStringLiteral(", ")),
                            offered ? QString() : QStringLiteral(" (%1)").arg(match), vendor,
                            keys.takeValue, keys.takeRows, keys.push);
        break;
    }
    case ReconcileState::LocalOnly:
        text = QCoreApplication::translate(
                       "ReconcileView",
                       "%1 — only in the sheet: %2 has no record for it. Push it (%3), or link it "
                       "to the %2 record it is (%4).")
                       .arg(key, vendor, keys.push, keys.link);
        break;
    case ReconcileState::RemoteOnly: {
        const Record *remote = m_model->remoteOf(entry);
        text = QCoreApplication::translate(
                       "ReconcileView",
                       "%1 — only at %2 (id %3). Import it into the sheet (%4), or link the "
                       "sheet's row that is it (%5).")
                       .arg(key, vendor, remote ? remote->remoteId().toHtmlEscaped() : QString(),
                            keys.import, keys.link);
        break;
    }
    case ReconcileState::Ambiguous: {
        QStringList ids;
        for (const int j : entry.candidates)
            ids.append(m_model->remote().at(j).remoteId().toHtmlEscaped());
        text = QCoreApplication::translate(
                       "ReconcileView",
                       "%1 — ambiguous: %2. ContractDesk never guesses; link it to the right "
                       "record (%3). Candidates: %4.")
                       .arg(key, match, keys.link, ids.join(QStringLiteral(", ")));
        break;
    }
    }
    if (offered)
        text += QStringLiteral("<br><span style='color:#92400e'>%1</span>")
                        .arg(QCoreApplication::translate(
                                     "ReconcileView",
                                     "Paired only because %1 is the same: if it is the same "
                                     "contract, confirm with Link (%2).")
                                     .arg(schema.field(entry.matchField).label.toHtmlEscaped(),
                                          keys.link));
    return text;
}

Result<CellChange> ReconcileSession::vendorValue(const ReconcileEntry &entry, int field) const
{
    using R = Result<CellChange>;
    if (entry.local < 0 || entry.remote < 0)
        return R::failure(QCoreApplication::translate(
                "ReconcileView", "This line has no pair to take a value from."));
    const qint64 id = m_model->local().at(entry.local).id();
    const int row = m_sheet->rowOfRecord(id);
    if (row < 0)
        return R::failure(
                QCoreApplication::translate("ReconcileView", "The row is no longer in the sheet."));
    const Record &remote = m_model->remote().at(entry.remote);
    QVariant value = remote.value(field);
    // The key as the vendor keeps it: its copy of the key that was sent.
    const EntitySchema &schema = m_sheet->schema();
    if (field == schema.indexOf(schema.idempotencyPath()) && ValueCodec::isEmpty(value) &&
        !remote.syncKey().isEmpty())
        value = remote.syncKey();
    return CellChange{id, field, m_sheet->records().at(row).value(field), value};
}

Status ReconcileSession::takeVendorValue(int entryIndex, int field, const QString &nextKey)
{
    if (entryIndex < 0 || entryIndex >= m_model->entries().size() ||
        m_model->entries().at(entryIndex).state != ReconcileState::Differs)
        return Status::failure(QCoreApplication::translate(
                                       "ReconcileView",
                                       "Go to a cell that differs first (%1 goes to the next one).")
                                       .arg(nextKey));
    const ReconcileEntry &entry = m_model->entries().at(entryIndex);
    if (!entry.differingFields.contains(field)) {
        if (entry.differingFields.size() != 1)
            return Status::failure(
                    QCoreApplication::translate(
                            "ReconcileView",
                            "This field agrees with %1; choose a tinted cell (%2 goes "
                            "to the next one).")
                            .arg(m_sheet->schema().vendorLabel(), nextKey));
        field = entry.differingFields.constFirst();
    }
    const auto change = vendorValue(entry, field);
    if (!change)
        return Status::failure(change.error());
    const EntitySchema &schema = m_sheet->schema();
    return m_sheet->setCells(
            {change.value()},
            QCoreApplication::translate("ReconcileView", "Take %1's %2 for %3")
                    .arg(schema.vendorLabel(), schema.field(field).label, m_model->keyOf(entry)));
}

Status ReconcileSession::takeVendorRows(const QVector<int> &entries)
{
    QVector<CellChange> changes;
    int rows = 0;
    QString onlyKey;
    for (const int e : entries) {
        const ReconcileEntry &entry = m_model->entries().at(e);
        if (entry.state != ReconcileState::Differs)
            continue;
        ++rows;
        onlyKey = m_model->keyOf(entry);
        for (const int field : entry.differingFields) {
            const auto change = vendorValue(entry, field);
            if (!change)
                return Status::failure(change.error());
            changes.append(change.value());
        }
    }
    if (changes.isEmpty())
        return Status::failure(
                QCoreApplication::translate("ReconcileView", "Select rows that differ first."));
    const QString vendor = m_sheet->schema().vendorLabel();
    const QString text =
            rows == 1 ? QCoreApplication::translate("ReconcileView", "Take %1's values for %2")
                                .arg(vendor, onlyKey)
                      : QCoreApplication::translate("ReconcileView", "Take %1's values for %2 rows")
                                .arg(vendor)
                                .arg(rows);
    const Status status = m_sheet->setCells(changes, text);
    if (status)
        emit message(
                QCoreApplication::translate("ReconcileView", "Cells now holding %1's values: %2.")
                        .arg(vendor)
                        .arg(changes.size()));
    return status;
}

QVector<qint64> ReconcileSession::pushableRows(const QVector<int> &entries) const
{
    QVector<qint64> ids;
    for (const int e : entries) {
        const ReconcileEntry &entry = m_model->entries().at(e);
        if (entry.local >= 0 &&
            (entry.state == ReconcileState::Differs || entry.state == ReconcileState::LocalOnly))
            ids.append(m_model->local().at(entry.local).id());
    }
    return ids;
}

Status ReconcileSession::importVendorRecords(const QVector<int> &entries)
{
    QVector<Record> records;
    QString firstKey;
    for (const int e : entries) {
        const ReconcileEntry &entry = m_model->entries().at(e);
        if (entry.state != ReconcileState::RemoteOnly)
            continue;
        if (records.isEmpty())
            firstKey = m_model->keyOf(entry);
        Record record = m_model->remote().at(entry.remote);
        record.setId(0);
        // What the vendor holds, under its id and key: matched by id from now on.
        record.setSyncState(SyncState::Synced);
        records.append(std::move(record));
    }
    const QString vendor = m_sheet->schema().vendorLabel();
    if (records.isEmpty())
        return Status::failure(
                QCoreApplication::translate(
                        "ReconcileView",
                        "Select records that only %1 holds first (Alt+O shows them).")
                        .arg(vendor));
    const int count = int(records.size());
    // The one record by its key; several by their number (always more than one).
    const QString text =
            count == 1 ? QCoreApplication::translate("ReconcileView", "Import %1 from %2")
                                 .arg(firstKey, vendor)
                       : QCoreApplication::translate("ReconcileView", "Import %1 records from %2")
                                 .arg(count)
                                 .arg(vendor);
    const Status status = m_sheet->addRecords(records, text);
    if (status)
        emit message(QCoreApplication::translate("ReconcileView",
                                                 "Added at the end of the sheet from %1: %2.")
                             .arg(vendor)
                             .arg(count));
    return status;
}

bool ReconcileSession::isOffered(int entryIndex) const
{
    if (entryIndex < 0 || entryIndex >= m_model->entries().size())
        return false;
    const ReconcileEntry &entry = m_model->entries().at(entryIndex);
    return entry.basis == MatchBasis::MatchField && entry.local >= 0 && entry.remote >= 0;
}

Status ReconcileSession::confirmOffer(int entryIndex)
{
    if (!isOffered(entryIndex))
        return Status::failure(
                QCoreApplication::translate("ReconcileView", "Choose a line to link first."));
    const ReconcileEntry &entry = m_model->entries().at(entryIndex);
    return linkRow(m_model->local().at(entry.local).id(), entry.remote);
}

QString ReconcileSession::describe(const Record &record) const
{
    // A line as a person finds it: its key, its other match fields, the vendor's id.
    const EntitySchema &schema = m_sheet->schema();
    QStringList parts;
    for (const QString &path : schema.matchPaths()) {
        const QString text = m_model->display(schema.indexOf(path), &record);
        if (!text.isEmpty())
            parts.append(text);
    }
    if (!record.remoteId().isEmpty())
        parts.append(QCoreApplication::translate("ReconcileView", "%1 id %2")
                             .arg(schema.vendorLabel(), record.remoteId()));
    return parts.join(QStringLiteral(" · "));
}

Result<ReconcileSession::LinkQuestion> ReconcileSession::linkQuestion(int entryIndex) const
{
    using R = Result<LinkQuestion>;
    if (entryIndex < 0 || entryIndex >= m_model->entries().size())
        return R::failure(
                QCoreApplication::translate("ReconcileView", "Choose a line to link first."));
    const ReconcileEntry &entry = m_model->entries().at(entryIndex);
    const QString vendor = m_sheet->schema().vendorLabel();
    const QString key = m_model->keyOf(entry);
    LinkQuestion q;
    if (entry.state == ReconcileState::LocalOnly || entry.state == ReconcileState::Ambiguous) {
        for (const int j : entry.candidates)
            q.choices.append({j, describe(m_model->remote().at(j)), true});
        for (const ReconcileEntry &other : m_model->entries()) {
            if (other.state == ReconcileState::RemoteOnly)
                q.choices.append(
                        {other.remote, describe(m_model->remote().at(other.remote)), false});
        }
        q.title = QCoreApplication::translate("ReconcileView", "Link %1 to a %2 Record")
                          .arg(key, vendor);
        q.intro = QCoreApplication::translate(
                          "ReconcileView",
                          "Which %1 record is the sheet's row <b>%2</b>? The row takes its %1 id, "
                          "so it is matched by id from now on and a push updates that record. "
                          "Undo (Ctrl+Z) unlinks it.")
                          .arg(vendor.toHtmlEscaped(), key.toHtmlEscaped());
    } else if (entry.state == ReconcileState::RemoteOnly) {
        for (const ReconcileEntry &other : m_model->entries()) {
            if (other.state == ReconcileState::LocalOnly)
                q.choices.append({other.local, describe(m_model->local().at(other.local)), false});
        }
        q.title = QCoreApplication::translate("ReconcileView", "Link a Sheet Row to %1").arg(key);
        q.intro = QCoreApplication::translate(
                          "ReconcileView",
                          "Which row of the sheet is the %1 record <b>%2</b>? That row takes its "
                          "%1 id, so it is matched by id from now on. Undo (Ctrl+Z) unlinks it.")
                          .arg(vendor.toHtmlEscaped(), key.toHtmlEscaped());
    } else {
        return R::failure(QCoreApplication::translate(
                "ReconcileView",
                "Only a row or record without a partner, an ambiguous row or an offered match "
                "can be linked."));
    }
    q.remoteOnly = entry.state == ReconcileState::RemoteOnly;
    q.remote = entry.remote;
    q.rowId = entry.local >= 0 ? m_model->local().at(entry.local).id() : 0;
    return q;
}

Status ReconcileSession::answerLink(const LinkQuestion &question, int chosen)
{
    // The lists were built from this pairing; the chosen line is read back by its index.
    return question.remoteOnly ? linkRow(m_model->local().value(chosen).id(), question.remote)
                               : linkRow(question.rowId, chosen);
}

Status ReconcileSession::linkRow(qint64 recordId, int remote)
{
    if (remote < 0 || remote >= m_model->remote().size())
        return Status::failure(QCoreApplication::translate("ReconcileView",
                                                           "That record is not in the last pull."));
    const int row = m_sheet->rowOfRecord(recordId);
    if (row < 0)
        return Status::failure(
                QCoreApplication::translate("ReconcileView", "The row is no longer in the sheet."));
    const EntitySchema &schema = m_sheet->schema();
    const Record &record = m_model->remote().at(remote);
    if (record.remoteId().isEmpty())
        return Status::failure(
                QCoreApplication::translate("ReconcileView",
                                            "%1 sent that record without its id; it cannot be "
                                            "linked.")
                        .arg(schema.vendorLabel()));
    Record linked = m_sheet->records().at(row);
    const int keyField = schema.indexOf(schema.idempotencyPath());
    const bool hasKey = !linked.syncKey().isEmpty() ||
                        (keyField >= 0 && !ValueCodec::isEmpty(linked.value(keyField)));
    linked.setRemoteId(record.remoteId());
    if (!hasKey)
        linked.setSyncKey(record.syncKey());
    const bool same = FieldComparer(schema).differingFields(linked, record).isEmpty();
    const LinkRecordCommand::Identity identity{linked.remoteId(), linked.syncKey(),
                                               same ? SyncState::Synced
                                                    : SyncState::ChangedSincePush};
    const QString key = m_sheet->rowKey(row);
    const Status status = LinkRecordCommand::link(
            *m_sheet, m_session.undoStack(), recordId, identity,
            QCoreApplication::translate("ReconcileView", "Link %1 to %2 id %3")
                    .arg(key, schema.vendorLabel(), record.remoteId()));
    if (status)
        emit message(QCoreApplication::translate("ReconcileView", "%1 is linked to %2 id %3.")
                             .arg(key, schema.vendorLabel(), record.remoteId()));
    return status;
}

Status ReconcileSession::exportTo(const QString &path) const
{
    if (!hasSnapshot())
        return Status::failure(QCoreApplication::translate(
                "ReconcileView", "Pull first: there is nothing to compare yet."));
    const ReconcileExporter exporter(m_sheet->schema(), m_model->local(), m_model->remote(),
                                     m_model->entries(), m_model->lastPushed());
    if (path.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive))
        return exporter.toXlsx(path);
    return AtomicFileWriter::write(path, exporter.toCsv());
}
