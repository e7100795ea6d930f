#include "gui/lookup/IncludeChooser.h"

#include "core/domain/TaskIncludes.h"

#include <QFrame>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QScreen>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

// Two names keep the button narrow enough for the default choice not to widen the window.
constexpr int ShownNames = 2;

} // namespace

IncludeChooser::IncludeChooser(QWidget *parent)
    : QToolButton(parent)
    , m_popup(new QFrame(this, Qt::Popup))
    , m_list(new QListWidget(m_popup)) {
    setObjectName(u"includeChooser"_s);
    setAccessibleName(tr("Include"));
    setToolButtonStyle(Qt::ToolButtonTextOnly);
    setArrowType(Qt::NoArrow);

    m_popup->setObjectName(u"includePopup"_s);
    m_popup->setFrameShape(QFrame::StyledPanel);
    auto *layout = new QVBoxLayout(m_popup);
    layout->setContentsMargins(6, 6, 6, 6);
    auto *hint = new QLabel(tr("Related data to fetch with the task (&with=):"), m_popup);
    hint->setBuddy(m_list);
    layout->addWidget(hint);
    m_list->setObjectName(u"includeListWidget"_s);
    m_list->setAccessibleName(tr("Includes"));
    m_list->setUniformItemSizes(true);
    for (const QString &name : TaskIncludes::documented()) {
        auto *item = new QListWidgetItem(name, m_list);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
        item->setData(Qt::UserRole, name);
    }
    const int rows = m_list->count();
    m_list->setMinimumHeight(qMin(rows, 15) * m_list->sizeHintForRow(0) + 2 * m_list->frameWidth());
    layout->addWidget(m_list);
    auto *defaultButton = new QPushButton(tr("&Default"), m_popup);
    defaultButton->setObjectName(u"includeDefaultPushButton"_s);
    defaultButton->setToolTip(tr("Tick only %1").arg(TaskIncludes::defaults().join(u", "_s)));
    defaultButton->setAutoDefault(false);
    layout->addWidget(defaultButton, 0, Qt::AlignRight);

    connect(m_list, &QListWidget::itemChanged, this, &IncludeChooser::onItemChanged);
    connect(defaultButton, &QPushButton::clicked, this, &IncludeChooser::resetToDefault);
    // A double-click or Enter toggles too: a checkbox is a small target.
    connect(m_list, &QListWidget::itemActivated, this, [](QListWidgetItem *item) {
        item->setCheckState(item->checkState() == Qt::Checked ? Qt::Unchecked : Qt::Checked);
    });
    connect(this, &QToolButton::clicked, this, &IncludeChooser::showPopup);

    updateText();
}

IncludeChooser::~IncludeChooser() = default;

QStringList IncludeChooser::includes() const {
    QStringList names;
    for (int row = 0; row < m_list->count(); ++row) {
        const QListWidgetItem *item = m_list->item(row);
        if (item->checkState() == Qt::Checked)
            names.append(item->data(Qt::UserRole).toString());
    }
    return names;
}

void IncludeChooser::setIncludes(const QStringList &includes) {
    m_updating = true;
    for (int row = 0; row < m_list->count(); ++row) {
        QListWidgetItem *item = m_list->item(row);
        item->setCheckState(includes.contains(item->data(Qt::UserRole).toString()) ? Qt::Checked
                                                                                   : Qt::Unchecked);
    }
    m_updating = false;
    updateText();
}

void IncludeChooser::showPopup() {
    m_popup->adjustSize();
    QPoint topLeft = mapToGlobal(QPoint(0, height()));
    if (const QScreen *shown = screen()) {
        const QRect available = shown->availableGeometry();
        topLeft.setX(qMin(topLeft.x(), available.right() - m_popup->width()));
        if (topLeft.y() + m_popup->height() > available.bottom())
            topLeft.setY(mapToGlobal(QPoint(0, 0)).y() - m_popup->height());
    }
    m_popup->move(topLeft);
    m_popup->show();
    if (m_list->currentRow() < 0)
        m_list->setCurrentRow(0);
    m_list->setFocus(Qt::PopupFocusReason);
}

bool IncludeChooser::isPopupVisible() const {
    return m_popup->isVisible();
}

void IncludeChooser::onItemChanged(QListWidgetItem *item) {
    Q_UNUSED(item)
    if (m_updating)
        return;
    updateText();
    Q_EMIT includesChanged(includes());
}

void IncludeChooser::resetToDefault() {
    setIncludes(TaskIncludes::defaults());
    Q_EMIT includesChanged(includes());
}

void IncludeChooser::updateText() {
    const QStringList names = includes();
    QString summary;
    if (names.isEmpty())
        summary = tr("nothing extra");
    else if (names.size() <= ShownNames + 1)
        summary = names.join(u", "_s);
    else
        summary = tr("%1 and %n more", "", int(names.size() - ShownNames))
                      .arg(names.first(ShownNames).join(u", "_s));
    setText(summary + u" ▾"_s);
    setToolTip(names.isEmpty() ? tr("Only the task itself is fetched.")
                               : tr("Fetched with the task: %1").arg(names.join(u", "_s)));
}
