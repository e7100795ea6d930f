#include "gui/newtask/OptionsEditor.h"

#include "ui_OptionsEditor.h"

#include "gui/widgets/FocusChain.h"
#include "gui/widgets/PaletteFollower.h"
#include "gui/widgets/StatusColors.h"
#include "models/DisplayFormat.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

// The error tint of the palette's variant, light or dark, with text that stays readable on it.
QString invalidStyle() {
    const StatusColors::Set error = StatusColors::of(StatusColors::Tone::Error);
    return u"QLineEdit[invalid=\"true\"] { border: 1px solid %1; border-radius: 3px; "
           "padding: 2px; background: %2; color: %3; }"_s.arg(
               error.accent.name(), error.background.name(), error.text.name());
}

} // namespace

OptionsEditor::OptionsEditor(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::OptionsEditor>()) {
    m_ui->setupUi(this);
    PaletteFollower::follow(this, [this] { setStyleSheet(invalidStyle()); });
    connect(m_ui->addPushButton, &QPushButton::clicked, this, [this] { addItem(-1); });
    setMode(Mode::Options);
}

OptionsEditor::~OptionsEditor() = default;

void OptionsEditor::setMode(Mode mode) {
    m_mode = mode;
    const bool options = mode == Mode::Options;
    m_ui->headerLabel->setText(options ? tr("Options") : tr("Columns"));
    m_ui->addPushButton->setText(options ? tr("Add option") : tr("Add column"));
    m_ui->addPushButton->setAccessibleName(m_ui->addPushButton->text());
    m_ui->hintLabel->setText(options ? tr("IDs 1, 2, 3\u2026 are given in this order.")
                                     : tr("Column IDs 1, 2, 3\u2026 are given in this order."));
    renumber();
}

QStringList OptionsEditor::items() const {
    QStringList result;
    for (const Row &row : m_rows)
        result.append(row.lineEdit->text());
    return result;
}

void OptionsEditor::setItems(const QStringList &items) {
    for (const Row &row : std::as_const(m_rows)) {
        row.widget->hide();
        row.widget->deleteLater();
    }
    m_rows.clear();
    for (const QString &text : items) {
        Row row = makeRow(text);
        m_ui->rowsLayout->addWidget(row.widget);
        row.widget->show();
        m_rows.append(row);
    }
    renumber();
    fixTabOrder();
}

QLineEdit *OptionsEditor::itemLineEdit(int index) const {
    return index >= 0 && index < m_rows.size() ? m_rows.at(index).lineEdit : nullptr;
}

QPushButton *OptionsEditor::addButton() const {
    return m_ui->addPushButton;
}

void OptionsEditor::setItemProblems(const QMap<int, QString> &problems) {
    for (int i = 0; i < m_rows.size(); ++i) {
        QLineEdit *edit = m_rows.at(i).lineEdit;
        const QString message = problems.value(i);
        const bool invalid = !message.isEmpty();
        if (edit->property("invalid").toBool() != invalid) {
            edit->setProperty("invalid", invalid);
            edit->style()->unpolish(edit);
            edit->style()->polish(edit);
        }
        // The message may be the server's: shown as written, never as markup.
        edit->setToolTip(DisplayFormat::toolTip(message));
        edit->setAccessibleDescription(DisplayFormat::elided(message));
    }
}

void OptionsEditor::addItem(int index) {
    if (index < 0 || index > m_rows.size())
        index = int(m_rows.size());
    Row row = makeRow(QString());
    m_ui->rowsLayout->insertWidget(index, row.widget);
    row.widget->show(); // now, not later: the focus moves into it at once
    m_rows.insert(index, row);
    renumber();
    fixTabOrder();
    row.lineEdit->setFocus(Qt::OtherFocusReason);
    Q_EMIT changed();
}

void OptionsEditor::removeItem(int index) {
    if (index < 0 || index >= m_rows.size())
        return;
    const Row row = m_rows.takeAt(index);
    const bool hadFocus = row.widget->isAncestorOf(focusWidget());
    row.widget->hide();
    row.widget->deleteLater();
    renumber();
    fixTabOrder();
    if (hadFocus) {
        if (!m_rows.isEmpty())
            m_rows.at(std::max(0, index - 1)).lineEdit->setFocus(Qt::OtherFocusReason);
        else
            m_ui->addPushButton->setFocus(Qt::OtherFocusReason);
    }
    Q_EMIT changed();
}

void OptionsEditor::moveItem(int from, int to) {
    if (from < 0 || from >= m_rows.size() || to < 0 || to >= m_rows.size() || from == to)
        return;
    QWidget *focused = focusWidget();
    const Row row = m_rows.takeAt(from);
    m_rows.insert(to, row);
    m_ui->rowsLayout->removeWidget(row.widget);
    m_ui->rowsLayout->insertWidget(to, row.widget);
    renumber();
    fixTabOrder();
    if (focused != nullptr && row.widget->isAncestorOf(focused))
        focused->setFocus(Qt::OtherFocusReason);
    Q_EMIT changed();
}

QList<QWidget *> OptionsEditor::focusOrder() const {
    QList<QWidget *> order{m_ui->addPushButton};
    for (const Row &row : m_rows)
        order << row.lineEdit << row.upButton << row.downButton << row.removeButton;
    return order;
}

OptionsEditor::Row OptionsEditor::makeRow(const QString &text) {
    Row row;
    row.widget = new QWidget(this);
    row.widget->setObjectName(u"optionRowWidget"_s);
    auto *layout = new QHBoxLayout(row.widget);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(3);
    row.idLabel = new QLabel(row.widget);
    row.idLabel->setObjectName(u"optionIdLabel"_s);
    row.idLabel->setMinimumWidth(row.idLabel->fontMetrics().horizontalAdvance(u"99"_s) + 6);
    row.idLabel->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    layout->addWidget(row.idLabel);
    row.lineEdit = new QLineEdit(text, row.widget);
    row.lineEdit->setObjectName(u"optionLineEdit"_s);
    row.lineEdit->installEventFilter(this);
    layout->addWidget(row.lineEdit, 1);
    const auto makeButton = [&row, layout](const QString &name, const QString &glyph) {
        auto *button = new QToolButton(row.widget);
        button->setObjectName(name);
        button->setText(glyph);
        button->setAutoRaise(true);
        button->setFocusPolicy(Qt::StrongFocus);
        layout->addWidget(button);
        return button;
    };
    row.upButton = makeButton(u"optionUpToolButton"_s, u"\u2191"_s);
    row.downButton = makeButton(u"optionDownToolButton"_s, u"\u2193"_s);
    row.removeButton = makeButton(u"optionRemoveToolButton"_s, u"\u00d7"_s);

    QWidget *const key = row.widget;
    connect(row.lineEdit, &QLineEdit::textEdited, this, &OptionsEditor::changed);
    connect(row.upButton, &QToolButton::clicked, this, [this, key] {
        const int index = rowOf(key);
        moveItem(index, index - 1);
    });
    connect(row.downButton, &QToolButton::clicked, this, [this, key] {
        const int index = rowOf(key);
        moveItem(index, index + 1);
    });
    connect(row.removeButton, &QToolButton::clicked, this, [this, key] { removeItem(rowOf(key)); });
    return row;
}

void OptionsEditor::renumber() {
    const QString noun = itemNoun();
    const bool options = m_mode == Mode::Options;
    for (int i = 0; i < m_rows.size(); ++i) {
        const Row &row = m_rows.at(i);
        const QString number = QString::number(i + 1);
        row.idLabel->setText(number);
        row.idLabel->setToolTip(tr("Sent with ID %1").arg(number));
        row.lineEdit->setAccessibleName(tr("%1 %2").arg(noun, number));
        row.lineEdit->setPlaceholderText(tr("%1 %2").arg(noun, number));
        row.upButton->setEnabled(i > 0);
        row.downButton->setEnabled(i + 1 < m_rows.size());
        // Whole sentences per mode: a lower-cased noun does not translate (German capitalises).
        row.upButton->setAccessibleName(options ? tr("Move option %1 up").arg(number)
                                                : tr("Move column %1 up").arg(number));
        row.upButton->setToolTip(row.upButton->accessibleName());
        row.downButton->setAccessibleName(options ? tr("Move option %1 down").arg(number)
                                                  : tr("Move column %1 down").arg(number));
        row.downButton->setToolTip(row.downButton->accessibleName());
        row.removeButton->setAccessibleName(options ? tr("Remove option %1").arg(number)
                                                    : tr("Remove column %1").arg(number));
        row.removeButton->setToolTip(row.removeButton->accessibleName());
    }
}

void OptionsEditor::fixTabOrder() {
    const QList<QWidget *> order = focusOrder();
    FocusChain::placeAfter(order.first(), order.mid(1));
}

int OptionsEditor::rowOf(const QObject *object) const {
    for (int i = 0; i < m_rows.size(); ++i) {
        const Row &row = m_rows.at(i);
        if (row.widget == object || row.lineEdit == object)
            return i;
    }
    return -1;
}

QString OptionsEditor::itemNoun() const {
    return m_mode == Mode::Options ? tr("Option") : tr("Column");
}

bool OptionsEditor::eventFilter(QObject *watched, QEvent *event) {
    if (event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    const int index = rowOf(watched);
    if (index < 0)
        return QWidget::eventFilter(watched, event);
    const auto *key = static_cast<QKeyEvent *>(event);
    const Qt::KeyboardModifiers modifiers = key->modifiers() & ~Qt::KeypadModifier;
    QLineEdit *edit = m_rows.at(index).lineEdit;
    switch (key->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (modifiers != Qt::NoModifier)
            return false; // Ctrl+Enter sends the form
        if (index + 1 < m_rows.size())
            m_rows.at(index + 1).lineEdit->setFocus(Qt::TabFocusReason);
        else if (!edit->text().trimmed().isEmpty())
            addItem(index + 1);
        return true;
    case Qt::Key_Backspace:
        if (modifiers == Qt::NoModifier && edit->text().isEmpty()) {
            removeItem(index);
            return true;
        }
        return false;
    case Qt::Key_Up:
    case Qt::Key_Down:
        if (modifiers == Qt::AltModifier) {
            moveItem(index, index + (key->key() == Qt::Key_Up ? -1 : 1));
            return true;
        }
        return false;
    default:
        return false;
    }
}
