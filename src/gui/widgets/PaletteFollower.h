#pragma once

#include <QObject>
#include <QPalette>

#include <functional>

class QWidget;

/// Runs a function now and again whenever the application palette changes (the desktop
/// switching between light and dark), for widgets whose style sheets or colours carry status
/// colours.
///
/// A new palette reaches the windows as ApplicationPaletteChange and only some of the widgets
/// inside them as PaletteChange (not one whose style sheet or palette set its colours), so one
/// watcher on the application object hears it and calls every follower. A follower lives as a
/// child of its widget and leaves the watcher when the widget goes; a form with thousands of
/// them still adds one event filter to the application, not thousands.
class PaletteFollower final : public QObject {
public:
    /// Calls `apply` at once and after every change of the application palette, for as long
    /// as `widget` lives.
    static void follow(QWidget *widget, std::function<void()> apply);
    ~PaletteFollower() override;

private:
    class Watcher;

    PaletteFollower(QWidget *widget, std::function<void()> apply);
    Q_DISABLE_COPY_MOVE(PaletteFollower)

    /// Calls apply() unless it last ran for `palette`.
    void paletteChanged(const QPalette &palette);

    std::function<void()> m_apply;
    QPalette m_applied; ///< the application palette apply() last ran for
};
