// teamlatency: how long an edit in one window takes to show in another on a team workspace.
//   teamlatency URI EDITS
// Opens the workspace twice (two sessions, as two windows), then EDITS times edits a title in
// the first and waits until the second's sheet shows it; prints min, median and max in ms.
// The workspace needs rows of procore.work_order_contract (copy-workspace one in first).

#include "recordtablemodel.h"
#include "schemaregistry.h"
#include "workspacesession.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QGuiApplication>
#include <QTimer>

#include <algorithm>
#include <cstdio>

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 3) {
        std::fprintf(stderr, "usage: teamlatency URI EDITS\n");
        return 2;
    }
    const int edits = args.at(2).toInt();
    auto registry = SchemaRegistry::loadBuiltIn();
    auto anna = WorkspaceSession::open(args.at(1), registry.value(), false);
    auto ben = WorkspaceSession::open(args.at(1), registry.value(), false);
    if (!anna || !ben) {
        std::fprintf(stderr, "%s\n", qPrintable(anna ? ben.error() : anna.error()));
        return 1;
    }
    const QString target = QStringLiteral("procore.work_order_contract");
    RecordTableModel *annas = anna.value()->model(target);
    RecordTableModel *bens = ben.value()->model(target);
    const int title = annas->schema().indexOf(QStringLiteral("title"));
    if (annas->rowCount() == 0) {
        std::fprintf(stderr, "the workspace holds no %s rows\n", qPrintable(target));
        return 1;
    }
    QVector<qint64> times;
    for (int i = 0; i < edits; ++i) {
        const int row = (i * 7919) % annas->rowCount();
        const QString value = QStringLiteral("latency %1").arg(i);
        const qint64 id = annas->records().at(row).id();
        QEventLoop wait;
        const auto shown = QObject::connect(bens, &QAbstractItemModel::dataChanged, &wait, [&] {
            const int at = bens->rowOfRecord(id);
            if (at >= 0 && bens->records().at(at).value(title).toString() == value)
                wait.quit();
        });
        QTimer::singleShot(10000, &wait, &QEventLoop::quit);
        QElapsedTimer clock;
        clock.start();
        if (!annas->setData(annas->index(row, title), value)) {
            std::fprintf(stderr, "the edit was not saved\n");
            return 1;
        }
        wait.exec();
        times.append(clock.elapsed());
        QObject::disconnect(shown);
        const int at = bens->rowOfRecord(id);
        if (at < 0 || bens->records().at(at).value(title).toString() != value) {
            std::fprintf(stderr, "edit %d did not arrive within 10 s\n", i);
            return 1;
        }
    }
    std::sort(times.begin(), times.end());
    std::printf("%d edits: min %lld ms, median %lld ms, max %lld ms\n", edits, times.first(),
                times.at(times.size() / 2), times.last());
    return 0;
}
