#include "gui/lookup/JsonFindBar.h"

#include "ui_JsonFindBar.h"

#include "gui/widgets/StatusColors.h"

#include <QKeyEvent>
#include <QPlainTextEdit>
#include <QTextCursor>

using namespace Qt::StringLiterals;

JsonFindBar::JsonFindBar(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::JsonFindBar>()) {
    m_ui->setupUi(this);
    setObjectName(u"jsonFindBar"_s);
    m_ui->findLineEdit->installEventFilter(this);

    connect(m_ui->findLineEdit, &QLineEdit::textEdited, this,
            [this] { find({}, /*fromSelectionStart=*/true); });
    connect(m_ui->nextToolButton, &QToolButton::clicked, this, &JsonFindBar::findNext);
    connect(m_ui->previousToolButton, &QToolButton::clicked, this, &JsonFindBar::findPrevious);
    connect(m_ui->closeToolButton, &QToolButton::clicked, this, &JsonFindBar::dismiss);
    connect(m_ui->matchCaseCheckBox, &QCheckBox::toggled, this,
            [this] { find({}, /*fromSelectionStart=*/true); });
}

JsonFindBar::~JsonFindBar() = default;

void JsonFindBar::setTarget(QPlainTextEdit *target) {
    m_target = target;
}

void JsonFindBar::activate() {
    show();
    m_ui->findLineEdit->setFocus(Qt::ShortcutFocusReason);
    m_ui->findLineEdit->selectAll();
}

void JsonFindBar::dismiss() {
    hide();
    showResult({}, false);
    if (m_target)
        m_target->setFocus(Qt::OtherFocusReason);
}

QString JsonFindBar::searchText() const {
    return m_ui->findLineEdit->text();
}

void JsonFindBar::setSearchText(const QString &text) {
    m_ui->findLineEdit->setText(text);
}

bool JsonFindBar::findNext() {
    return find({}, false);
}

bool JsonFindBar::findPrevious() {
    return find(QTextDocument::FindBackward, false);
}

bool JsonFindBar::find(QTextDocument::FindFlags direction, bool fromSelectionStart) {
    const QString text = m_ui->findLineEdit->text();
    if (!m_target || text.isEmpty()) {
        showResult({}, false);
        return false;
    }
    QTextDocument::FindFlags flags = direction;
    if (m_ui->matchCaseCheckBox->isChecked())
        flags |= QTextDocument::FindCaseSensitively;

    QTextCursor cursor = m_target->textCursor();
    if (fromSelectionStart) {
        // While typing, the match grows in place instead of jumping to the next one.
        cursor.setPosition(cursor.selectionStart());
        m_target->setTextCursor(cursor);
    }
    if (m_target->find(text, flags)) {
        showResult({}, false);
        return true;
    }
    // Wrap around: start again from the other end.
    QTextCursor wrapped(m_target->document());
    wrapped.movePosition(direction.testFlag(QTextDocument::FindBackward) ? QTextCursor::End
                                                                         : QTextCursor::Start);
    m_target->setTextCursor(wrapped);
    if (m_target->find(text, flags)) {
        showResult(direction.testFlag(QTextDocument::FindBackward) ? tr("Continued from the end")
                                                                   : tr("Continued from the top"),
                   false);
        return true;
    }
    m_target->setTextCursor(cursor);
    showResult(tr("Not found"), true);
    return false;
}

void JsonFindBar::showResult(const QString &text, bool failed) {
    m_ui->resultLabel->setText(text);
    QPalette palette = m_ui->findLineEdit->parentWidget()->palette();
    if (failed) {
        // The light or dark error tint, with text that stays readable on it.
        const StatusColors::Set error = StatusColors::of(StatusColors::Tone::Error, palette);
        palette.setColor(QPalette::Base, error.background);
        palette.setColor(QPalette::Text, error.text);
    }
    m_ui->findLineEdit->setPalette(palette);
}

bool JsonFindBar::eventFilter(QObject *watched, QEvent *event) {
    if (watched == m_ui->findLineEdit &&
        (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress)) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
        if (key->key() == Qt::Key_Escape || enter) {
            // Claim the key before any window shortcut (the pane's Esc cancels a lookup).
            if (event->type() == QEvent::ShortcutOverride) {
                event->accept();
                return true;
            }
            if (key->key() == Qt::Key_Escape)
                dismiss();
            else if (key->modifiers().testFlag(Qt::ShiftModifier))
                findPrevious();
            else
                findNext();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}
