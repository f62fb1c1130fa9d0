#include "profilestore.h"

#include <QSettings>

namespace {
QString group(const QString &name)
{
    return QStringLiteral("profiles/") + name;
}
} // namespace

QVector<ConnectionProfile> ProfileStore::all() const
{
    QVector<ConnectionProfile> out;
    m_settings.beginGroup(QStringLiteral("profiles"));
    const QStringList names = m_settings.childGroups();
    m_settings.endGroup();
    for (const QString &name : names) {
        if (auto p = find(name))
            out.append(*p);
    }
    return out;
}

std::optional<ConnectionProfile> ProfileStore::find(const QString &name) const
{
    m_settings.beginGroup(group(name));
    const bool exists = m_settings.contains(QStringLiteral("vendor"));
    ConnectionProfile p;
    p.name = name;
    p.vendor = m_settings.value(QStringLiteral("vendor")).toString();
    p.baseUrl = m_settings.value(QStringLiteral("baseUrl")).toUrl();
    p.authUrl = m_settings.value(QStringLiteral("authUrl")).toUrl();
    p.companyId = m_settings.value(QStringLiteral("companyId")).toString();
    p.projectId = m_settings.value(QStringLiteral("projectId")).toString();
    p.entity = m_settings.value(QStringLiteral("entity")).toString();
    p.clientId = m_settings.value(QStringLiteral("clientId")).toString();
    p.username = m_settings.value(QStringLiteral("username")).toString();
    p.apiRoot = m_settings.value(QStringLiteral("apiRoot")).toString();
    p.auth = m_settings.value(QStringLiteral("auth")).toString();
    p.secretEnv = m_settings.value(QStringLiteral("secretEnv")).toString();
    m_settings.endGroup();
    if (!exists)
        return std::nullopt;
    return p;
}

void ProfileStore::save(const ConnectionProfile &p)
{
    m_settings.remove(group(p.name));
    m_settings.beginGroup(group(p.name));
    m_settings.setValue(QStringLiteral("vendor"), p.vendor);
    m_settings.setValue(QStringLiteral("baseUrl"), p.baseUrl);
    m_settings.setValue(QStringLiteral("authUrl"), p.authUrl);
    m_settings.setValue(QStringLiteral("companyId"), p.companyId);
    m_settings.setValue(QStringLiteral("projectId"), p.projectId);
    m_settings.setValue(QStringLiteral("entity"), p.entity);
    m_settings.setValue(QStringLiteral("clientId"), p.clientId);
    m_settings.setValue(QStringLiteral("username"), p.username);
    m_settings.setValue(QStringLiteral("apiRoot"), p.apiRoot);
    m_settings.setValue(QStringLiteral("auth"), p.auth);
    m_settings.setValue(QStringLiteral("secretEnv"), p.secretEnv);
    m_settings.endGroup();
    m_settings.sync();
}

bool ProfileStore::remove(const QString &name)
{
    if (!find(name))
        return false;
    m_settings.remove(group(name));
    m_settings.sync();
    return true;
}

std::unique_ptr<QSettings> ProfileStore::userSettings()
{
    return std::make_unique<QSettings>(QSettings::IniFormat, QSettings::UserScope,
                                       QStringLiteral("ContractDesk"), QStringLiteral("profiles"));
}
