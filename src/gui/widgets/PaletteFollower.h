#pragma once

#include <QEvent>
#include <QObject>
#include <QWidget>

#include <functional>
#include <utility>

/// Runs a function now and again whenever the application palette changes (the desktop
/// switching between light and dark), for widgets whose style sheets carry status colours.
/// It lives as a child of the widget it watches and needs no signals, hence no Q_OBJECT.
class PaletteFollower final : public QObject {
public:
    /// Calls `apply` at once and after every application palette change seen by `widget`.
    static void follow(QWidget *widget, std::function<void()> apply) {
        apply();
        auto *follower = new PaletteFollower(widget, std::move(apply));
        widget->installEventFilter(follower);
    }

    bool eventFilter(QObject *watched, QEvent *event) override {
        // Only the application-wide change: a style sheet set in apply() changes the
        // widget's own palette, and reacting to that would loop.
        if (event->type() == QEvent::ApplicationPaletteChange)
            m_apply();
        return QObject::eventFilter(watched, event);
    }

private:
    PaletteFollower(QWidget *widget, std::function<void()> apply)
        : QObject(widget)
        , m_apply(std::move(apply)) {}
    Q_DISABLE_COPY_MOVE(PaletteFollower)

    std::function<void()> m_apply;
};
