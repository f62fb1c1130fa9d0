// vendor-standin TARGET [PORT]: a local stand-in for a vendor's API (the tests' MockVendorServer)
// so that a person can push the demo workspace without a vendor account. It prints the profile
// to add, then serves until interrupted, printing one line per request.
//
//   build/tests/tools/vendor-standin procore.work_order_contract 8765

#include "mockvendorserver.h"
#include "schemaregistry.h"

#include <QCoreApplication>
#include <QTcpServer>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList args = app.arguments();
    const auto registry = SchemaRegistry::loadBuiltIn().value();
    const EntitySchema *schema = registry.find(args.value(1));
    if (!schema) {
        out << "usage: vendor-standin TARGET [PORT]   (TARGET: "
            << registry.ids().join(QStringLiteral(", ")) << ")" << Qt::endl;
        return 2;
    }
    MockVendorServer server(*schema);
    if (!server.listen(quint16(args.value(2).toUInt()))) {
        out << "cannot listen on 127.0.0.1:" << args.value(2) << Qt::endl;
        return 2;
    }
    const QString url = server.baseUrl().toString();
    out << schema->title() << " stand-in at " << url << Qt::endl
        << "Add a profile for it (the secret is " << server.secret << "):" << Qt::endl;
    if (schema->vendor() == QLatin1String("primavera"))
        out << "  STANDIN_SECRET=" << server.secret
            << " contractdesk-cli profile add standin --vendor primavera --base-url " << url
            << " --username " << server.username << " --secret-env STANDIN_SECRET" << Qt::endl;
    else
        out << "  STANDIN_SECRET=" << server.secret
            << " contractdesk-cli profile add standin --vendor " << schema->vendor()
            << " --base-url " << url << " --company-id " << server.companyId << " --client-id "
            << server.clientId << " --secret-env STANDIN_SECRET" << Qt::endl;
    out << "Serving until Ctrl+C." << Qt::endl;
    QObject::connect(&server, &MockVendorServer::requestSeen, &app,
                     [&out](const QString &line) { out << line << Qt::endl; });
    return app.exec();
}
