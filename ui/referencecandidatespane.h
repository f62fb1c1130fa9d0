#pragma once

#include "referenceresolution.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;
class ReferenceResolver;
struct ReferenceEntry;

// The records one reference value could mean: the candidates resolving found, with what tells
// them apart (name, id, ERP code, city, active, how near the name is), or what a search of the
// whole kept list finds. Enter, a double-click or "Use this" emits chosen() for an active
// record; an inactive one is shown greyed with why it cannot be chosen.
class ReferenceCandidatesPane : public QWidget
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        IdColumn,
        CodeColumn,
        DetailColumn,
        ActiveColumn,
        ScoreColumn,
        ColumnCount
    };

    explicit ReferenceCandidatesPane(QWidget *parent = nullptr);

    // Shows the entry's candidates, searching through `resolver` (both must outlive the next
    // call); nullptr entry: nothing to choose.
    void setEntry(const ReferenceResolver *resolver, const ReferenceEntry *entry);
    QTreeWidget *candidates() const { return m_candidates; }
    QLineEdit *searchField() const { return m_search; }
    QPushButton *useButton() const { return m_use; }
    // Chooses the current candidate when it is active; false otherwise.
    bool useCurrent();

signals:
    void chosen(const QString &id);

private:
    void search();
    void showCandidates(const QVector<ReferenceResolution::Candidate> &candidates, bool searched);
    void updateUse();

    const ReferenceResolver *m_resolver = nullptr;
    QString m_field;
    QString m_scope;
    QVector<ReferenceResolution::Candidate> m_suggested;
    QLabel *m_heading;
    QTreeWidget *m_candidates;
    QLineEdit *m_search;
    QPushButton *m_use;
};
