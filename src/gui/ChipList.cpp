#include "gui/ChipList.h"

#include "gui/FlowLayout.h"
#include "gui/FocusChain.h"

#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QStyle>
#include <QToolButton>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

// Both the background and the text colour are set, so chips read well on light and dark
// palettes alike.
const QString chipStyle =
    u"QFrame#chipFrame { border: 1px solid #9aa5b1; border-radius: 10px; background: #eef2f6; }"
    u"QFrame#chipFrame QLabel { color: #1f2933; }"
    u"QFrame#chipFrame[problem=\"error\"] { border: 1px solid #c62828; background: #fdecea; }"
    u"QFrame#chipFrame[problem=\"error\"] QLabel { color: #611a15; }"
    u"QFrame#chipFrame[problem=\"warning\"] { border: 1px solid #b26a00; background: #fff4e0; }"
    u"QFrame#chipFrame[problem=\"warning\"] QLabel { color: #5c3700; }"
    u"QFrame#chipFrame QToolButton { border: none; color: #3e4c59; padding: 0px 2px; }"
    u"QFrame#chipFrame QToolButton:focus { border: 1px solid #1565c0; border-radius: 7px; }"_s;

} // namespace

ChipList::ChipList(QWidget *parent)
    : QWidget(parent)
    , m_layout(new FlowLayout(this, 4)) {
    setStyleSheet(chipStyle);
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
        chip.frame->findChild<QLabel *>()->setText(text);
        chip.frame->setAccessibleName(text);
        chip.button->setAccessibleName(tr("Remove %1").arg(text));
        applyLook(chip, chip.frame->property("problem").toString() != "warning"_L1);
        return;
    }
    Chip chip;
    chip.key = key;
    chip.text = text;
    chip.toolTip = toolTip;
    chip.frame = new QFrame(this);
    chip.frame->setObjectName(u"chipFrame"_s);
    chip.frame->setAccessibleName(text);
    auto *layout = new QHBoxLayout(chip.frame);
    layout->setContentsMargins(8, 1, 3, 1);
    layout->setSpacing(2);
    auto *label = new QLabel(text, chip.frame);
    label->setObjectName(u"chipLabel"_s);
    layout->addWidget(label);
    chip.button = new QToolButton(chip.frame);
    chip.button->setObjectName(u"chipRemoveToolButton"_s);
    chip.button->setText(u"\u00d7"_s);
    chip.button->setAutoRaise(true);
    chip.button->setFocusPolicy(Qt::StrongFocus);
    chip.button->setAccessibleName(tr("Remove %1").arg(text));
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
    chip.frame->setToolTip(tips.join(u'\n'));
    chip.frame->setAccessibleDescription(chip.problem);
    chip.frame->style()->unpolish(chip.frame);
    chip.frame->style()->polish(chip.frame);
    for (QWidget *child : chip.frame->findChildren<QWidget *>()) {
        child->style()->unpolish(child);
        child->style()->polish(child);
    }
}
