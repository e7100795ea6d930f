#pragma once

#include <QList>
#include <QObject>
#include <QTimer>

class QWidget;

/// Shows the signs of work in progress (a progress bar, a Cancel button) only once the work has
/// taken longer than a moment. Most requests answer within milliseconds; showing and hiding the
/// signs for each would flash them and lay their row out twice per request.
class BusyIndicator final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BusyIndicator)

public:
    /// How long work runs before its signs show.
    static constexpr int DelayMs = 200;

    /// Hides `widgets` (not owned) until setBusy(true) has lasted DelayMs. Hidden, they keep
    /// their room in the layout, so the widgets around them stay where they are.
    BusyIndicator(const QList<QWidget *> &widgets, QObject *parent);
    ~BusyIndicator() override;

    /// Busy: the signs show after the delay. Not busy: they hide at once.
    void setBusy(bool busy);
    [[nodiscard]] bool isBusy() const { return m_busy; }
    /// Whether the signs show (the work has lasted past the delay).
    [[nodiscard]] bool isShown() const { return m_shown; }

Q_SIGNALS:
    /// The signs appeared or went: for what trades places with them (a button with Cancel).
    void shownChanged(bool shown);

private:
    void setShown(bool shown);

    /// Not owned; each leaves the list when it is destroyed.
    QList<QWidget *> m_widgets;
    QTimer m_delay;
    bool m_busy = false;
    bool m_shown = false;
};
