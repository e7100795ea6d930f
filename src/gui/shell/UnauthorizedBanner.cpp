#include "gui/shell/UnauthorizedBanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>

using namespace Qt::StringLiterals;

UnauthorizedBanner::UnauthorizedBanner(QWidget *parent)
    : QFrame(parent)
    , m_label(new QLabel(messageText(), this))
    , m_settingsButton(new QPushButton(tr("Open &Settings…"), this))
    , m_dismissButton(new QPushButton(tr("&Dismiss"), this)) {
    setObjectName(u"unauthorizedBanner"_s);
    setFrameShape(QFrame::StyledPanel);
    setAccessibleName(tr("Token rejected"));
    // Translucent amber reads as a warning on light and dark palettes alike.
    setStyleSheet(u"QFrame#unauthorizedBanner { background-color: rgba(255, 176, 0, 48);"
                  " border: 1px solid rgba(230, 140, 0, 170); border-radius: 4px; }"_s);

    auto *icon = new QLabel(this);
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(size, size));

    m_label->setObjectName(u"unauthorizedLabel"_s);
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_settingsButton->setObjectName(u"unauthorizedSettingsPushButton"_s);
    m_dismissButton->setObjectName(u"unauthorizedDismissPushButton"_s);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 6, 6);
    layout->addWidget(icon);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_settingsButton);
    layout->addWidget(m_dismissButton);

    connect(m_settingsButton, &QPushButton::clicked, this, &UnauthorizedBanner::settingsRequested);
    connect(m_dismissButton, &QPushButton::clicked, this, &QWidget::hide);
}

UnauthorizedBanner::~UnauthorizedBanner() = default;

QString UnauthorizedBanner::messageText() {
    return tr("Tallyfy rejected the token: it may have expired, or you logged out of the web "
              "app.");
}
