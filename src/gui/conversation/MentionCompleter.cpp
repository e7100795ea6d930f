#include "gui/conversation/MentionCompleter.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QKeyEvent>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QScrollBar>
#include <QStandardItemModel>
#include <QTextBlock>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

constexpr int IdRole = Qt::UserRole + 1;
constexpr int MaxTypedLength = 40; // a mention being typed is no longer than a name

} // namespace

MentionCompleter::MentionCompleter(QPlainTextEdit *edit)
    : QObject(edit)
    , m_edit(edit)
    , m_model(new QStandardItemModel(this))
    , m_completer(new QCompleter(m_model, this)) {
    m_completer->setWidget(edit);
    m_completer->setCompletionMode(QCompleter::PopupCompletion);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setFilterMode(Qt::MatchContains);
    m_completer->setCompletionRole(Qt::EditRole);
    m_completer->setMaxVisibleItems(8);
    m_completer->popup()->setAccessibleName(tr("Members to mention"));
    connect(m_completer, qOverload<const QModelIndex &>(&QCompleter::activated), this,
            &MentionCompleter::insert);
    connect(edit, &QPlainTextEdit::textChanged, this, &MentionCompleter::update);
    connect(edit, &QPlainTextEdit::cursorPositionChanged, this, [this] {
        if (mentionStart() < 0)
            m_completer->popup()->hide();
    });
    // While the list is open the keys go to it, and QCompleter hands them to the box unseen by
    // the box's filters: the keys that take a member are caught on the list, first.
    m_completer->popup()->installEventFilter(this);
}

MentionCompleter::~MentionCompleter() = default;

void MentionCompleter::setMembers(const QList<Member> &members) {
    QList<Member> sorted = members;
    std::sort(sorted.begin(), sorted.end(), [](const Member &a, const Member &b) {
        return QString::localeAwareCompare(a.displayName(), b.displayName()) < 0;
    });
    m_model->clear();
    for (const Member &member : std::as_const(sorted)) {
        // Matched on the name and the email; shown as "Name <email>".
        const QString shown = member.email.isEmpty()
                                  ? member.displayName()
                                  : u"%1 <%2>"_s.arg(member.displayName(), member.email);
        auto *item = new QStandardItem(shown);
        item->setData(member.id, IdRole);
        item->setEditable(false);
        m_model->appendRow(item);
    }
}

QList<qint64> MentionCompleter::mentionedIds(const QString &text) {
    static const QRegularExpression mention(u"@\\[(\\d{1,18})\\]"_s);
    QList<qint64> ids;
    for (auto it = mention.globalMatch(text); it.hasNext();) {
        const qint64 id = it.next().captured(1).toLongLong();
        if (!ids.contains(id))
            ids.append(id);
    }
    return ids;
}

int MentionCompleter::mentionStart() const {
    const QTextCursor cursor = m_edit->textCursor();
    const QString block = cursor.block().text();
    const int column = cursor.positionInBlock();
    for (int i = column - 1; i >= 0 && column - i <= MaxTypedLength; --i) {
        const QChar c = block.at(i);
        if (c == u'@') {
            // At the start of a word only, and not an @[id] already written.
            const bool wordStart = i == 0 || block.at(i - 1).isSpace() || block.at(i - 1) == u'(';
            const bool written = i + 1 < block.size() && block.at(i + 1) == u'[';
            return wordStart && !written ? cursor.block().position() + i : -1;
        }
        if (c.isSpace() && (i == column - 1 || (i > 0 && block.at(i - 1).isSpace())))
            return -1; // a name of several words, but not a finished one
    }
    return -1;
}

void MentionCompleter::update() {
    const int start = mentionStart();
    if (start < 0 || m_model->rowCount() == 0) {
        m_completer->popup()->hide();
        return;
    }
    const int position = m_edit->textCursor().position();
    const QString typed = m_edit->toPlainText().mid(start + 1, position - start - 1);
    if (typed != m_completer->completionPrefix())
        m_completer->setCompletionPrefix(typed);
    if (m_completer->completionCount() == 0) {
        m_completer->popup()->hide();
        return;
    }
    QRect rect = m_edit->cursorRect();
    rect.setWidth(m_completer->popup()->sizeHintForColumn(0) +
                  m_completer->popup()->verticalScrollBar()->sizeHint().width());
    m_completer->complete(rect);
    if (!m_completer->popup()->currentIndex().isValid())
        m_completer->popup()->setCurrentIndex(m_completer->completionModel()->index(0, 0));
}

void MentionCompleter::insert(const QModelIndex &index) {
    const int start = mentionStart();
    if (start < 0 || !index.isValid())
        return;
    const qint64 id = index.data(IdRole).toLongLong();
    QTextCursor cursor = m_edit->textCursor();
    cursor.setPosition(start, QTextCursor::KeepAnchor);
    cursor.insertText(u"@[%1] "_s.arg(id));
    m_edit->setTextCursor(cursor);
    m_completer->popup()->hide();
}

bool MentionCompleter::eventFilter(QObject *watched, QEvent *event) {
    QAbstractItemView *popup = m_completer->popup();
    if (watched == popup && event->type() == QEvent::KeyPress && popup->isVisible()) {
        const auto *key = static_cast<QKeyEvent *>(event);
        switch (key->key()) {
        case Qt::Key_Return:
        case Qt::Key_Enter:
        case Qt::Key_Tab:
            insert(popup->currentIndex());
            popup->hide();
            return true;
        default:
            break;
        }
    }
    return QObject::eventFilter(watched, event);
}
