#pragma once

#include "joboutcome.h"
#include "referencedata.h"
#include "referencelistreader.h"
#include "referenceresolver.h"
#include "result.h"

#include <QDialog>
#include <QHash>

#include <memory>
#include <optional>

class CrosswalkPane;
class QCheckBox;
class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTabWidget;
class QTableView;
class ReferenceCandidatesPane;
class ReferenceEntryModel;
class WorkspaceSession;

// Resolve References for one target's sheet: the vendor's lists read (when not kept yet, or
// on Refresh) with progress and Cancel; one line per distinct unresolved value with its rows,
// outcome and candidates to choose, skip or search; the exact matches written once seen; the
// remembered choices to forget or export. Every write is one undo step of the session, after
// which the lines are resolved afresh. Rules live in ReferenceResolver and the session.
class ResolveReferencesDialog : public QDialog
{
    Q_OBJECT

public:
    ResolveReferencesDialog(WorkspaceSession &session, const QString &target,
                            QWidget *parent = nullptr);
    ~ResolveReferencesDialog() override;

    QComboBox *profileBox() const { return m_profile; }
    void selectProfile(const QString &name);
    bool isReading() const { return m_reader != nullptr; }
    QString statusText() const;
    ReferenceEntryModel *entryModel() const { return m_model; }
    QTableView *lines() const { return m_lines; }
    ReferenceCandidatesPane *candidatesPane() const { return m_candidates; }
    CrosswalkPane *crosswalkPane() const { return m_crosswalk; }

    // What the buttons do, for the keyboard and tests alike.
    void refreshLists();
    void cancelReading();
    bool useCandidate(const QString &id);
    void skip();
    Result<int> writeExactMatches();
    Status forget(const CrosswalkChoice &choice);
    Status exportChoices(const QString &path);

    void reject() override;

signals:
    // Reading the lists ended (the JobOutcome convention).
    void readingFinished(const JobOutcome &outcome);
    // Ids were written into the sheet or a choice changed: the sheet's checks are stale.
    void referencesChanged();

private:
    void buildLayout();
    void start();
    std::optional<ConnectionProfile> profile() const;
    // A new resolver and lines; reads the missing lists first when `readMissing`.
    void reload(bool readMissing);
    void startReading(bool all);
    void finishReading(const JobOutcome &outcome);
    void showListDates();
    void showCurrentEntry();
    void afterWrite(const QString &message);
    void setStatus(const QString &text);

    WorkspaceSession &m_session;
    QString m_target;
    std::optional<ReferenceResolver> m_resolver;
    std::unique_ptr<ReferenceListReader> m_reader;
    QVector<ReferenceReadResult> m_failed;
    QHash<QString, QString> m_listLabels; // list id -> "Procore company vendors"

    QComboBox *m_profile;
    QLabel *m_lists;
    QPushButton *m_refresh;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    QLabel *m_status;
    QTabWidget *m_tabs;
    QCheckBox *m_showResolved;
    QPushButton *m_writeExact;
    QTableView *m_lines;
    ReferenceEntryModel *m_model;
    QLabel *m_advice;
    ReferenceCandidatesPane *m_candidates;
    QPushButton *m_skip;
    CrosswalkPane *m_crosswalk;
};
