#include "gui/widgets/FieldMessage.h"

#include "gui/widgets/PaletteFollower.h"
#include "gui/widgets/StatusColors.h"

#include <QStyle>

using namespace Qt::StringLiterals;

namespace {

// Red and amber that keep their contrast on the window colour, light or dark.
QString messageStyle() {
    return u"FieldMessage[severity=\"error\"] { color: %1; }"
           u"FieldMessage[severity=\"warning\"] { color: %2; }"_s.arg(
               StatusColors::of(StatusColors::Tone::Error).accent.name(),
               StatusColors::of(StatusColors::Tone::Warning).accent.name());
}

} // namespace

FieldMessage::FieldMessage(QWidget *parent)
    : QLabel(parent) {
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    PaletteFollower::follow(this, [this] { setStyleSheet(messageStyle()); });
    hide();
}

FieldMessage::~FieldMessage() = default;

void FieldMessage::setInput(QWidget *input) {
    if (m_input == input)
        return;
    if (m_input != nullptr)
        m_input->setAccessibleDescription(m_inputDescription);
    m_input = input;
    m_inputDescription = input != nullptr ? input->accessibleDescription() : QString();
    setMessages(m_errors, m_warnings);
}

void FieldMessage::setMessages(const QStringList &errors, const QStringList &warnings) {
    m_errors = errors;
    m_warnings = warnings;
    QStringList lines;
    for (const QString &error : errors)
        lines.append(u"\u26a0 "_s + error);
    for (const QString &warning : warnings)
        lines.append(u"\u24d8 "_s + warning);
    const QString text = lines.join(u'\n');
    if (this->text() != text)
        setText(text);
    const QString severity = !errors.isEmpty()     ? u"error"_s
                             : !warnings.isEmpty() ? u"warning"_s
                                                   : QString();
    if (property("severity").toString() != severity) {
        setProperty("severity", severity);
        style()->unpolish(this);
        style()->polish(this);
    }
    setVisible(!lines.isEmpty());
    if (m_input != nullptr) {
        QStringList description;
        if (!m_inputDescription.isEmpty())
            description.append(m_inputDescription);
        description.append(errors);
        description.append(warnings);
        m_input->setAccessibleDescription(description.join(u' '));
    }
}
