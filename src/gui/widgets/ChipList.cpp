#include "gui/widgets/ChipList.h"

#include "gui/widgets/FlowLayout.h"
#include "gui/widgets/FocusChain.h"
#include "gui/widgets/PaletteFollower.h"
#include "gui/widgets/StatusColors.h"
#include "models/DisplayFormat.h"

#include <QEvent>
#include <QFrame>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QStyle>
#include <QToolButton>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

// Both the background and the text colour are set, from the light or dark variant that suits
// the palette, so chips read well on either.
QString chipStyle() {
    using Tone = StatusColors::Tone;
    const auto look = [](const QString &state, Tone tone) {
        const StatusColors::Set set = StatusColors::of(tone);
        const QColor border = tone == Tone::Neutral ? set.border : set.accent;
        return u"QFrame#chipFrame%1 { border: 1px solid %2; background: %3; }"
               u"QFrame#chipFrame%1 QLabel, QFrame#chipFrame%1 QToolButton { color: %4; }"_s.arg(
                   state, border.name(), set.background.name(), set.text.name());
    };
    const QString focus = QGuiApplication::palette().color(QPalette::Highlight).name();
    return u"QFrame#chipFrame { border-radius: 10px; }"
           u"QFrame#chipFrame QToolButton { border: none; padding: 0px 2px; }"
           u"QFrame#chipFrame QToolButton:focus { border: 1px solid %1; border-radius: 7px; }"_s
               .arg(focus) +
           look(QString(), Tone::Neutral) + look(u"[problem=\"error\"]"_s, Tone::Error) +
           look(u"[problem=\"warning\"]"_s, Tone::Warning);
}

} // namespace

ChipList::ChipList(QWidget *parent)
    : QWidget(parent)
    , m_layout(new FlowLayout(this, 4)) {
    PaletteFollower::follow(this, [this] { setStyleSheet(chipStyle()); });
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
    hide(); // shown while there are chips
}

ChipList::~ChipList() = default;

void ChipList::addChip(const QString &key, const QString &text, const QString &toolTip) {
    const int existing = indexOf(key);
    if (existing >= 0) {
        Chip &chip = m_chips[existing];
        chip.text = text;
        chip.toolTip = toolTip;
        chip.frame->findChild<QLabel *>()->setText(DisplayFormat::elided(text));
        chip.frame->setAccessibleName(DisplayFormat::elided(text));
        chip.button->setAccessibleName(tr("Remove %1").arg(DisplayFormat::elided(text)));
        applyLook(chip, chip.frame->property("problem").toString() != "warning"_L1);
        return;
    }
    Chip chip;
    chip.key = key;
    chip.text = text;
    chip.toolTip = toolTip;
    chip.frame = new QFrame(this);
    chip.frame->setObjectName(u"chipFrame"_s);
    chip.frame->setAccessibleName(DisplayFormat::elided(text));
    auto *layout = new QHBoxLayout(chip.frame);
    layout->setContentsMargins(8, 1, 3, 1);
    layout->setSpacing(2);
    // A chip shows a name from the server (a member's, a group's, a tag's): never as markup.
    auto *label = new QLabel(chip.frame);
    label->setTextFormat(Qt::PlainText);
    label->setText(DisplayFormat::elided(text));
    label->setObjectName(u"chipLabel"_s);
    layout->addWidget(label);
    chip.button = new QToolButton(chip.frame);
    chip.button->setObjectName(u"chipRemoveToolButton"_s);
    chip.button->setText(u"\u00d7"_s);
    chip.button->setAutoRaise(true);
    chip.button->setFocusPolicy(Qt::StrongFocus);
    chip.button->setAccessibleName(tr("Remove %1").arg(DisplayFormat::elided(text)));
    chip.button->installEventFilter(this);
    layout->addWidget(chip.button);
    connect(chip.button, &QToolButton::clicked, this, [this, key] { userRemoves(key); });
    m_chips.append(chip);
    applyLook(m_chips.last(), true);
    m_layout->addWidget(chip.frame);
    chip.frame->show();
    setVisible(true);
    updateGeometry();
    fixTabOrder();
}

bool ChipList::removeChip(const QString &key) {
    const int index = indexOf(key);
    if (index < 0)
        return false;
    const Chip chip = m_chips.takeAt(index);
    chip.frame->hide();
    chip.frame->deleteLater();
    setVisible(!m_chips.isEmpty());
    updateGeometry();
    return true;
}

void ChipList::clear() {
    for (const Chip &chip : std::as_const(m_chips)) {
        chip.frame->hide();
        chip.frame->deleteLater();
    }
    m_chips.clear();
    setVisible(false);
    updateGeometry();
}

QStringList ChipList::keys() const {
    QStringList result;
    for (const Chip &chip : m_chips)
        result.append(chip.key);
    return result;
}

QString ChipList::text(const QString &key) const {
    const int index = indexOf(key);
    return index < 0 ? QString() : m_chips.at(index).text;
}

QToolButton *ChipList::removeButton(const QString &key) const {
    const int index = indexOf(key);
    return index < 0 ? nullptr : m_chips.at(index).button;
}

void ChipList::setChipProblem(const QString &key, const QString &message, bool isError) {
    const int index = indexOf(key);
    if (index < 0)
        return;
    m_chips[index].problem = message;
    applyLook(m_chips[index], isError);
}

void ChipList::clearChipProblems() {
    for (Chip &chip : m_chips) {
        if (!chip.problem.isEmpty()) {
            chip.problem.clear();
            applyLook(chip, true);
        }
    }
}

QString ChipList::chipProblem(const QString &key) const {
    const int index = indexOf(key);
    return index < 0 ? QString() : m_chips.at(index).problem;
}

bool ChipList::focusLastChip() {
    if (m_chips.isEmpty())
        return false;
    m_chips.last().button->setFocus(Qt::BacktabFocusReason);
    return true;
}

bool ChipList::eventFilter(QObject *watched, QEvent *event) {
    if (event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        for (const Chip &chip : std::as_const(m_chips)) {
            if (chip.button != watched)
                continue;
            switch (key->key()) {
            case Qt::Key_Delete:
            case Qt::Key_Backspace:
            case Qt::Key_Return:
            case Qt::Key_Enter:
                if (key->modifiers() & Qt::ControlModifier)
                    return false; // Ctrl+Enter belongs to the form
                userRemoves(chip.key);
                return true;
            case Qt::Key_Left:
            case Qt::Key_Right: {
                const int index = indexOf(chip.key) + (key->key() == Qt::Key_Left ? -1 : 1);
                if (index >= 0 && index < m_chips.size())
                    m_chips.at(index).button->setFocus(Qt::OtherFocusReason);
                else if (index >= m_chips.size() && m_fallbackFocus != nullptr)
                    m_fallbackFocus->setFocus(Qt::OtherFocusReason);
                return true;
            }
            default:
                return false;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ChipList::userRemoves(QString key) {
    const int index = indexOf(key);
    if (index < 0)
        return;
    const bool hadFocus = m_chips.at(index).button->hasFocus();
    removeChip(key);
    if (hadFocus) {
        if (!m_chips.isEmpty())
            m_chips.at(std::min<int>(index, int(m_chips.size()) - 1))
                .button->setFocus(Qt::OtherFocusReason);
        else if (m_fallbackFocus != nullptr)
            m_fallbackFocus->setFocus(Qt::OtherFocusReason);
    }
    Q_EMIT chipRemoved(key);
}

void ChipList::fixTabOrder() {
    if (m_fallbackFocus == nullptr)
        return;
    QList<QWidget *> buttons;
    for (const Chip &chip : std::as_const(m_chips))
        buttons.append(chip.button);
    FocusChain::placeAfter(m_fallbackFocus, buttons);
}

int ChipList::indexOf(const QString &key) const {
    for (int i = 0; i < m_chips.size(); ++i) {
        if (m_chips.at(i).key == key)
            return i;
    }
    return -1;
}

void ChipList::applyLook(Chip &chip, bool isError) {
    const QString state = chip.problem.isEmpty() ? QString() : isError ? u"error"_s : u"warning"_s;
    chip.frame->setProperty("problem", state);
    QStringList tips;
    if (!chip.toolTip.isEmpty())
        tips.append(chip.toolTip);
    if (!chip.problem.isEmpty())
        tips.append(chip.problem);
    chip.frame->setToolTip(DisplayFormat::toolTip(tips.join(u'\n')));
    chip.frame->setAccessibleDescription(DisplayFormat::elided(chip.problem));
    chip.frame->style()->unpolish(chip.frame);
    chip.frame->style()->polish(chip.frame);
    for (QWidget *child : chip.frame->findChildren<QWidget *>()) {
        child->style()->unpolish(child);
        child->style()->polish(child);
    }
}
