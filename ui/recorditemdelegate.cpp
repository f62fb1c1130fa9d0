#include "recorditemdelegate.h"

#include "entityschema.h"
#include "importformats.h"
#include "recordtablemodel.h"
#include "recordvalidator.h"
#include "referenceindex.h"
#include "valuecodec.h"
#include "valueconverter.h"

#include <QApplication>
#include <QComboBox>
#include <QCompleter>
#include <QDate>
#include <QLineEdit>
#include <QStandardItemModel>
#include <QStyle>

RecordItemDelegate::RecordItemDelegate(const EntitySchema &schema, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_schema(schema)
{}

QString RecordItemDelegate::dateFormat() const
{
    QString format = m_locale.dateFormat(QLocale::ShortFormat);
    if (!format.contains(QLatin1String("yyyy")))
        format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    return format;
}

ImportFormats RecordItemDelegate::formats() const
{
    ImportFormats f;
    f.decimalSeparator = m_locale.decimalPoint().at(0);
    const QString format = m_locale.dateFormat(QLocale::ShortFormat).toLower();
    const qsizetype day = format.indexOf(QLatin1Char('d'));
    const qsizetype month = format.indexOf(QLatin1Char('m'));
    if (day >= 0 && month >= 0 && format.indexOf(QLatin1Char('y')) > qMax(day, month))
        f.dateOrder = day < month ? ImportFormats::DateOrder::DayMonthYear
                                  : ImportFormats::DateOrder::MonthDayYear;
    return f;
}

QString RecordItemDelegate::canonicalText(int field, const QString &typed) const
{
    if (field < 0 || field >= m_schema.fieldCount())
        return typed;
    const FieldSpec &spec = m_schema.field(field);
    if (typed.trimmed().isEmpty())
        return QString();
    if (spec.type == FieldType::Date) {
        const QDate local = m_locale.toDate(typed.trimmed(), dateFormat());
        if (local.isValid())
            return local.toString(Qt::ISODate);
    }
    if (spec.type == FieldType::String || spec.type == FieldType::Reference)
        return typed;
    QString text = typed;
    if (spec.type == FieldType::Decimal || spec.type == FieldType::Integer) {
        // The locale's group separator ("1,250.50", "1.250,50", "1 250,50") is only grouping.
        const QString group = m_locale.groupSeparator();
        if (!group.isEmpty() && group != m_locale.decimalPoint())
            text.remove(group);
    }
    const auto parsed = ValueConverter(formats()).convert(spec, text);
    if (!parsed.problem.isEmpty() || ValueCodec::isRaw(parsed.value))
        return typed;
    return ValueCodec::toText(spec, parsed.value);
}

QWidget *RecordItemDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                          const QModelIndex &index) const
{
    const int column = index.column();
    if (column < 0 || column >= m_schema.fieldCount())
        return QStyledItemDelegate::createEditor(parent, option, index);
    const FieldSpec &field = m_schema.field(column);
    QWidget *editor = nullptr;
    if (field.type == FieldType::Enum) {
        auto *combo = new QComboBox(parent);
        combo->addItem(tr("(empty)"), QString());
        for (const EnumValue &v : field.values)
            combo->addItem(v.label.isEmpty() ? v.value : v.label, v.value);
        editor = combo;
    } else {
        auto *line = new QLineEdit(parent);
        line->setFrame(false);
        if (field.type == FieldType::Date)
            line->setPlaceholderText(dateFormat().toUpper());
        if (!field.referenceList.isEmpty())
            offerReferences(line, index);
        editor = line;
    }
    editor->setToolTip(RecordValidator::expectation(field));
    editor->setAccessibleName(field.label);
    return editor;
}

void RecordItemDelegate::offerReferences(QLineEdit *line, const QModelIndex &index) const
{
    if (!m_sheet)
        return;
    const int row = m_sheet->rowOfRecord(index.data(RecordTableModel::RecordIdRole).toLongLong());
    const ReferenceIndex *list = m_sheet->referenceList(row, index.column());
    if (!list)
        return; // no list kept: a plain editor, the text goes as typed
    // "Acme Concrete Inc. · 8041 · V-100": found by any part; picking one writes the id.
    auto *choices = new QStandardItemModel(line);
    for (const ReferenceRecord &record : list->records()) {
        if (!record.active)
            continue;
        QStringList parts{record.name, record.id};
        for (const QString &code : {record.originCode, record.number, record.originId}) {
            if (!code.isEmpty() && !parts.contains(code)) {
                parts.append(code);
                break;
            }
        }
        auto *item = new QStandardItem(parts.join(QStringLiteral(" · ")));
        item->setData(record.id, Qt::UserRole);
        choices->appendRow(item);
    }
    auto *completer = new QCompleter(choices, line);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    completer->setCompletionMode(QCompleter::PopupCompletion);
    completer->setMaxVisibleItems(12);
    line->setCompleter(completer);
    // After the line edit took the picked text (it connected first): a pick is the answer.
    connect(completer, qOverload<const QString &>(&QCompleter::activated), this,
            &RecordItemDelegate::commitPick);
    line->setPlaceholderText(tr("Type a name, code or id"));
}

void RecordItemDelegate::commitPick()
{
    const auto *completer = qobject_cast<const QCompleter *>(sender());
    if (QWidget *editor = completer ? completer->widget() : nullptr) {
        emit commitData(editor);
        emit closeEditor(editor, QAbstractItemDelegate::NoHint);
    }
}

void RecordItemDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    const int column = index.column();
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        const int at = combo->findData(index.data(Qt::EditRole).toString());
        combo->setCurrentIndex(qMax(0, at));
        return;
    }
    auto *line = qobject_cast<QLineEdit *>(editor);
    if (!line || column < 0 || column >= m_schema.fieldCount()) {
        QStyledItemDelegate::setEditorData(editor, index);
        return;
    }
    const FieldSpec &field = m_schema.field(column);
    const QVariant typed = index.data(RecordTableModel::TypedValueRole);
    if (ValueCodec::isRaw(typed) || ValueCodec::isEmpty(typed)) {
        line->setText(index.data(Qt::EditRole).toString());
        return;
    }
    switch (field.type) {
    case FieldType::Date:
        line->setText(m_locale.toString(typed.toDate(), dateFormat()));
        break;
    case FieldType::Decimal: {
        // Without grouping, with the locale's decimal point: easy to retype.
        QString text = ValueCodec::toText(field, typed);
        text.replace(QLatin1Char('.'), m_locale.decimalPoint());
        line->setText(text);
        break;
    }
    default:
        line->setText(index.data(Qt::EditRole).toString());
        break;
    }
}

void RecordItemDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                      const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        model->setData(index, combo->currentData().toString(), Qt::EditRole);
        return;
    }
    if (auto *line = qobject_cast<QLineEdit *>(editor)) {
        if (const QCompleter *completer = line->completer(); completer && completer->model()) {
            // A record picked from the vendor's list: its id, not the words shown for it.
            const QAbstractItemModel *choices = completer->model();
            const QModelIndexList picked =
                    choices->match(choices->index(0, 0), Qt::DisplayRole, line->text(), 1,
                                   Qt::MatchFixedString | Qt::MatchCaseSensitive);
            if (!picked.isEmpty()) {
                model->setData(index, picked.constFirst().data(Qt::UserRole), Qt::EditRole);
                return;
            }
        }
        model->setData(index, canonicalText(index.column(), line->text()), Qt::EditRole);
        return;
    }
    QStyledItemDelegate::setModelData(editor, model, index);
}

void RecordItemDelegate::initStyleOption(QStyleOptionViewItem *option,
                                         const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const QVariant severity = index.data(RecordTableModel::IssueSeverityRole);
    if (!severity.isValid())
        return;
    const QStyle *style = option->widget ? option->widget->style() : QApplication::style();
    const bool error = severity.toInt() == int(ValidationIssue::Severity::Error);
    option->icon = style->standardIcon(error ? QStyle::SP_MessageBoxCritical
                                             : QStyle::SP_MessageBoxWarning);
    option->features |= QStyleOptionViewItem::HasDecoration;
    const int size = style->pixelMetric(QStyle::PM_SmallIconSize, nullptr, option->widget);
    option->decorationSize = QSize(size, size);
}
