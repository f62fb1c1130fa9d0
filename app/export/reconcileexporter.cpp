#include "reconcileexporter.h"

#include "csvwriter.h"
#include "fieldcomparer.h"
#include "valuecodec.h"
#include "xlsxtablewriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

ReconcileExporter::ReconcileExporter(const EntitySchema &schema, const QVector<Record> &local,
                                     const QVector<Record> &remote,
                                     const QVector<ReconcileEntry> &entries,
                                     const QHash<qint64, Record> &lastPushed)
    : m_schema(schema)
    , m_local(local)
    , m_remote(remote)
    , m_entries(entries)
    , m_lastPushed(lastPushed)
{}

namespace {

QString text(const EntitySchema &schema, const Record *record, int field)
{
    return record ? ValueCodec::toText(schema.field(field), record->value(field)) : QString();
}

QString basisText(const EntitySchema &schema, const ReconcileEntry &entry)
{
    switch (entry.basis) {
    case MatchBasis::RemoteId:
        return ReconcileExporter::tr("vendor id");
    case MatchBasis::SyncKey:
        return ReconcileExporter::tr("key (%1)").arg(schema.idempotencyPath());
    case MatchBasis::MatchField:
        return ReconcileExporter::tr("offered by %1 — confirm")
                .arg(entry.matchField >= 0 ? schema.field(entry.matchField).path : QString());
    case MatchBasis::Manual:
        return ReconcileExporter::tr("linked by hand");
    case MatchBasis::None:
        break;
    }
    return QString();
}

} // namespace

QString ReconcileExporter::keyOf(const ReconcileEntry &entry) const
{
    const int display = m_schema.indexOf(m_schema.displayPath());
    const Record *local = entry.local >= 0 ? &m_local.at(entry.local) : nullptr;
    const Record *remote = entry.remote >= 0 ? &m_remote.at(entry.remote) : nullptr;
    for (const Record *record : {local, remote}) {
        if (record && display >= 0) {
            const QString key = text(m_schema, record, display).trimmed();
            if (!key.isEmpty())
                return key;
        }
    }
    for (const Record *record : {local, remote}) {
        if (record && !record->remoteId().isEmpty())
            return record->remoteId();
        if (record && !record->syncKey().isEmpty())
            return record->syncKey();
    }
    return local ? tr("row %1").arg(entry.local + 1) : QString();
}

QByteArray ReconcileExporter::toJson() const
{
    QJsonArray out;
    for (const ReconcileEntry &entry : m_entries) {
        if (entry.state == ReconcileState::Same)
            continue;
        QJsonArray fields;
        for (int field : entry.differingFields)
            fields.append(QJsonObject{
                    {QStringLiteral("field"), m_schema.field(field).path},
                    {QStringLiteral("local"), text(m_schema, &m_local.at(entry.local), field)},
                    {QStringLiteral("remote"), text(m_schema, &m_remote.at(entry.remote), field)}});
        QJsonObject o{{QStringLiteral("key"), keyOf(entry)},
                      {QStringLiteral("status"), ReconcileEntry::stateName(entry.state)},
                      {QStringLiteral("fields"), fields}};
        if (entry.basis != MatchBasis::None)
            o.insert(QStringLiteral("matchedBy"), ReconcileEntry::basisName(entry.basis));
        if (entry.remote >= 0)
            o.insert(QStringLiteral("remoteId"), m_remote.at(entry.remote).remoteId());
        if (!entry.candidates.isEmpty()) {
            QJsonArray candidates;
            for (int c : entry.candidates)
                candidates.append(m_remote.at(c).remoteId());
            o.insert(QStringLiteral("candidates"), candidates);
        }
        out.append(o);
    }
    return QJsonDocument(out).toJson(QJsonDocument::Indented);
}

QString ReconcileExporter::toText() const
{
    QString out;
    for (const ReconcileEntry &entry : m_entries) {
        if (entry.state == ReconcileState::Same)
            continue;
        out += ReconcileEntry::stateName(entry.state) + QLatin1Char('\t') + keyOf(entry);
        const QString basis = basisText(m_schema, entry);
        if (!basis.isEmpty())
            out += QLatin1Char('\t') + basis;
        if (!entry.candidates.isEmpty()) {
            QStringList ids;
            for (int c : entry.candidates)
                ids.append(m_remote.at(c).remoteId());
            out += QLatin1Char('\t') + tr("candidates: %1").arg(ids.join(QStringLiteral(", ")));
        }
        out += QLatin1Char('\n');
        for (int field : entry.differingFields)
            out += QStringLiteral("    %1: %2 | %3\n")
                           .arg(m_schema.field(field).path,
                                text(m_schema, &m_local.at(entry.local), field),
                                text(m_schema, &m_remote.at(entry.remote), field));
    }
    return out;
}

QByteArray ReconcileExporter::toCsv() const
{
    CsvWriter csv;
    csv.addRow({tr("Key"), tr("Status"), tr("Matched by"), tr("Field"), tr("In the sheet"),
                tr("At the vendor"), tr("Last pushed")});
    for (const ReconcileEntry &entry : m_entries) {
        if (entry.state == ReconcileState::Same)
            continue;
        const QString key = keyOf(entry);
        const QString state = ReconcileEntry::stateName(entry.state);
        const QString basis = basisText(m_schema, entry);
        if (entry.differingFields.isEmpty()) {
            csv.addRow({key, state, basis, QString(), QString(), QString(), QString()});
            continue;
        }
        const Record &local = m_local.at(entry.local);
        const auto pushed = m_lastPushed.constFind(local.id());
        const Record *last = pushed == m_lastPushed.constEnd() ? nullptr : &pushed.value();
        for (int field : entry.differingFields)
            csv.addRow({key, state, basis, m_schema.field(field).path,
                        text(m_schema, &local, field),
                        text(m_schema, &m_remote.at(entry.remote), field),
                        text(m_schema, last, field)});
    }
    return csv.bytes();
}

Status ReconcileExporter::toXlsx(const QString &path) const
{
    const FieldComparer comparer(m_schema);
    const QVector<int> &fields = comparer.comparedFields();
    const QVector<QPair<ReconcileState, QString>> states = {
            {ReconcileState::Differs, tr("Differs")},
            {ReconcileState::LocalOnly, tr("Only in the sheet")},
            {ReconcileState::RemoteOnly, tr("Only at the vendor")},
            {ReconcileState::Ambiguous, tr("Ambiguous")},
            {ReconcileState::Same, tr("Same")}};
    XlsxTableWriter writer;
    for (const auto &state : states) {
        XlsxTableWriter::Sheet sheet;
        sheet.name = state.second;
        sheet.columns = {{tr("Key")}, {tr("Matched by")}, {tr("Vendor id")}};
        if (state.first == ReconcileState::Ambiguous)
            sheet.columns.append({tr("Candidates")});
        const int firstField = int(sheet.columns.size());
        for (int field : fields) {
            const FieldSpec &spec = m_schema.field(field);
            const auto type = XlsxTableWriter::columnType(spec.type);
            sheet.columns.append({tr("%1 (sheet)").arg(spec.path), type});
            sheet.columns.append({tr("%1 (vendor)").arg(spec.path), type});
        }
        for (const ReconcileEntry &entry : m_entries) {
            if (entry.state != state.first)
                continue;
            const Record *local = entry.local >= 0 ? &m_local.at(entry.local) : nullptr;
            const Record *remote = entry.remote >= 0 ? &m_remote.at(entry.remote) : nullptr;
            QStringList cells = {keyOf(entry), basisText(m_schema, entry),
                                 remote ? remote->remoteId() : QString()};
            if (state.first == ReconcileState::Ambiguous) {
                QStringList ids;
                for (int c : entry.candidates)
                    ids.append(m_remote.at(c).remoteId());
                cells.append(ids.join(QStringLiteral(", ")));
            }
            QVector<int> marked;
            for (int i = 0; i < fields.size(); ++i) {
                cells.append(text(m_schema, local, fields.at(i)));
                cells.append(text(m_schema, remote, fields.at(i)));
                if (entry.differingFields.contains(fields.at(i)))
                    marked << firstField + 2 * i << firstField + 2 * i + 1;
            }
            sheet.rows.append(cells);
            sheet.marked.append(marked);
        }
        writer.addSheet(std::move(sheet));
    }
    return writer.write(path);
}
