#pragma once

#include <QLocale>
#include <QStyledItemDelegate>

class EntitySchema;
class QLineEdit;
class RecordTableModel;
struct ImportFormats;

// Cells of a target sheet: an issue icon on cells with a problem, and an editor by field type —
// enum values as a list of the vendor's labels, dates typed the way the user's locale writes
// them (or ISO, US or European), numbers with the locale's decimal and group separators. What
// cannot be read is still saved as typed and shown as an error, never dropped. A reference cell
// offers the vendor's list the sheet keeps (a completer); picking a record writes its id.
class RecordItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    RecordItemDelegate(const EntitySchema &schema, QObject *parent = nullptr);

    void setLocale(const QLocale &locale) { m_locale = locale; }
    // The sheet whose reference lists the editors offer (the view may show it through a proxy).
    void setSheet(const RecordTableModel *sheet) { m_sheet = sheet; }

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;

    // Typed text as the field's canonical text ("31.03.2026" -> "2026-03-31" in a German
    // locale); the text itself when it cannot be read, so the cell shows the problem.
    QString canonicalText(int field, const QString &typed) const;
    // The locale's short date format with a four-digit year ("M/d/yyyy", "dd.MM.yyyy").
    QString dateFormat() const;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    ImportFormats formats() const;
    void commitPick();
    void offerReferences(QLineEdit *line, const QModelIndex &index) const;

    const EntitySchema &m_schema;
    QLocale m_locale;
    const RecordTableModel *m_sheet = nullptr;
};
