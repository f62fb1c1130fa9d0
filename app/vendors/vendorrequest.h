#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QVector>

// One HTTP request a protocol wants sent, exactly as it goes on the wire apart from the
// connection's own headers (authorization, Procore's company id), which the engine adds.
struct VendorRequest
{
    QByteArray method; // "PATCH", "POST"
    QString path;      // below the profile's base URL: "/rest/v1.0/work_order_contracts/sync"
    QList<QPair<QString, QString>> query;
    QList<QPair<QByteArray, QByteArray>> headers; // Content-Type, Idempotency-Key
    QByteArray body;                              // the JSON text sent
    QVector<qint64> recordIds;                    // the rows in the body, in body order
    QStringList itemKeys;  // each row's idempotency key (origin_id, sourceId, Intacct id)
    QStringList remoteIds; // per row: the vendor's id when it already holds the row, else empty

    void addHeader(const QByteArray &name, const QByteArray &value)
    {
        headers.append({name, value});
    }
    // "PATCH /rest/v1.0/potential_change_orders/sync?project_id=42&contract_id=7"
    QString requestLine() const
    {
        QString line = QString::fromLatin1(method) + QLatin1Char(' ') + path;
        for (int i = 0; i < query.size(); ++i)
            line += (i ? QLatin1Char('&') : QLatin1Char('?')) + query.at(i).first +
                    QLatin1Char('=') + query.at(i).second;
        return line;
    }
    QString queryValue(const QString &name) const
    {
        for (const auto &item : query) {
            if (item.first == name)
                return item.second;
        }
        return QString();
    }
    // Replaces the item in place (the request line keeps its order), else appends it.
    void setQueryValue(const QString &name, const QString &value)
    {
        for (auto &item : query) {
            if (item.first == name) {
                item.second = value;
                return;
            }
        }
        query.append({name, value});
    }
    QByteArray header(const QByteArray &name) const
    {
        for (const auto &h : headers) {
            if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                return h.second;
        }
        return QByteArray();
    }
};
