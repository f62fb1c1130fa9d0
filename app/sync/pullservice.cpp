#include "pullservice.h"

#include "valuecodec.h"
#include "vendortraits.h"

#include <QSet>

#include <algorithm>

PullService::PullService(WorkspaceStore &workspace, const EntitySchema &schema,
                         QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_schema(schema)
    , m_engine(network)
{
    connect(&m_engine, &SyncEngine::pageDone, this, &PullService::onPage);
    connect(&m_engine, &SyncEngine::finished, this, &PullService::onFinished);
}

PullService::~PullService() = default;

namespace {

// The distinct non-empty texts of one field across the rows, in first-seen order.
QStringList distinctValues(const EntitySchema &schema, const QVector<Record> &rows,
                           const QString &path)
{
    const int field = schema.indexOf(path);
    QStringList values;
    if (field < 0)
        return values;
    QSet<QString> seen;
    for (const Record &row : rows) {
        const QString text = ValueCodec::toText(schema.field(field), row.value(field));
        if (!text.isEmpty() && !seen.contains(text)) {
            seen.insert(text);
            values.append(text);
        }
    }
    return values;
}

// Vendor ids in a stable order: numbers by value, then other text.
bool remoteIdBefore(const Record &a, const Record &b)
{
    bool okA = false;
    bool okB = false;
    const qint64 x = a.remoteId().toLongLong(&okA);
    const qint64 y = b.remoteId().toLongLong(&okB);
    if (okA && okB)
        return x < y;
    if (okA != okB)
        return okA;
    return a.remoteId() < b.remoteId();
}

} // namespace

Result<QVector<PullScope>> PullService::scopeFor(const EntitySchema &schema,
                                                 const ConnectionProfile &profile,
                                                 const QVector<Record> &local)
{
    QStringList projects;
    if (!profile.projectId.trimmed().isEmpty()) {
        projects.append(profile.projectId.trimmed());
    } else {
        for (const QString &path : {QStringLiteral("project_id"), QStringLiteral("projectId"),
                                    QStringLiteral("project.id")})
            projects += distinctValues(schema, local, path);
    }
    const QStringList contracts = distinctValues(schema, local, QStringLiteral("contract_id"));
    QVector<PullScope> scopes;
    for (const QString &project : std::as_const(projects))
        scopes.append({project, contracts, 0});
    // Intacct's query can read company-wide; the others list one project at a time.
    if (scopes.isEmpty() && VendorTraits::of(schema.vendor()).readsCompanyWide)
        scopes.append({QString(), contracts, 0});
    if (scopes.isEmpty())
        return Result<QVector<PullScope>>::failure(
                tr("%1 lists records by project: set the project in profile '%2' (or give the "
                   "rows a project id).")
                        .arg(schema.vendorLabel(), profile.name));
    return scopes;
}

bool PullService::start(const QVector<PullScope> &scopes, const SyncEngine::Settings &settings,
                        const QString &profile, const ProtocolOptions &options)
{
    m_protocol = VendorProtocol::forSchema(m_schema, options);
    m_records.clear();
    m_error.clear();
    m_expected = -1;
    m_snapshot = {};
    m_profile = profile;
    if (!m_protocol) {
        m_error = tr("ContractDesk cannot read from %1 yet.").arg(m_schema.vendorLabel());
        return false;
    }
    QVector<VendorRequest> first;
    for (const PullScope &scope : scopes)
        first += m_protocol->pullRequests(scope);
    if (first.isEmpty()) {
        m_error = tr("ContractDesk cannot read %1 back from %2 yet.")
                          .arg(m_schema.label(), m_schema.vendorLabel());
        return false;
    }
    emit progress(0, -1);
    m_engine.runPull(*m_protocol, first, settings);
    return true;
}

void PullService::cancel()
{
    m_engine.cancel();
}

void PullService::onPage(const VendorRequest &request, const PullPage &page)
{
    Q_UNUSED(request);
    m_records += page.records;
    if (page.total >= 0)
        m_expected = qMax(m_expected, 0) + page.total;
    emit progress(int(m_records.size()), m_expected);
}

void PullService::onFinished(const JobOutcome &outcome)
{
    if (!outcome.isCompleted()) {
        m_error = outcome.message();
        m_records.clear();
        emit finished(outcome);
        return;
    }
    // Pages arrive in any order; a record a shifting listing showed twice is kept once.
    std::stable_sort(m_records.begin(), m_records.end(), remoteIdBefore);
    auto same = [](const Record &a, const Record &b) {
        return !a.remoteId().isEmpty() && a.remoteId() == b.remoteId();
    };
    m_records.erase(std::unique(m_records.begin(), m_records.end(), same), m_records.end());
    const Status saved = m_workspace.saveSnapshot(m_schema, m_profile, m_records,
                                                  QDateTime::currentDateTimeUtc(), &m_snapshot);
    if (!saved) {
        m_error = saved.error();
        emit finished(JobOutcome::failed(m_error));
        return;
    }
    emit finished(JobOutcome::completed());
}
