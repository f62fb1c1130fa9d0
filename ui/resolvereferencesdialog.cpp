#include "resolvereferencesdialog.h"

#include "crosswalkexporter.h"
#include "crosswalkpane.h"
#include "entityschema.h"
#include "profilestore.h"
#include "recordtablemodel.h"
#include "referencecandidatespane.h"
#include "referenceentrymodel.h"
#include "referencelistspec.h"
#include "workspacesession.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPalette>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

ResolveReferencesDialog::ResolveReferencesDialog(WorkspaceSession &session, const QString &target,
                                                 QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_target(target)
    , m_profile(new QComboBox(this))
    , m_lists(new QLabel(this))
    , m_refresh(new QPushButton(tr("Refresh &lists"), this))
    , m_progress(new QProgressBar(this))
    , m_cancel(new QPushButton(tr("Ca&ncel reading"), this))
    , m_status(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_showResolved(new QCheckBox(tr("Show resolved values &too"), this))
    , m_writeExact(new QPushButton(this))
    , m_lines(new QTableView(this))
    , m_model(new ReferenceEntryModel(this))
    , m_advice(new QLabel(this))
    , m_candidates(new ReferenceCandidatesPane(this))
    , m_skip(new QPushButton(tr("&Skip"), this))
    , m_crosswalk(new CrosswalkPane(this))
{
    setObjectName(QStringLiteral("ResolveReferencesDialog"));
    const EntitySchema &schema = m_session.model(target)->schema();
    setWindowTitle(tr("Resolve References — %1").arg(schema.title()));
    const auto settings = ProfileStore::userSettings();
    for (const ConnectionProfile &p : ProfileStore(*settings).all()) {
        if (p.vendor == schema.vendor())
            m_profile->addItem(p.name, p.name);
    }
    if (auto registry = ReferenceListRegistry::loadBuiltIn()) {
        for (int i = 0; i < schema.fieldCount(); ++i) {
            const QString &list = schema.field(i).referenceList;
            if (const ReferenceListSpec *spec =
                        list.isEmpty() ? nullptr : registry.value().find(list))
                m_listLabels.insert(list, spec->label);
        }
    }
    buildLayout();
    // After the window's selectProfile(): the first resolve uses the profile it chose.
    QTimer::singleShot(0, this, &ResolveReferencesDialog::start);
}

ResolveReferencesDialog::~ResolveReferencesDialog() = default; // the reader aborts when deleted

void ResolveReferencesDialog::buildLayout()
{
    m_profile->setObjectName(QStringLiteral("ResolveProfile"));
    m_profile->setToolTip(tr("The account whose lists the sheet is compared with"));
    m_lists->setObjectName(QStringLiteral("ResolveListDates"));
    m_lists->setWordWrap(true);
    m_refresh->setObjectName(QStringLiteral("RefreshListsButton"));
    m_refresh->setToolTip(tr("Read every list again from the vendor"));
    m_progress->setObjectName(QStringLiteral("ResolveProgress"));
    m_progress->setVisible(false);
    m_progress->setRange(0, 0);
    m_cancel->setObjectName(QStringLiteral("CancelReadingButton"));
    m_cancel->setVisible(false);
    m_status->setObjectName(QStringLiteral("ResolveStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_showResolved->setObjectName(QStringLiteral("ShowResolvedBox"));
    m_writeExact->setObjectName(QStringLiteral("WriteExactButton"));
    m_writeExact->setToolTip(tr("Write the vendor's id of every value that names exactly one "
                                "record into its rows, as one step (Ctrl+Z undoes it)"));
    m_lines->setObjectName(QStringLiteral("ReferenceLines"));
    m_lines->setModel(m_model);
    m_lines->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_lines->setSelectionMode(QAbstractItemView::SingleSelection);
    m_lines->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_lines->verticalHeader()->hide();
    m_lines->horizontalHeader()->setStretchLastSection(true);
    m_lines->setWordWrap(false);
    m_lines->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_advice->setObjectName(QStringLiteral("ResolveAdvice"));
    m_advice->setWordWrap(true);
    m_skip->setObjectName(QStringLiteral("SkipButton"));
    m_skip->setToolTip(tr("Leave this value for now and go to the next"));
    for (QPushButton *button : {m_refresh, m_cancel, m_writeExact, m_skip})
        button->setAutoDefault(false); // Enter belongs to the candidates list

    const QString vendor = m_session.model(m_target)->schema().vendorLabel();
    auto *intro = new QLabel(tr("%1 wants its own ids where the sheet names a vendor, customer or "
                                "project. Each line below is a value of the sheet that does not "
                                "name exactly one %1 record: choose the right record, and every "
                                "row with that value gets its id.")
                                     .arg(vendor),
                             this);
    intro->setWordWrap(true);
    auto *top = new QHBoxLayout;
    auto *profileLabel = new QLabel(tr("&Profile:"), this);
    profileLabel->setBuddy(m_profile);
    top->addWidget(profileLabel);
    top->addWidget(m_profile);
    top->addStretch(1);
    top->addWidget(m_refresh);
    m_lists->setForegroundRole(QPalette::PlaceholderText);
    // Wrapped labels would otherwise be squeezed to a line by the tabs below.
    for (QLabel *label : {intro, m_lists, m_status})
        label->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);
    auto *reading = new QHBoxLayout;
    reading->addWidget(m_progress, 1);
    reading->addWidget(m_cancel);

    auto *linesBar = new QHBoxLayout;
    linesBar->addWidget(m_showResolved);
    linesBar->addStretch(1);
    linesBar->addWidget(m_writeExact);
    auto *lower = new QWidget(this);
    auto *lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    lowerLayout->addWidget(m_advice);
    lowerLayout->addWidget(m_candidates, 1);
    auto *skipRow = new QHBoxLayout;
    skipRow->addStretch(1);
    skipRow->addWidget(m_skip);
    lowerLayout->addLayout(skipRow);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_lines);
    splitter->addWidget(lower);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto *valuesPage = new QWidget(this);
    auto *valuesLayout = new QVBoxLayout(valuesPage);
    valuesLayout->addLayout(linesBar);
    valuesLayout->addWidget(splitter, 1);
    m_tabs->setObjectName(QStringLiteral("ResolveTabs"));
    m_tabs->addTab(valuesPage, tr("&Values to resolve"));
    m_tabs->addTab(m_crosswalk, tr("Remembered &choices"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setAutoDefault(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(top);
    layout->addWidget(m_lists);
    layout->addLayout(reading);
    layout->addWidget(m_status);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(buttons);
    resize(920, 700);

    // Ctrl+F searches the list of the value shown, wherever the focus is.
    auto *find = new QAction(this);
    find->setShortcut(QKeySequence::Find);
    addAction(find);
    connect(find, &QAction::triggered, this, [this] {
        m_tabs->setCurrentIndex(0);
        m_candidates->searchField()->setFocus();
        m_candidates->searchField()->selectAll();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &ResolveReferencesDialog::reject);
    connect(m_refresh, &QPushButton::clicked, this, &ResolveReferencesDialog::refreshLists);
    connect(m_cancel, &QPushButton::clicked, this, &ResolveReferencesDialog::cancelReading);
    connect(m_showResolved, &QCheckBox::toggled, this, [this](bool on) {
        m_model->setShowResolved(on);
        if (m_model->rowCount() > 0)
            m_lines->selectRow(0);
        showCurrentEntry();
    });
    connect(m_writeExact, &QPushButton::clicked, this, [this] { (void)writeExactMatches(); });
    connect(m_skip, &QPushButton::clicked, this, &ResolveReferencesDialog::skip);
    // Enter on a line goes to its candidates, where Enter again uses one.
    connect(m_lines, &QTableView::activated, this,
            [this] { m_candidates->candidates()->setFocus(); });
    connect(m_lines->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ResolveReferencesDialog::showCurrentEntry);
    connect(m_candidates, &ReferenceCandidatesPane::chosen, this,
            &ResolveReferencesDialog::useCandidate);
    connect(m_crosswalk, &CrosswalkPane::forgetRequested, this,
            [this](const CrosswalkChoice &choice) { (void)forget(choice); });
    connect(m_crosswalk, &CrosswalkPane::exportRequested, this, [this] {
        auto *files = new QFileDialog(this, tr("Export Remembered Choices"), QString(),
                                      tr("CSV files (*.csv)"));
        files->setAttribute(Qt::WA_DeleteOnClose);
        files->setAcceptMode(QFileDialog::AcceptSave);
        files->setDefaultSuffix(QStringLiteral("csv"));
        files->selectFile(QStringLiteral("%1-choices.csv").arg(m_target));
        connect(files, &QFileDialog::fileSelected, this,
                [this](const QString &path) { (void)exportChoices(path); });
        files->open();
    });
}

void ResolveReferencesDialog::selectProfile(const QString &name)
{
    if (const int index = m_profile->findData(name); index >= 0)
        m_profile->setCurrentIndex(index);
}

QString ResolveReferencesDialog::statusText() const
{
    return m_status->text();
}

void ResolveReferencesDialog::setStatus(const QString &text)
{
    m_status->setText(text);
}

void ResolveReferencesDialog::start()
{
    connect(m_profile, &QComboBox::currentIndexChanged, this, [this] { reload(true); });
    if (m_profile->count() == 0) {
        const QString vendor = m_session.model(m_target)->schema().vendorLabel();
        setStatus(tr("No connection profile for %1 yet: add one in File ▸ Connection Profiles "
                     "(Ctrl+Alt+P); its lists are what the sheet is compared with.")
                          .arg(vendor));
        m_refresh->setEnabled(false);
    }
    reload(true);
    m_lines->setFocus();
}

std::optional<ConnectionProfile> ResolveReferencesDialog::profile() const
{
    const auto settings = ProfileStore::userSettings();
    return ProfileStore(*settings).find(m_profile->currentData().toString());
}

void ResolveReferencesDialog::reload(bool readMissing)
{
    const EntitySchema &schema = m_session.model(m_target)->schema();
    const auto chosen = profile();
    m_resolver.reset();
    if (chosen) {
        auto resolver = m_session.referenceResolver(m_target, *chosen);
        if (resolver)
            m_resolver.emplace(std::move(resolver).value());
        else
            setStatus(resolver.error());
    }
    const int row = qMax(0, m_lines->currentIndex().row());
    const QVector<ReferenceEntry> entries =
            m_resolver ? m_resolver->resolve(m_session.model(m_target)->records())
                       : QVector<ReferenceEntry>();
    m_model->setEntries(&schema, entries);
    m_crosswalk->setChoices(&schema,
                            m_resolver ? m_resolver->choices() : QVector<CrosswalkChoice>());
    const int exact = m_model->exactCount();
    m_writeExact->setText(tr("Write &exact matches (%1)").arg(exact));
    m_writeExact->setEnabled(exact > 0 && !isReading());
    m_tabs->setTabText(0, tr("&Values to resolve (%1)").arg(m_model->unresolvedCount()));
    m_tabs->setTabText(1, tr("Remembered &choices (%1)").arg(m_crosswalk->choices().size()));
    if (m_model->rowCount() > 0)
        m_lines->selectRow(qMin(row, m_model->rowCount() - 1));
    m_lines->resizeColumnsToContents();
    showCurrentEntry();
    showListDates();
    if (readMissing && m_resolver && !isReading() &&
        !ReferenceResolver::missingLists(schema, entries).isEmpty())
        startReading(false);
}

void ResolveReferencesDialog::showListDates()
{
    const auto chosen = profile();
    QStringList lines;
    if (chosen) {
        for (const KeptReferenceList &kept : m_session.referenceLists(chosen->name)) {
            if (!m_listLabels.contains(kept.listId))
                continue;
            const QString label = m_listLabels.value(kept.listId);
            lines.append(tr("%1: read %2, records: %3")
                                 .arg(kept.scope.isEmpty() ? label
                                                           : tr("%1 of %2").arg(label, kept.scope),
                                      QLocale().toString(kept.readAt.toLocalTime(),
                                                         QLocale::ShortFormat))
                                 .arg(kept.recordCount));
        }
    }
    m_lists->setText(lines.isEmpty() ? tr("No list of the vendor read yet.")
                                     : lines.join(QStringLiteral("   ·   ")));
}

void ResolveReferencesDialog::showCurrentEntry()
{
    const ReferenceEntry *entry = m_model->entryAt(m_lines->currentIndex().row());
    m_candidates->setEntry(m_resolver ? &*m_resolver : nullptr, entry);
    m_skip->setEnabled(entry != nullptr && m_model->rowCount() > 1);
    if (!entry) {
        m_advice->setText(m_model->entries().isEmpty() || m_model->unresolvedCount() > 0
                                  ? QString()
                                  : tr("Every reference of the sheet resolves."));
        return;
    }
    m_advice->setText(QStringLiteral("<b>%1</b> — %2")
                              .arg(ReferenceEntryModel::outcomeText(*entry).toHtmlEscaped(),
                                   ReferenceEntryModel::adviceText(*entry).toHtmlEscaped()));
}

void ResolveReferencesDialog::refreshLists()
{
    startReading(true);
}

void ResolveReferencesDialog::startReading(bool all)
{
    const auto chosen = profile();
    if (isReading() || !chosen)
        return;
    m_failed.clear();
    m_reader = m_session.makeReferenceReader(m_target, *chosen, all);
    if (!m_reader) {
        setStatus(tr("The lists cannot be read for this sheet."));
        return;
    }
    connect(m_reader.get(), &ReferenceListReader::progress, this,
            [this](const QString &message, int records) {
                setStatus(records > 0 ? tr("%1 (records so far: %2)").arg(message).arg(records)
                                      : message);
            });
    connect(m_reader.get(), &ReferenceListReader::listDone, this,
            [this](const ReferenceReadResult &result) {
                if (!result.ok)
                    m_failed.append(result);
                showListDates();
            });
    connect(m_reader.get(), &ReferenceListReader::finished, this,
            &ResolveReferencesDialog::finishReading);
    for (QWidget *w : std::initializer_list<QWidget *>{m_profile, m_refresh, m_writeExact})
        w->setEnabled(false);
    m_progress->setVisible(true);
    m_cancel->setVisible(true);
    m_cancel->setEnabled(true);
    setStatus(tr("Signing in to %1…").arg(m_session.model(m_target)->schema().vendorLabel()));
    m_reader->start();
}

void ResolveReferencesDialog::cancelReading()
{
    if (!m_reader)
        return;
    m_cancel->setEnabled(false);
    setStatus(tr("Cancelling…"));
    m_reader->cancel();
}

void ResolveReferencesDialog::finishReading(const JobOutcome &outcome)
{
    // Deleted from the event loop: this runs inside the reader's own signal.
    m_reader.release()->deleteLater();
    m_progress->setVisible(false);
    m_cancel->setVisible(false);
    m_profile->setEnabled(true);
    m_refresh->setEnabled(true);
    QStringList failures;
    for (const ReferenceReadResult &r : std::as_const(m_failed))
        failures.append(tr("%1: %2").arg(r.label.isEmpty() ? r.listId : r.label, r.error));
    QString text;
    if (outcome.isCancelled())
        text = tr("Cancelled. The lists read before stay as they were.");
    else if (outcome.isFailed())
        text = tr("The lists could not be read: %1\nThe lists read before stay as they were.")
                       .arg(outcome.message());
    else if (!failures.isEmpty())
        text = tr("Some lists could not be read; the ones read before stay:\n%1")
                       .arg(failures.join(QLatin1Char('\n')));
    else
        text = tr("Lists read. Choose a record for each value below, or skip it.");
    reload(false);
    setStatus(text);
    emit referencesChanged();
    emit readingFinished(outcome);
}

bool ResolveReferencesDialog::useCandidate(const QString &id)
{
    const ReferenceEntry *current = m_model->entryAt(m_lines->currentIndex().row());
    if (!current || !m_resolver || isReading())
        return false;
    const ReferenceEntry picked = *current;
    const Status chosen = m_resolver->choose(picked.field, picked.value, id, picked.scope);
    if (!chosen) {
        setStatus(chosen.error());
        return false;
    }
    // Resolved again, the value is Chosen: written into each of its rows as one undo step.
    QVector<ReferenceEntry> write;
    for (const ReferenceEntry &e : m_resolver->resolve(m_session.model(m_target)->records())) {
        if (e.field == picked.field && e.scope == picked.scope && e.value == picked.value)
            write.append(e);
    }
    const Result<int> written = m_session.applyReferences(*m_resolver, write);
    if (!written) {
        setStatus(written.error());
        reload(false);
        return false;
    }
    const ReferenceEntry *now = write.isEmpty() ? nullptr : &write.first();
    afterWrite(tr("“%1” is now %2 (rows written: %3); Ctrl+Z in the sheet undoes it.")
                       .arg(picked.value, now ? QStringLiteral("%1 · %2").arg(now->resolution.id,
                                                                              now->resolution.name)
                                              : id)
                       .arg(written.value()));
    return true;
}

void ResolveReferencesDialog::skip()
{
    const int rows = m_model->rowCount();
    if (rows == 0)
        return;
    m_lines->selectRow((m_lines->currentIndex().row() + 1) % rows);
    m_lines->setFocus();
}

Result<int> ResolveReferencesDialog::writeExactMatches()
{
    if (!m_resolver)
        return Result<int>::failure(tr("Choose a connection profile first."));
    QVector<ReferenceEntry> exact;
    for (const ReferenceEntry &e : m_model->entries()) {
        if (e.checked && e.resolution.outcome == ReferenceResolution::Outcome::Exact)
            exact.append(e);
    }
    const Result<int> written = m_session.applyReferences(*m_resolver, exact);
    if (!written) {
        setStatus(written.error());
        return written;
    }
    afterWrite(tr("Cells given the vendor's id: %1. Ctrl+Z in the sheet undoes it.")
                       .arg(written.value()));
    return written;
}

Status ResolveReferencesDialog::forget(const CrosswalkChoice &choice)
{
    if (!m_resolver)
        return Status::failure(tr("Choose a connection profile first."));
    const Status forgotten = m_resolver->forget(choice.field, choice.value, choice.scope);
    if (!forgotten) {
        setStatus(forgotten.error());
        return forgotten;
    }
    afterWrite(tr("Forgot that “%1” means %2. Rows that already hold its id keep it.")
                       .arg(choice.value, choice.name.isEmpty() ? choice.id : choice.name));
    return Status();
}

Status ResolveReferencesDialog::exportChoices(const QString &path)
{
    const Status written =
            m_resolver ? CrosswalkExporter::writeCsv(path, m_session.model(m_target)->schema(),
                                                     m_resolver->choices())
                       : Status::failure(tr("Choose a connection profile first."));
    setStatus(written ? tr("Remembered choices saved to %1.").arg(path) : written.error());
    return written;
}

void ResolveReferencesDialog::afterWrite(const QString &message)
{
    reload(false);
    setStatus(message);
    emit referencesChanged();
}

void ResolveReferencesDialog::reject()
{
    cancelReading();
    QDialog::reject();
}
