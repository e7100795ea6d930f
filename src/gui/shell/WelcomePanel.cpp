#include "gui/shell/WelcomePanel.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

WelcomePanel::WelcomePanel(QWidget *parent)
    : QWidget(parent)
    , m_connectButton(new QPushButton(tr("&Connect to Tallyfy…"), this))
    , m_sandboxButton(new QPushButton(tr("&Try the sandbox"), this))
    , m_sandboxNote(new QLabel(this))
    , m_problemLabel(new QLabel(this)) {
    setObjectName(u"welcomePanel"_s);

    auto *title = new QLabel(tr("Welcome to Taskdesk"), this);
    title->setObjectName(u"welcomeTitleLabel"_s);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.7);
    titleFont.setBold(true);
    title->setFont(titleFont);

    auto *intro = new QLabel(tr("See what is on your plate, open any Tallyfy task by its ID or "
                                "link, finish it (complete, approve, answer its form, comment) "
                                "and create one-off tasks that Tallyfy accepts the first time."),
                             this);
    intro->setObjectName(u"welcomeIntroLabel"_s);
    intro->setWordWrap(true);

    auto *connectText = new QLabel(
        tr("To connect, you need a personal API token from the Tallyfy web app (Settings > "
           "Integrations > REST API) and your organization. Taskdesk keeps the token in your "
           "system keychain, never in a file."),
        this);
    connectText->setObjectName(u"welcomeConnectLabel"_s);
    connectText->setWordWrap(true);

    m_sandboxNote->setObjectName(u"welcomeSandboxLabel"_s);
    m_sandboxNote->setWordWrap(true);
    m_sandboxNote->setText(tr("Not ready yet? The sandbox is a built-in practice server with "
                              "sample tasks and people. Nothing you do there reaches Tallyfy, "
                              "and nothing is saved."));

    m_problemLabel->setObjectName(u"welcomeProblemLabel"_s);
    m_problemLabel->setWordWrap(true);
    m_problemLabel->setVisible(false);

    m_connectButton->setObjectName(u"connectPushButton"_s);
    m_connectButton->setDefault(true);
    m_connectButton->setAutoDefault(true);
    m_sandboxButton->setObjectName(u"trySandboxPushButton"_s);
    m_sandboxButton->setAutoDefault(true);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_connectButton);
    buttons->addWidget(m_sandboxButton);
    buttons->addStretch(1);

    auto *column = new QVBoxLayout;
    column->setSpacing(14);
    const QIcon icon = QApplication::windowIcon();
    if (!icon.isNull()) {
        auto *iconLabel = new QLabel(this);
        iconLabel->setObjectName(u"welcomeIconLabel"_s);
        iconLabel->setPixmap(icon.pixmap(72, 72));
        column->addWidget(iconLabel);
    }
    column->addWidget(title);
    column->addWidget(intro);
    column->addWidget(connectText);
    column->addWidget(m_problemLabel);
    column->addLayout(buttons);
    column->addWidget(m_sandboxNote);

    // A readable column in the middle of a wide window.
    auto *columnWidget = new QWidget(this);
    columnWidget->setLayout(column);
    columnWidget->setMaximumWidth(fontMetrics().horizontalAdvance(u'x') * 80);

    auto *outer = new QVBoxLayout(this);
    outer->addStretch(1);
    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(columnWidget, 4);
    row->addStretch(1);
    outer->addLayout(row);
    outer->addStretch(2);

    connect(m_connectButton, &QPushButton::clicked, this, &WelcomePanel::connectRequested);
    connect(m_sandboxButton, &QPushButton::clicked, this, &WelcomePanel::sandboxRequested);
    setFocusProxy(m_connectButton);
}

WelcomePanel::~WelcomePanel() = default;

void WelcomePanel::setSandboxAvailable(bool available) {
    m_sandboxButton->setVisible(available);
    m_sandboxNote->setVisible(available);
}

void WelcomePanel::setProblem(const QString &text) {
    m_problemLabel->setText(text);
    m_problemLabel->setVisible(!text.isEmpty());
}

void WelcomePanel::setBusy(bool busy) {
    m_connectButton->setEnabled(!busy);
    m_sandboxButton->setEnabled(!busy);
}
