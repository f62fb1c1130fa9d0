#include "recordfilterproxymodel.h"

#include "decimal.h"
#include "rawtext.h"
#include "recordtablemodel.h"
#include "valuecodec.h"

#include <QDate>
#include <QDateTime>

RecordFilterProxyModel::RecordFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setFilterKeyColumn(-1);
    setFilterCaseSensitivity(Qt::CaseInsensitive);
    setSortRole(RecordTableModel::TypedValueRole);
}

bool RecordFilterProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant a = left.data(RecordTableModel::TypedValueRole);
    const QVariant b = right.data(RecordTableModel::TypedValueRole);
    // Empty cells sort after every value; unreadable text sorts before values so it is seen.
    const bool aEmpty = ValueCodec::isEmpty(a);
    const bool bEmpty = ValueCodec::isEmpty(b);
    if (aEmpty || bEmpty)
        return !aEmpty && bEmpty;
    const bool aRaw = ValueCodec::isRaw(a);
    const bool bRaw = ValueCodec::isRaw(b);
    if (aRaw || bRaw) {
        if (aRaw && bRaw)
            return a.value<RawText>().text < b.value<RawText>().text;
        return aRaw;
    }
    switch (a.userType()) {
    case QMetaType::LongLong:
        return a.toLongLong() < b.toLongLong();
    case QMetaType::Bool:
        return !a.toBool() && b.toBool();
    case QMetaType::QDate:
        return a.toDate() < b.toDate();
    case QMetaType::QDateTime:
        return a.toDateTime() < b.toDateTime();
    default:
        break;
    }
    if (a.userType() == qMetaTypeId<Decimal>())
        return a.value<Decimal>() < b.value<Decimal>();
    return QString::localeAwareCompare(a.toString(), b.toString()) < 0;
}
