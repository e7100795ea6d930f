#pragma once

#include <QCoreApplication>
#include <QEvent>
#include <QGuiApplication>
#include <QObject>
#include <QPalette>
#include <QWidget>

#include <functional>
#include <utility>

/// Runs a function now and again whenever the application palette changes (the desktop
/// switching between light and dark), for widgets whose style sheets or colours carry status
/// colours. It lives as a child of the widget it serves and needs no signals, hence no Q_OBJECT.
///
/// It watches the application object: a new palette reaches the windows as
/// ApplicationPaletteChange and only some of the widgets inside them as PaletteChange (not one
/// whose style sheet or palette set its colours), so a widget's own events would miss it.
class PaletteFollower final : public QObject {
public:
    /// Calls `apply` at once and after every change of the application palette.
    static void follow(QWidget *widget, std::function<void()> apply) {
        apply();
        auto *follower = new PaletteFollower(widget, std::move(apply));
        QCoreApplication::instance()->installEventFilter(follower);
    }

    bool eventFilter(QObject *watched, QEvent *event) override {
        if (watched == QCoreApplication::instance() &&
            event->type() == QEvent::ApplicationPaletteChange) {
            const QPalette now = QGuiApplication::palette();
            if (now != m_applied) {
                m_applied = now;
                m_apply();
            }
        }
        return QObject::eventFilter(watched, event);
    }

private:
    PaletteFollower(QWidget *widget, std::function<void()> apply)
        : QObject(widget)
        , m_apply(std::move(apply))
        , m_applied(QGuiApplication::palette()) {}
    Q_DISABLE_COPY_MOVE(PaletteFollower)

    std::function<void()> m_apply;
    QPalette m_applied; ///< the application palette apply() last ran for
};
