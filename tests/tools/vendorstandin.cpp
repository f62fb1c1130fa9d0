// vendor-standin TARGET [PORT]: a local stand-in for a vendor's API (the tests' MockVendorServer)
// so that a person can push the demo workspace without a vendor account. It prints the profile
// to add, then serves until interrupted, printing one line per request. Lines typed on its
// standard input change what it holds, as someone working in the vendor's own screens would —
// to try a reconciliation:
//   list                        what it holds: vendor id, key and display value
//   set ID PATH VALUE           e.g. set 900000000001 title "Revised scope" (VALUE as JSON, else
//   text) add {JSON}                  a record made at the vendor, e.g. add {"number": "WO-77",
//   "title": "Extra"}
//
//   build/tests/tools/vendor-standin procore.work_order_contract 8765

#include "mockvendorserver.h"
#include "schemaregistry.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSocketNotifier>
#include <QTcpServer>
#include <QTextStream>

#include <cstdio>

namespace {

// One command line from standard input; what to print back.
QString command(MockVendorServer &server, const EntitySchema &schema, const QString &line)
{
    const QString verb = line.section(QLatin1Char(' '), 0, 0);
    if (verb == QLatin1String("list")) {
        QString out;
        for (const auto &r : server.records())
            out += QStringLiteral("%1\t%2\t%3\n")
                           .arg(r.remoteId, r.key,
                                r.fields.value(schema.displayPath()).toVariant().toString());
        return out + QStringLiteral("%1 record(s)").arg(server.records().size());
    }
    if (verb == QLatin1String("set")) {
        const QString id = line.section(QLatin1Char(' '), 1, 1);
        const QString path = line.section(QLatin1Char(' '), 2, 2);
        const QString text = line.section(QLatin1Char(' '), 3).trimmed();
        // A JSON value as it is ("10.5", true, "text"), anything else as text.
        const QJsonDocument doc = QJsonDocument::fromJson("[" + text.toUtf8() + "]");
        const QJsonValue value =
                doc.isArray() && doc.array().size() == 1 ? doc.array().at(0) : QJsonValue(text);
        return server.setRemoteField(id, path, value)
                       ? QStringLiteral("%1: %2 is now %3").arg(id, path, text)
                       : QStringLiteral("no record with id %1 (list shows them)").arg(id);
    }
    if (verb == QLatin1String("add")) {
        const QJsonDocument doc =
                QJsonDocument::fromJson(line.section(QLatin1Char(' '), 1).toUtf8());
        if (!doc.isObject())
            return QStringLiteral("add takes a JSON object: add {\"number\": \"WO-77\"}");
        return QStringLiteral("added with id %1").arg(server.addRemoteOnly(doc.object()));
    }
    return QStringLiteral("commands: list | set ID PATH VALUE | add {JSON}");
}

} // namespace

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
    out << "Serving until Ctrl+C. Type list, set ID PATH VALUE or add {JSON} to change what it "
           "holds."
        << Qt::endl;
    QTextStream in(stdin);
    QSocketNotifier input(fileno(stdin), QSocketNotifier::Read);
    QObject::connect(&input, &QSocketNotifier::activated, &app, [&] {
        const QString line = in.readLine();
        if (line.isNull()) {
            input.setEnabled(false); // end of input: keep serving
            return;
        }
        if (!line.trimmed().isEmpty())
            out << command(server, *schema, line.trimmed()) << Qt::endl;
    });
    QObject::connect(&server, &MockVendorServer::requestSeen, &app,
                     [&out](const QString &line) { out << line << Qt::endl; });
    return app.exec();
}
