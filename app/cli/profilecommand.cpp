#include "profilecommand.h"

#include "credentialstore.h"
#include "profilesecret.h"
#include "profilestore.h"
#include "signinjob.h"
#include "vendortraits.h"

#include <QCommandLineParser>
#include <QNetworkAccessManager>
#include <QSettings>

ProfileCommand::ProfileCommand()
    : m_jobs(std::make_unique<QObject>())
{}

ProfileCommand::~ProfileCommand() = default;

QString ProfileCommand::summary() const
{
    return ProfileCommand::tr("Add, list, remove or test connection profiles (add, list, remove, "
                              "test).");
}

void ProfileCommand::start(const QStringList &arguments, CliContext &context,
                           std::function<void(int)> done)
{
    const QString action = arguments.value(1);
    const auto settings = ProfileStore::userSettings();
    ProfileStore store(*settings);
    if (action == QLatin1String("add"))
        return add(arguments.mid(1), context, done);
    if (action == QLatin1String("list")) {
        for (const ConnectionProfile &p : store.all()) {
            context.out << p.name << QLatin1Char('\t') << p.vendor << QLatin1Char('\t')
                        << p.baseUrl.toString() << QLatin1Char('\t') << p.companyId
                        << QLatin1Char('\t') << p.projectId << Qt::endl;
        }
        return done(Ok);
    }
    const QString profileName = arguments.value(2);
    if ((action == QLatin1String("remove") || action == QLatin1String("test")) &&
        !profileName.isEmpty()) {
        const auto profile = store.find(profileName);
        if (!profile) {
            context.err << ProfileCommand::tr("profile: there is no profile '%1'.").arg(profileName)
                        << Qt::endl;
            return done(UsageOrFileError);
        }
        if (action == QLatin1String("remove")) {
            if (!store.remove(profileName)) {
                context.err
                        << ProfileCommand::tr("profile: there is no profile '%1'.").arg(profileName)
                        << Qt::endl;
                return done(UsageOrFileError);
            }
            CredentialJob *forget = CredentialStore().remove(
                    CredentialStore::profileKey(profileName), m_jobs.get());
            QObject::connect(
                    forget, &CredentialJob::finished, forget,
                    [profileName, &context, done](const Result<QString> &forgotten) {
                        if (!forgotten) {
                            context.err << ProfileCommand::tr("Removed profile '%1', but not its "
                                                              "secret. %2 Remove the entry '%3' "
                                                              "with your system's keychain tool.")
                                                   .arg(profileName, forgotten.error(),
                                                        CredentialStore::profileKey(profileName))
                                        << Qt::endl;
                            return done(UsageOrFileError);
                        }
                        context.err << ProfileCommand::tr("Removed profile '%1' and its secret.")
                                               .arg(profileName)
                                    << Qt::endl;
                        done(Ok);
                    });
            forget->start();
            return;
        }
        m_network = std::make_unique<QNetworkAccessManager>();
        CredentialJob *secret = ProfileSecret::read(*profile, m_jobs.get());
        const ConnectionProfile tested = *profile;
        QObject::connect(
                secret, &CredentialJob::finished, secret,
                [this, tested, &context, done](const Result<QString> &read) {
                    if (!read) {
                        context.err << read.error() << Qt::endl;
                        return done(UsageOrFileError);
                    }
                    auto *signIn =
                            new SignInJob(tested, read.value(), m_network.get(), m_jobs.get());
                    QObject::connect(
                            signIn, &SignInJob::finished, signIn,
                            [tested, &context, done](const Result<Authenticator::SignedIn> &in) {
                                if (!in) {
                                    context.err << ProfileCommand::tr(
                                                           "Connection test of '%1' failed: %2")
                                                           .arg(tested.name, in.error())
                                                << Qt::endl;
                                    return done(UsageOrFileError);
                                }
                                context.out << ProfileCommand::tr(
                                                       "Connection to '%1' works: signed in to "
                                                       "%2.")
                                                       .arg(tested.name, tested.baseUrl.host())
                                            << Qt::endl;
                                done(Ok);
                            });
                    signIn->start();
                });
        secret->start();
        return;
    }
    context.err << ProfileCommand::tr("usage: profile add NAME --vendor V --base-url URL [...] | "
                                      "profile list | profile remove NAME | profile test NAME")
                << Qt::endl;
    return done(UsageOrFileError);
}

void ProfileCommand::add(const QStringList &arguments, CliContext &context,
                         const std::function<void(int)> &done)
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
        return done(exitCode);
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
            return done(UsageOrFileError);
        }
        p.auth = QStringLiteral("basic");
    }
    if (const QString problem = p.problem(); !problem.isEmpty()) {
        context.err << ProfileCommand::tr("profile add: %1").arg(problem) << Qt::endl;
        return done(UsageOrFileError);
    }
    const auto settings = ProfileStore::userSettings();
    ProfileStore(*settings).save(p);
    const QString saved = ProfileCommand::tr("Saved profile '%1' (%2, %3).")
                                  .arg(p.name, p.vendor, p.baseUrl.toString());
    if (p.secretEnv.isEmpty() ||
        !qEnvironmentVariableIsSet(p.secretEnv.toLocal8Bit().constData())) {
        context.err << saved << Qt::endl;
        return done(Ok);
    }
    CredentialJob *keep = CredentialStore().write(
            CredentialStore::profileKey(p.name),
            qEnvironmentVariable(p.secretEnv.toLocal8Bit().constData()), m_jobs.get());
    QObject::connect(keep, &CredentialJob::finished, keep,
                     [p, saved, &context, done](const Result<QString> &kept) {
                         if (!kept) {
                             // A server or CI machine has no keychain: the variable is then
                             // the only source.
                             context.err << ProfileCommand::tr(
                                                    "Saved profile '%1' (%2, %3). %4 The secret "
                                                    "will be read from the environment variable "
                                                    "%5 each time the profile is used.")
                                                    .arg(p.name, p.vendor, p.baseUrl.toString(),
                                                         kept.error(), p.secretEnv)
                                         << Qt::endl;
                             return done(Ok);
                         }
                         context.err << saved << Qt::endl;
                         done(Ok);
                     });
    keep->start();
}
