#include "authenticator.h"

#include "interactivesignin.h"
#include "logcategories.h"
#include "vendortraits.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkRequest>
#include <QUrlQuery>

Result<Authenticator::Exchange> Authenticator::prepare(const ConnectionProfile &profile,
                                                       const QString &secret,
                                                       const QString &refreshToken, int timeoutMs)
{
    using R = Result<Exchange>;
    if (const QString problem = profile.problem(); !problem.isEmpty())
        return R::failure(problem);
    if (secret.isEmpty())
        return R::failure(tr("No secret for profile '%1': save one in the system keychain "
                             "(profile add) or set the environment variable it names.")
                                  .arg(profile.name));
    Exchange exchange;
    exchange.profile = profile.name;
    Headers &headers = exchange.headers;
    if (const QByteArray header = VendorTraits::of(profile.vendor).companyHeader; !header.isEmpty())
        headers.append({header, profile.companyId.toLatin1()});
    const QByteArray basic =
            "Basic " + (profile.username + QLatin1Char(':') + secret).toUtf8().toBase64();
    if (profile.auth == QLatin1String("basic")) {
        qCDebug(lcAuth).noquote() << "profile" << profile.name
                                  << "uses Basic credentials: no token exchange";
        headers.append({"Authorization", basic});
        return exchange;
    }

    QNetworkRequest &request = exchange.request;
    exchange.needsRequest = true;
    const bool refresh = profile.auth == QLatin1String("oauth-authorization-code");
    exchange.refresh = refresh;
    if (refresh) {
        // A user who signed in interactively: the stored refresh token buys an access token.
        if (refreshToken.isEmpty())
            return R::failure(tr("Profile '%1' signs in as a user: sign in first (File ▸ "
                                 "Connection Profiles ▸ Sign In).")
                                      .arg(profile.name));
        exchange.refreshToken = refreshToken;
    }
    if (profile.auth != QLatin1String("primavera-token")) {
        // OAuth 2.0 token endpoint: a refresh-token or client-credentials grant.
        request.setUrl(InteractiveSignIn::tokenUrl(profile));
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QStringLiteral("application/x-www-form-urlencoded"));
        QUrlQuery form;
        if (refresh) {
            form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("refresh_token"));
            form.addQueryItem(QStringLiteral("refresh_token"), exchange.refreshToken);
        } else {
            form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("client_credentials"));
        }
        form.addQueryItem(QStringLiteral("client_id"), profile.clientId);
        form.addQueryItem(QStringLiteral("client_secret"), secret);
        exchange.body = form.toString(QUrl::FullyEncoded).toUtf8();
    } else {
        // Primavera: Basic credentials exchanged for a token.
        QUrl url = ConnectionProfile::below(profile.baseUrl,
                                            QStringLiteral("/primediscovery/apitoken/request"));
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("scope"),
                           QStringLiteral("http://%1/api").arg(profile.baseUrl.host()));
        url.setQuery(query);
        request.setUrl(url);
        request.setRawHeader("Authorization", basic);
    }
    request.setTransferTimeout(timeoutMs);
    // The host and the kind of grant; never the form (it holds the secret and refresh token).
    qCInfo(lcAuth).noquote() << "signing in: profile" << profile.name << "at"
                             << request.url().host() << "with"
                             << (refresh ? QStringLiteral("a refresh token") : profile.auth);
    return exchange;
}

Result<Authenticator::SignedIn> Authenticator::conclude(const Exchange &exchange, int status,
                                                        const QString &networkError,
                                                        const QByteArray &body)
{
    using R = Result<SignedIn>;
    const QString host = exchange.request.url().host();
    if (status == 0)
        qCWarning(lcAuth).noquote() << "sign-in: no answer from" << host << '-' << networkError;
    else if (status == 400 || status == 401 || status == 403)
        qCWarning(lcAuth).noquote() << "sign-in refused: HTTP" << status << "from" << host
                                    << "for profile" << exchange.profile;
    if (status == 0)
        return R::failure(tr("Cannot reach %1: %2").arg(host, networkError));
    if (status == 400 || status == 401 || status == 403)
        return R::failure(tr("%1 refused the sign-in (HTTP %2): check the client id, user name "
                             "and secret of profile '%3', then sign in again.")
                                  .arg(host)
                                  .arg(status)
                                  .arg(exchange.profile));
    const QJsonObject answer = QJsonDocument::fromJson(body).object();
    QString token = answer.value(QLatin1String("access_token")).toString();
    if (token.isEmpty())
        token = answer.value(QLatin1String("accessToken")).toString();
    if (status < 200 || status >= 300 || token.isEmpty()) {
        qCWarning(lcAuth).noquote()
                << "sign-in: HTTP" << status << "from" << host << "without a token";
        return R::failure(
                tr("The sign-in answer of %1 holds no token (HTTP %2).").arg(host).arg(status));
    }
    QString nextRefreshToken;
    if (exchange.refresh) {
        // Procore's refresh tokens are single-use: the new one is kept before anything else.
        const QString next = answer.value(QLatin1String("refresh_token")).toString();
        if (!next.isEmpty() && next != exchange.refreshToken)
            nextRefreshToken = next;
    }
    SignedIn signedIn;
    signedIn.nextRefreshToken = nextRefreshToken;
    signedIn.headers = exchange.headers;
    signedIn.headers.append({"Authorization", "Bearer " + token.toUtf8()});
    const int lifetime = answer.contains(QLatin1String("expires_in"))
                                 ? answer.value(QLatin1String("expires_in")).toInt()
                                 : answer.value(QLatin1String("expiresIn")).toInt();
    if (lifetime > 0)
        signedIn.expiresAt = QDateTime::currentDateTimeUtc().addSecs(lifetime);
    qCInfo(lcAuth).noquote() << "signed in: profile" << exchange.profile << "at" << host
                             << "- token valid for" << lifetime << "s (0: not told)";
    // Primavera: every header of requestHeaders goes on each call (tenant, identity app, region).
    const QJsonObject extra = answer.value(QLatin1String("requestHeaders")).toObject();
    for (auto it = extra.begin(); it != extra.end(); ++it)
        signedIn.headers.append({it.key().toLatin1(), it.value().toString().toUtf8()});
    return signedIn;
}
