#include "profilecommand.h"

#include "authenticator.h"
#include "credentialstore.h"
#include "profilesecret.h"
#include "profilestore.h"
#include "vendortraits.h"

#include <QCommandLineParser>
#include <QNetworkAccessManager>
#include <QSettings>

QString ProfileCommand::summary() const
{
    return ProfileCommand::tr("Add, list, remove or test connection profiles (add, list, remove, "
                              "test).");
}

int ProfileCommand::run(const QStringList &arguments, CliContext &context)
{
    const QString action = arguments.value(1);
    const auto settings = ProfileStore::userSettings();
    ProfileStore store(*settings);
    if (action == QLatin1String("add"))
        return add(arguments.mid(1), context);
    if (action == QLatin1String("list")) {
        for (const ConnectionProfile &p : store.all()) {
            context.out << p.name << QLatin1Char('\t') << p.vendor << QLatin1Char('\t')
                        << p.baseUrl.toString() << QLatin1Char('\t') << p.companyId
                        << QLatin1Char('\t') << p.projectId << Qt::endl;
        }
        return Ok;
    }
    const QString profileName = arguments.value(2);
    if ((action == QLatin1String("remove") || action == QLatin1String("test")) &&
        !profileName.isEmpty()) {
        const auto profile = store.find(profileName);
        if (!profile) {
            context.err << ProfileCommand::tr("profile: there is no profile '%1'.").arg(profileName)
                        << Qt::endl;
            return UsageOrFileError;
        }
        if (action == QLatin1String("remove")) {
            if (!store.remove(profileName)) {
                context.err
                        << ProfileCommand::tr("profile: there is no profile '%1'.").arg(profileName)
                        << Qt::endl;
                return UsageOrFileError;
            }
            const Status forgotten =
                    CredentialStore().remove(CredentialStore::profileKey(profileName));
            if (!forgotten) {
                context.err << ProfileCommand::tr("Removed profile '%1', but not its secret. %2 "
                                                  "Remove the entry '%3' with your system's "
                                                  "keychain tool.")
                                       .arg(profileName, forgotten.error(),
                                            CredentialStore::profileKey(profileName))
                            << Qt::endl;
                return UsageOrFileError;
            }
            context.err
                    << ProfileCommand::tr("Removed profile '%1' and its secret.").arg(profileName)
                    << Qt::endl;
            return Ok;
        }
        QNetworkAccessManager network;
        const auto secret = ProfileSecret::read(*profile);
        if (!secret) {
            context.err << secret.error() << Qt::endl;
            return UsageOrFileError;
        }
        const auto signedIn = Authenticator(&network).signIn(*profile, secret.value());
        if (!signedIn) {
            context.err << ProfileCommand::tr("Connection test of '%1' failed: %2")
                                   .arg(profileName, signedIn.error())
                        << Qt::endl;
            return UsageOrFileError;
        }
        context.out << ProfileCommand::tr("Connection to '%1' works: signed in to %2.")
                               .arg(profileName, profile->baseUrl.host())
                    << Qt::endl;
        return Ok;
    }
    context.err << ProfileCommand::tr("usage: profile add NAME --vendor V --base-url URL [...] | "
                                      "profile list | profile remove NAME | profile test NAME")
                << Qt::endl;
    return UsageOrFileError;
}

int ProfileCommand::add(const QStringList &arguments, CliContext &context)
{
    QCommandLineParser parser;
    const QCommandLineOption vendor(QStringLiteral("vendor"),
                                    ProfileCommand::tr("procore, primavera or intacct."),
                                    QStringLiteral("V"));
    const QCommandLineOption baseUrl(QStringLiteral("base-url"),
                                     ProfileCommand::tr("The vendor's API address (production, "
                                                        "sandbox or a local stand-in)."),
                                     QStringLiteral("URL"));
    const QCommandLineOption company(QStringLiteral("company-id"),
                                     ProfileCommand::tr("Procore company id."),
                                     QStringLiteral("N"));
    const QCommandLineOption project(QStringLiteral("project-id"),
                                     ProfileCommand::tr("The project."), QStringLiteral("N"));
    const QCommandLineOption client(QStringLiteral("client-id"),
                                    ProfileCommand::tr("OAuth client id (Procore, Intacct)."),
                                    QStringLiteral("ID"));
    const QCommandLineOption user(QStringLiteral("username"),
                                  ProfileCommand::tr("User name (Primavera)."),
                                  QStringLiteral("USER"));
    const QCommandLineOption secretEnv(
            QStringLiteral("secret-env"),
            ProfileCommand::tr("An environment variable holding the client secret or password."),
            QStringLiteral("VAR"));
    const QCommandLineOption auth(QStringLiteral("auth"),
                                  ProfileCommand::tr("basic: plain Basic credentials on every "
                                                     "call (older Primavera tenants)."),
                                  QStringLiteral("KIND"));
    parser.addOptions({vendor, baseUrl, company, project, client, user, secretEnv, auth});
    parser.addPositionalArgument(QStringLiteral("NAME"), ProfileCommand::tr("The profile's name."));
    int exitCode = Ok;
    if (!parse(parser, arguments, context, exitCode))
        return exitCode;
    const QString profileName = parser.positionalArguments().value(0);
    ConnectionProfile p = ConnectionProfile::withDefaults(profileName, parser.value(vendor));
    if (parser.isSet(baseUrl))
        p.baseUrl = QUrl(parser.value(baseUrl));
    if (parser.isSet(baseUrl)) // a sandbox or stand-in signs in where it answers
        p.authUrl = VendorTraits::of(p.vendor).loginUrlFor(p.baseUrl);
    p.companyId = parser.value(company);
    p.projectId = parser.value(project);
    p.clientId = parser.value(client);
    p.username = parser.value(user);
    p.secretEnv = parser.value(secretEnv);
    if (parser.isSet(auth)) {
        if (parser.value(auth) != QLatin1String("basic") ||
            p.vendor != QLatin1String("primavera")) {
            context.err << ProfileCommand::tr(
                                   "profile add: --auth basic is for Primavera profiles.")
                        << Qt::endl;
            return UsageOrFileError;
        }
        p.auth = QStringLiteral("basic");
    }
    if (const QString problem = p.problem(); !problem.isEmpty()) {
        context.err << ProfileCommand::tr("profile add: %1").arg(problem) << Qt::endl;
        return UsageOrFileError;
    }
    const auto settings = ProfileStore::userSettings();
    ProfileStore(*settings).save(p);
    if (!p.secretEnv.isEmpty() &&
        qEnvironmentVariableIsSet(p.secretEnv.toLocal8Bit().constData())) {
        const Status saved = CredentialStore().write(
                CredentialStore::profileKey(p.name),
                qEnvironmentVariable(p.secretEnv.toLocal8Bit().constData()));
        if (!saved) {
            // A server or CI machine has no keychain: the variable is then the only source.
            context.err << ProfileCommand::tr("Saved profile '%1' (%2, %3). %4 The secret will be "
                                              "read from the environment variable %5 each time "
                                              "the profile is used.")
                                   .arg(p.name, p.vendor, p.baseUrl.toString(), saved.error(),
                                        p.secretEnv)
                        << Qt::endl;
            return Ok;
        }
    }
    context.err << ProfileCommand::tr("Saved profile '%1' (%2, %3).")
                           .arg(p.name, p.vendor, p.baseUrl.toString())
                << Qt::endl;
    return Ok;
}
