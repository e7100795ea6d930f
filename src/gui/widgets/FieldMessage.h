#pragma once

#include <QLabel>
#include <QPointer>
#include <QStringList>

/// The small message under an input of the new-task form: errors (which block sending) in red,
/// warnings in amber. Hidden while there is nothing to say. The text is also set as the
/// accessible description of the input it belongs to, so a screen reader announces the
/// problem together with the input.
class FieldMessage final : public QLabel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FieldMessage)

public:
    explicit FieldMessage(QWidget *parent = nullptr);
    ~FieldMessage() override;

    /// The input whose accessible description follows this message.
    void setInput(QWidget *input);
    [[nodiscard]] QWidget *input() const { return m_input; }

    void setMessages(const QStringList &errors, const QStringList &warnings);
    void clearMessages() { setMessages({}, {}); }

    [[nodiscard]] const QStringList &errors() const { return m_errors; }
    [[nodiscard]] const QStringList &warnings() const { return m_warnings; }
    [[nodiscard]] bool hasError() const { return !m_errors.isEmpty(); }

private:
    QPointer<QWidget> m_input;
    QString m_inputDescription; ///< what the input described before any message
    QStringList m_errors;
    QStringList m_warnings;
};
