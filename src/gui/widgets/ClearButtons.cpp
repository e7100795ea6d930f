#include "gui/widgets/ClearButtons.h"

#include <QAction>
#include <QCoreApplication>
#include <QLineEdit>

using namespace Qt::StringLiterals;

namespace ClearButtons {

void nameAll(QWidget *root) {
    QList<QLineEdit *> edits = root->findChildren<QLineEdit *>();
    if (auto *self = qobject_cast<QLineEdit *>(root))
        edits.append(self);
    for (QLineEdit *edit : std::as_const(edits)) {
        if (!edit->isClearButtonEnabled())
            continue;
        // Qt names the action, not the button; the button takes its text from the action.
        auto *clear = edit->findChild<QAction *>(u"_q_qlineeditclearaction"_s);
        if (clear == nullptr)
            continue;
        const QString name = QCoreApplication::translate("ClearButtons", "Clear");
        clear->setText(name);
        clear->setToolTip(name);
    }
}

} // namespace ClearButtons
