#include "gui/shell/AboutDialog.h"

#include "core/AppInfo.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent) {
    setObjectName(u"aboutDialog"_s);
    setWindowTitle(tr("About Taskdesk"));

    auto *icon = new QLabel(this);
    icon->setObjectName(u"aboutIconLabel"_s);
    const QIcon appIcon = QApplication::windowIcon();
    if (!appIcon.isNull()) {
        icon->setPixmap(appIcon.pixmap(64, 64));
    }
    icon->setAlignment(Qt::AlignTop);

    auto *name = new QLabel(u"<b>Taskdesk</b>"_s, this);
    name->setObjectName(u"aboutNameLabel"_s);
    QFont nameFont = name->font();
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.5);
    name->setFont(nameFont);

    auto *version = new QLabel(tr("Version %1").arg(AppInfo::version()), this);
    version->setObjectName(u"versionLabel"_s);
    version->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *summary =
        new QLabel(tr("A native desktop client for Tallyfy tasks: see what is on your plate, "
                      "finish the work, create one-off tasks, keep the API token safe."),
                   this);
    summary->setObjectName(u"summaryLabel"_s);
    summary->setWordWrap(true);

    auto *license = new QLabel(tr("Released under the MIT License."), this);
    license->setObjectName(u"licenseLabel"_s);

    auto *link = new QLabel(u"<a href=\"%1\">%1</a>"_s.arg(projectUrl()), this);
    link->setObjectName(u"projectLinkLabel"_s);
    link->setOpenExternalLinks(true);
    link->setTextInteractionFlags(Qt::TextBrowserInteraction);
    link->setAccessibleName(tr("Project website"));

    auto *qt = new QLabel(tr("Built with Qt %1.").arg(QString::fromLatin1(qVersion())), this);
    qt->setObjectName(u"qtVersionLabel"_s);

    auto *text = new QVBoxLayout;
    text->addWidget(name);
    text->addWidget(version);
    text->addWidget(summary);
    text->addWidget(license);
    text->addWidget(link);
    text->addWidget(qt);
    text->addStretch(1);

    auto *top = new QHBoxLayout;
    top->addWidget(icon);
    top->addLayout(text, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(u"aboutButtonBox"_s);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    buttons->button(QDialogButtonBox::Close)->setDefault(true);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().horizontalAdvance(u'x') * 55);
}

AboutDialog::~AboutDialog() = default;

QString AboutDialog::projectUrl() {
    return u"https://github.com/taskdesk/taskdesk"_s;
}
