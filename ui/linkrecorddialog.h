#pragma once

#include <QDialog>
#include <QVector>

class QLineEdit;
class QListWidget;

// Picks the partner of an unmatched line by hand: the vendor record a sheet row is (the records
// that fit it first, then every record no row claims), or the sheet row a vendor record is.
// Narrowed by typing; keyboard first: type, arrows, Enter. The filter is "LinkFilter", the list
// "LinkChoices".
class LinkRecordDialog : public QDialog
{
    Q_OBJECT

public:
    struct Choice
    {
        int index = -1;    // the partner: a snapshot record's or a sheet row's index
        QString text;      // key, name and vendor id as a person finds them
        bool fits = false; // one of those that fit (an ambiguous row's candidates)
    };

    LinkRecordDialog(const QString &title, const QString &intro, const QVector<Choice> &choices,
                     QWidget *parent = nullptr);

    // The chosen partner's index, or -1.
    int chosen() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void applyFilter(const QString &text);

    QLineEdit *m_filter;
    QListWidget *m_list;
};
