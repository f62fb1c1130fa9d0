#include "reconcilefixture.h"

#include "synclogentry.h"
#include "valuecodec.h"
#include "workspace.h"

#include <QDateTime>

Record ReconcileFixture::row(const QString &number, const QString &title, const QString &remoteId,
                             const QString &key) const
{
    Record r(m_schema.fieldCount());
    auto set = [&](const char *path, const QString &text) {
        const int f = field(path);
        r.setValue(f, ValueCodec::fromText(m_schema.field(f), text).value);
    };
    set("project_id", QStringLiteral("562949953421612"));
    set("number", number);
    set("title", title);
    set("retainage_percent", QStringLiteral("10.00"));
    if (!key.isEmpty())
        set("origin_id", key);
    r.setRemoteId(remoteId);
    r.setSyncKey(key);
    r.setSyncState(remoteId.isEmpty() ? SyncState::NeverPushed : SyncState::Synced);
    return r;
}

QString ReconcileFixture::write(const QString &file, bool withSnapshot, bool offer) const
{
    auto workspace = Workspace::open(file, Workspace::OpenMode::CreateIfMissing);
    if (!workspace)
        return workspace.error();
    QVector<Record> rows = {
            // insertRecords gives them their ids
            row(QStringLiteral("WO-1001"), QStringLiteral("Site preparation"),
                QStringLiteral("5001"), QStringLiteral("CD-1")),
            row(QStringLiteral("WO-1002"), QStringLiteral("Concrete"), QStringLiteral("5002"),
                QStringLiteral("CD-2")),
            row(QStringLiteral("WO-1003"), QStringLiteral("Structural steel"),
                QStringLiteral("5003"), QStringLiteral("CD-3")),
            row(QStringLiteral("WO-1004"), QStringLiteral("Drywall"), QString(), QString())};
    if (const Status inserted = workspace.value()->insertRecords(m_schema, rows); !inserted)
        return inserted.error();
    QVector<Record> pushed = rows.mid(0, 3);
    QVector<SyncLogEntry> none;
    if (const Status committed = workspace.value()->commitSyncResults(m_schema, pushed, none);
        !committed)
        return committed.error();
    if (!withSnapshot)
        return QString();
    QVector<Record> remote = {rows.at(0), rows.at(1), rows.at(2),
                              row(offer ? QStringLiteral("WO-1004") : QStringLiteral("WO-1005"),
                                  QStringLiteral("Roofing"), QStringLiteral("5005"), QString())};
    remote[1].setValue(field("title"), QStringLiteral("Concrete works"));
    for (Record &r : remote)
        r.setId(0);
    const Status saved =
            workspace.value()->saveSnapshot(m_schema, QStringLiteral("stand-in"), remote,
                                            QDateTime(QDate(2026, 3, 12), QTime(10, 42)));
    return saved ? QString() : saved.error();
}

QVector<Record> ReconcileFixture::onDisk(const QString &file) const
{
    auto workspace = Workspace::open(file, Workspace::OpenMode::OpenExisting);
    if (!workspace)
        return {};
    auto records = workspace.value()->loadRecords(m_schema);
    return records ? std::move(records).value() : QVector<Record>();
}

const Record *ReconcileFixture::byNumber(const QVector<Record> &records,
                                         const QString &number) const
{
    for (const Record &r : records) {
        if (r.value(field("number")).toString() == number)
            return &r;
    }
    return nullptr;
}
