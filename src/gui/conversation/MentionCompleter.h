#pragma once

#include "core/domain/Member.h"

#include <QList>
#include <QObject>

class QCompleter;
class QModelIndex;
class QPlainTextEdit;
class QStandardItemModel;

/// `@` completion over the organization's members in a plain text box: typing `@` and the
/// start of a name (or email) offers the members that match; choosing one replaces the typed
/// `@name` with `@[id] `, the only mention form that notifies (tallyfy-api-notes.md 6.6).
/// Keyboard: arrows choose, Enter or Tab takes, Escape closes the list and keeps the text.
class MentionCompleter final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MentionCompleter)

public:
    /// Works on `edit` (not owned; the completer is its child).
    explicit MentionCompleter(QPlainTextEdit *edit);
    ~MentionCompleter() override;

    void setMembers(const QList<Member> &members);
    [[nodiscard]] QCompleter *completer() const { return m_completer; }

    /// The member IDs written as `@[id]` in `text`, in order, once each.
    [[nodiscard]] static QList<qint64> mentionedIds(const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void update();
    void insert(const QModelIndex &index);
    /// Where the `@` of the word being typed is, or -1.
    [[nodiscard]] int mentionStart() const;

    QPlainTextEdit *m_edit;
    QStandardItemModel *m_model;
    QCompleter *m_completer;
};
