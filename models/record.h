#pragma once

#include <QString>
#include <QVariant>
#include <QVector>

// Where a row stands with its vendor; shown as the row's sync badge.
enum class SyncState {
    NeverPushed = 0,
    Synced = 1,
    ChangedSincePush = 2,
    Failed = 3,
};

// One row of a target sheet: a value per schema field (index = field index), plus the row's
// identity in the workspace and in the vendor system.
class Record
{
public:
    Record() = default;
    explicit Record(int fieldCount)
        : m_values(fieldCount)
    {}

    qint64 id() const { return m_id; }
    void setId(qint64 id) { m_id = id; }

    int fieldCount() const { return int(m_values.size()); }
    const QVariant &value(int field) const { return m_values.at(field); }
    void setValue(int field, const QVariant &value) { m_values[field] = value; }
    const QVector<QVariant> &values() const { return m_values; }

    // The vendor's id once the record exists there ("4711", an Intacct key).
    const QString &remoteId() const { return m_remoteId; }
    void setRemoteId(const QString &id) { m_remoteId = id; }
    // The stable key that makes a re-sent create update instead of duplicate
    // (origin_id / sourceId / Intacct id), generated when the sheet has none.
    const QString &syncKey() const { return m_syncKey; }
    void setSyncKey(const QString &key) { m_syncKey = key; }
    SyncState syncState() const { return m_syncState; }
    void setSyncState(SyncState state) { m_syncState = state; }
    // The row's version in the store: 1 when saved first, one more with each saved change of
    // its values. An update names the version it was based on; when the stored row has moved
    // on (someone else saved it meanwhile) the store refuses it (Status::isConflict) instead
    // of overwriting the other change. 0: not saved yet, or not checked.
    qint64 version() const { return m_version; }
    void setVersion(qint64 version) { m_version = version; }

private:
    qint64 m_id = 0;
    QVector<QVariant> m_values;
    QString m_remoteId;
    QString m_syncKey;
    SyncState m_syncState = SyncState::NeverPushed;
    qint64 m_version = 0;
};
