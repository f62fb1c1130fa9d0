#include "workspacelocation.h"

#include <QStringList>
#include <QUrl>
#include <QUrlQuery>

namespace {

const QStringList &sslModes()
{
    static const QStringList modes = {QStringLiteral("disable"),   QStringLiteral("allow"),
                                      QStringLiteral("prefer"),    QStringLiteral("require"),
                                      QStringLiteral("verify-ca"), QStringLiteral("verify-full")};
    return modes;
}

} // namespace

WorkspaceLocation WorkspaceLocation::file(const QString &path)
{
    WorkspaceLocation location;
    location.m_path = path;
    return location;
}

Result<WorkspaceLocation> WorkspaceLocation::parse(const QString &text)
{
    using R = Result<WorkspaceLocation>;
    const QString trimmed = text.trimmed();
    if (!trimmed.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive) &&
        !trimmed.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive)) {
        if (trimmed.isEmpty())
            return R::failure(tr("No workspace was named: give a .cdw file or a "
                                 "postgresql://USER@HOST[:PORT]/DBNAME address."));
        return file(text);
    }
    const QString shape = tr("Write a team workspace as postgresql://USER@HOST[:PORT]/DBNAME, "
                             "for example postgresql://anna@db.example.com/contracts.");
    const QUrl url(trimmed, QUrl::StrictMode);
    if (!url.isValid())
        return R::failure(tr("\"%1\" is not a valid address. %2").arg(trimmed, shape));
    if (!url.password().isEmpty())
        return R::failure(tr("The address %1 contains a password. Leave it out: ContractDesk "
                             "reads the password from the keychain, PGPASSWORD or ~/.pgpass, "
                             "so it never ends up in settings or logs.")
                                  .arg(url.toString(QUrl::RemovePassword)));
    WorkspaceLocation location;
    location.m_team = true;
    location.m_user = url.userName();
    location.m_host = url.host();
    location.m_port = url.port(kDefaultPort);
    location.m_database = url.path().mid(1);
    if (location.m_user.isEmpty())
        return R::failure(tr("The address %1 names no user. %2").arg(trimmed, shape));
    if (location.m_host.isEmpty())
        return R::failure(tr("The address %1 names no server. %2").arg(trimmed, shape));
    if (location.m_database.isEmpty() || location.m_database.contains(QLatin1Char('/')))
        return R::failure(tr("The address %1 names no database. %2").arg(trimmed, shape));
    if (location.m_port <= 0 || location.m_port > 65535)
        return R::failure(tr("The address %1 has no valid port. %2").arg(trimmed, shape));
    const QUrlQuery query(url);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == QLatin1String("sslmode") && sslModes().contains(value)) {
            location.m_sslMode = value;
        } else if (key == QLatin1String("sslmode")) {
            return R::failure(tr("sslmode=%1 is not known; use one of %2.")
                                      .arg(value, sslModes().join(QStringLiteral(", "))));
        } else {
            return R::failure(
                    tr("The option %1 in %2 is not supported; only sslmode is.").arg(key, trimmed));
        }
    }
    return location;
}

QString WorkspaceLocation::toString() const
{
    if (!m_team)
        return m_path;
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setUserName(m_user);
    url.setHost(m_host);
    url.setPort(m_port);
    url.setPath(QLatin1Char('/') + m_database);
    if (!m_sslMode.isEmpty())
        url.setQuery(QStringLiteral("sslmode=") + m_sslMode);
    // Encoded, so that what is shown and kept reads back as the same place ("month%20end").
    return url.toString(QUrl::FullyEncoded);
}
