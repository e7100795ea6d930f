#include "gui/answers/AnswerInput.h"

#include "core/domain/Group.h"
#include "core/domain/Member.h"
#include "core/session/DirectoryCache.h"
#include "gui/newtask/AssigneePicker.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

/// The layout for an input's own widgets, under its caption.
QVBoxLayout *columnLayout(QWidget *input) {
    auto *layout = new QVBoxLayout;
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    static_cast<QVBoxLayout *>(input->layout())->addLayout(layout);
    return layout;
}

/// Short text, long text, email.
class TextInput final : public AnswerInput {
public:
    TextInput(const FormField &field, QWidget *parent)
        : AnswerInput(field, parent) {
        QVBoxLayout *layout = columnLayout(this);
        if (field.type == FormField::Type::Textarea) {
            m_box = new QPlainTextEdit(this);
            m_box->setTabChangesFocus(true);
            const int line = m_box->fontMetrics().lineSpacing();
            m_box->setMinimumHeight(line * 4);
            m_box->setMaximumHeight(line * 8);
            layout->addWidget(m_box);
            connect(m_box, &QPlainTextEdit::textChanged, this, &AnswerInput::changed);
        } else {
            m_line = new QLineEdit(this);
            if (field.type == FormField::Type::Email)
                m_line->setPlaceholderText(AnswerInput::tr("name@example.com"));
            layout->addWidget(m_line);
            // textChanged, not textEdited: a screen reader sets the text without typing it.
            connect(m_line, &QLineEdit::textChanged, this, &AnswerInput::changed);
        }
    }

    FormAnswer answer() const override {
        return FormAnswer::ofText(field().type, m_box ? m_box->toPlainText() : m_line->text());
    }
    void setAnswer(const FormAnswer &answer) override {
        const QSignalBlocker blockBox(m_box);
        const QSignalBlocker blockLine(m_line);
        if (m_box)
            m_box->setPlainText(answer.text);
        else
            m_line->setText(answer.text);
    }
    QWidget *focusTarget() const override { return m_box ? static_cast<QWidget *>(m_box) : m_line; }

private:
    QPlainTextEdit *m_box = nullptr;
    QLineEdit *m_line = nullptr;
};

/// Radio buttons: one of the field's options, or none.
class RadioInput final : public AnswerInput {
public:
    RadioInput(const FormField &field, QWidget *parent)
        : AnswerInput(field, parent)
        , m_group(new QButtonGroup(this))
        , m_none(new QRadioButton(AnswerInput::tr("No answer"), this)) {
        QVBoxLayout *layout = columnLayout(this);
        m_group->addButton(m_none, NoneId);
        layout->addWidget(m_none);
        for (int i = 0; i < field.options.size(); ++i) {
            auto *button = new QRadioButton(field.options.at(i).text, this);
            m_group->addButton(button, i);
            layout->addWidget(button);
        }
        m_none->setChecked(true);
        connect(m_group, &QButtonGroup::idToggled, this, [this](int, bool checked) {
            if (checked)
                Q_EMIT changed();
        });
    }

    FormAnswer answer() const override {
        const int index = m_group->checkedId();
        if (index < 0 || index >= field().options.size()) // NoneId too
            return FormAnswer::cleared(FormField::Type::Radio);
        return FormAnswer::ofRadio(field().options.at(index).text);
    }
    void setAnswer(const FormAnswer &answer) override {
        const QSignalBlocker block(m_group);
        QAbstractButton *chosen = m_none;
        for (int i = 0; i < field().options.size(); ++i) {
            if (field().options.at(i).text == answer.text)
                chosen = m_group->button(i);
        }
        chosen->setChecked(true);
    }
    QWidget *focusTarget() const override {
        QAbstractButton *checked = m_group->checkedButton();
        return checked ? checked : m_group->buttons().constFirst();
    }

private:
    static constexpr int NoneId = 1000000;

    QButtonGroup *m_group;
    QRadioButton *m_none;
};

/// A drop-down list of the field's options, "No answer" first.
class DropdownInput final : public AnswerInput {
public:
    DropdownInput(const FormField &field, QWidget *parent)
        : AnswerInput(field, parent)
        , m_combo(new QComboBox(this)) {
        columnLayout(this)->addWidget(m_combo);
        m_combo->addItem(AnswerInput::tr("No answer"));
        for (const FormField::Option &option : field.options)
            m_combo->addItem(option.text);
        connect(m_combo, &QComboBox::currentIndexChanged, this, &AnswerInput::changed);
    }

    FormAnswer answer() const override {
        const int index = m_combo->currentIndex() - 1;
        if (index < 0 || index >= field().options.size())
            return FormAnswer::cleared(FormField::Type::Dropdown);
        return FormAnswer::ofDropdown(field().options.at(index));
    }
    void setAnswer(const FormAnswer &answer) override {
        const QSignalBlocker block(m_combo);
        int index = 0;
        for (int i = 0; answer.choice && i < field().options.size(); ++i) {
            const FormField::Option &option = field().options.at(i);
            if (option.id == answer.choice->id && option.text == answer.choice->text)
                index = i + 1;
        }
        m_combo->setCurrentIndex(index);
    }
    QWidget *focusTarget() const override { return m_combo; }

private:
    QComboBox *m_combo;
};

/// A check box per option.
class MultiselectInput final : public AnswerInput {
public:
    MultiselectInput(const FormField &field, QWidget *parent)
        : AnswerInput(field, parent) {
        QVBoxLayout *layout = columnLayout(this);
        for (const FormField::Option &option : field.options) {
            auto *box = new QCheckBox(option.text, this);
            layout->addWidget(box);
            m_boxes.append(box);
            connect(box, &QCheckBox::toggled, this, &AnswerInput::changed);
        }
        if (m_boxes.isEmpty())
            layout->addWidget(
                new QLabel(AnswerInput::tr("This field has no options to choose."), this));
    }

    FormAnswer answer() const override {
        QList<FormField::Option> chosen;
        for (qsizetype i = 0; i < m_boxes.size(); ++i) {
            if (m_boxes.at(i)->isChecked())
                chosen.append(field().options.at(i));
        }
        return FormAnswer::ofMultiselect(chosen);
    }
    void setAnswer(const FormAnswer &answer) override {
        for (qsizetype i = 0; i < m_boxes.size(); ++i) {
            const QSignalBlocker block(m_boxes.at(i));
            m_boxes.at(i)->setChecked(answer.choices.contains(field().options.at(i)));
        }
    }
    QWidget *focusTarget() const override {
        return m_boxes.isEmpty() ? const_cast<MultiselectInput *>(this)
                                 : static_cast<QWidget *>(m_boxes.constFirst());
    }

private:
    QList<QCheckBox *> m_boxes;
};

/// A date and time in local time, or none; sent in UTC to the minute.
class DateInput final : public AnswerInput {
public:
    DateInput(const FormField &field, QWidget *parent)
        : AnswerInput(field, parent)
        , m_set(new QCheckBox(AnswerInput::tr("Answer with a date"), this))
        , m_edit(new QDateTimeEdit(this)) {
        auto *layout = new QHBoxLayout;
        layout->setContentsMargins(0, 0, 0, 0);
        static_cast<QVBoxLayout *>(this->layout())->addLayout(layout);
        layout->addWidget(m_set);
        layout->addWidget(m_edit);
        layout->addStretch(1);
        m_edit->setCalendarPopup(true);
        m_edit->setDisplayFormat(u"yyyy-MM-dd HH:mm"_s);
        m_edit->setTimeSpec(Qt::LocalTime);
        m_edit->setAccessibleName(field.label);
        m_edit->setDateTime(defaultDate());
        m_edit->setEnabled(false);
        connect(m_set, &QCheckBox::toggled, this, [this](bool on) {
            m_edit->setEnabled(on);
            Q_EMIT changed();
        });
        connect(m_edit, &QDateTimeEdit::dateTimeChanged, this, &AnswerInput::changed);
    }

    FormAnswer answer() const override {
        if (!m_set->isChecked())
            return FormAnswer::cleared(FormField::Type::Date);
        QDateTime local = m_edit->dateTime();
        local.setTime(QTime(local.time().hour(), local.time().minute()));
        return FormAnswer::ofDate(local.toUTC());
    }
    void setAnswer(const FormAnswer &answer) override {
        const QSignalBlocker blockSet(m_set);
        const QSignalBlocker blockEdit(m_edit);
        m_set->setChecked(answer.date.isValid());
        m_edit->setEnabled(answer.date.isValid());
        m_edit->setDateTime(answer.date.isValid() ? answer.date.toLocalTime() : defaultDate());
    }
    QWidget *focusTarget() const override {
        return m_set->isChecked() ? static_cast<QWidget *>(m_edit) : m_set;
    }

private:
    static QDateTime defaultDate() {
        return QDateTime(QDate::currentDate(), QTime(9, 0), Qt::LocalTime);
    }

    QCheckBox *m_set;
    QDateTimeEdit *m_edit;
};

/// The field's columns, a row per answer row, and buttons to add and remove rows.
class TableInput final : public AnswerInput {
public:
    TableInput(const FormField &field, QWidget *parent)
        : AnswerInput(field, parent)
        , m_table(new QTableWidget(this)) {
        QVBoxLayout *layout = columnLayout(this);
        QStringList headers;
        for (const FormField::Column &column : field.columns)
            headers.append(column.label);
        if (headers.isEmpty())
            headers.append(AnswerInput::tr("Value"));
        m_table->setColumnCount(int(headers.size()));
        m_table->setHorizontalHeaderLabels(headers);
        m_table->horizontalHeader()->setStretchLastSection(true);
        m_table->setTabKeyNavigation(false);
        m_table->setMinimumHeight(m_table->fontMetrics().lineSpacing() * 6);
        layout->addWidget(m_table);
        auto *buttons = new QHBoxLayout;
        auto *add = new QPushButton(AnswerInput::tr("Add row"), this);
        auto *remove = new QPushButton(AnswerInput::tr("Remove row"), this);
        buttons->addWidget(add);
        buttons->addWidget(remove);
        buttons->addStretch(1);
        layout->addLayout(buttons);
        connect(add, &QPushButton::clicked, this, [this] {
            m_table->insertRow(m_table->rowCount());
            m_table->setCurrentCell(m_table->rowCount() - 1, 0);
            m_table->setFocus();
        });
        connect(remove, &QPushButton::clicked, this, [this] {
            const int row = m_table->currentRow();
            if (row < 0)
                return;
            m_table->removeRow(row);
            Q_EMIT changed();
        });
        connect(m_table, &QTableWidget::itemChanged, this, &AnswerInput::changed);
        setAnswer(FormAnswer::cleared(FormField::Type::Table));
    }

    FormAnswer answer() const override {
        QList<QStringList> rows;
        for (int row = 0; row < m_table->rowCount(); ++row) {
            QStringList cells;
            bool blank = true;
            for (int column = 0; column < m_table->columnCount(); ++column) {
                const QTableWidgetItem *item = m_table->item(row, column);
                cells.append(item ? item->text() : QString());
                blank = blank && cells.constLast().trimmed().isEmpty();
            }
            if (!blank)
                rows.append(cells);
        }
        return FormAnswer::ofTable(rows);
    }
    void setAnswer(const FormAnswer &answer) override {
        const QSignalBlocker block(m_table);
        m_table->setRowCount(0);
        for (const QStringList &cells : answer.rows) {
            const int row = m_table->rowCount();
            m_table->insertRow(row);
            for (int column = 0; column < m_table->columnCount() && column < cells.size(); ++column)
                m_table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
        }
        if (m_table->rowCount() == 0)
            m_table->insertRow(0);
    }
    QWidget *focusTarget() const override { return m_table; }

private:
    QTableWidget *m_table;
};

/// Members, guests and groups, with the new-task form's picker.
class AssigneesInput final : public AnswerInput {
public:
    AssigneesInput(const FormField &field, DirectoryCache *cache, QWidget *parent)
        : AnswerInput(field, parent)
        , m_picker(new AssigneePicker(this))
        , m_cache(cache) {
        columnLayout(this)->addWidget(m_picker);
        if (cache)
            m_picker->setCache(cache);
        connect(m_picker, &AssigneePicker::changed, this, &AnswerInput::changed);
    }

    FormAnswer answer() const override {
        TaskOwners owners;
        for (const OneOffTaskDraft::User &user : m_picker->users())
            owners.users.append(TaskOwners::User{user.id, user.displayName, {}});
        owners.guests = m_picker->guests();
        for (const OneOffTaskDraft::Group &group : m_picker->groups())
            owners.groups.append(TaskOwners::Group{group.id, group.name});
        return FormAnswer::ofAssignees(owners);
    }
    void setAnswer(const FormAnswer &answer) override {
        QList<OneOffTaskDraft::User> users;
        for (const TaskOwners::User &user : answer.assignees.users) {
            QString name = user.fullName;
            if (name.isEmpty() && m_cache)
                name = m_cache->member(user.id).value_or(Member{}).fullName;
            users.append(
                {user.id, name.isEmpty() ? AnswerInput::tr("Member #%1").arg(user.id) : name});
        }
        QList<OneOffTaskDraft::Group> groups;
        for (const TaskOwners::Group &group : answer.assignees.groups) {
            QString name = group.name;
            if (name.isEmpty() && m_cache)
                name = m_cache->group(group.id).value_or(Group{}).name;
            groups.append(
                {group.id, name.isEmpty() ? AnswerInput::tr("Group %1").arg(group.id) : name});
        }
        m_picker->setAssignees(users, answer.assignees.guests, groups);
    }
    QWidget *focusTarget() const override { return m_picker->lineEdit(); }

private:
    AssigneePicker *m_picker;
    DirectoryCache *m_cache;
};

/// Files, unknown types and answers not understood: shown, not changed.
class ReadOnlyInput final : public AnswerInput {
public:
    ReadOnlyInput(const FormField &field, QWidget *parent)
        : AnswerInput(field, parent)
        , m_label(new QLabel(this)) {
        m_label->setObjectName(u"readOnlyAnswerLabel"_s);
        columnLayout(this)->addWidget(m_label);
        m_label->setWordWrap(true);
        m_label->setTextFormat(Qt::PlainText);
        m_label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        m_label->setFocusPolicy(Qt::StrongFocus);
        const QString answer =
            field.isAnswered() ? field.answerText() : AnswerInput::tr("No answer");
        QString why;
        if (field.type == FormField::Type::File)
            why = AnswerInput::tr("Files are uploaded in Tallyfy; Taskdesk cannot upload them.");
        else if (field.type == FormField::Type::Unknown)
            why = AnswerInput::tr("Taskdesk cannot edit fields of the type “%1”.")
                      .arg(field.typeName);
        else
            why = AnswerInput::tr("This answer is in a form Taskdesk cannot edit.");
        m_label->setText(u"%1\n%2"_s.arg(answer, why));
        m_label->setAccessibleName(field.label);
    }

    FormAnswer answer() const override { return m_answer; }
    void setAnswer(const FormAnswer &answer) override { m_answer = answer; }
    bool isEditable() const override { return false; }
    QWidget *focusTarget() const override { return m_label; }

private:
    QLabel *m_label;
    FormAnswer m_answer;
};

} // namespace

AnswerInput::AnswerInput(const FormField &field, QWidget *parent)
    : QWidget(parent)
    , m_field(field)
    , m_caption(new QLabel(this)) {
    setAccessibleName(field.label);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    m_caption->setTextFormat(Qt::PlainText);
    m_caption->setWordWrap(true);
    m_caption->hide();
    layout->addWidget(m_caption);
}

void AnswerInput::setCaption(const QString &text) {
    m_caption->setText(text);
    m_caption->setBuddy(focusTarget());
    m_caption->setVisible(!text.isEmpty());
}

AnswerInput::~AnswerInput() = default;

AnswerInput *AnswerInput::create(const FormField &field, DirectoryCache *cache, QWidget *parent) {
    const FormAnswer current = FormAnswer::fromField(field);
    AnswerInput *input = nullptr;
    if (!current.editable) {
        input = new ReadOnlyInput(field, parent);
    } else {
        switch (field.type) {
        case FormField::Type::Text:
        case FormField::Type::Textarea:
        case FormField::Type::Email:
            input = new TextInput(field, parent);
            break;
        case FormField::Type::Radio:
            input = new RadioInput(field, parent);
            break;
        case FormField::Type::Dropdown:
            input = new DropdownInput(field, parent);
            break;
        case FormField::Type::Multiselect:
            input = new MultiselectInput(field, parent);
            break;
        case FormField::Type::Date:
            input = new DateInput(field, parent);
            break;
        case FormField::Type::Table:
            input = new TableInput(field, parent);
            break;
        case FormField::Type::AssigneesForm:
            input = new AssigneesInput(field, cache, parent);
            break;
        case FormField::Type::File:
        case FormField::Type::Unknown:
            input = new ReadOnlyInput(field, parent);
            break;
        }
    }
    input->setAnswer(current);
    if (input->focusTarget() != input && input->focusTarget()->accessibleName().isEmpty())
        input->focusTarget()->setAccessibleName(field.label);
    return input;
}
