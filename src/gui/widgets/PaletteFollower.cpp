#include "gui/widgets/PaletteFollower.h"

#include <QCoreApplication>
#include <QEvent>
#include <QGuiApplication>
#include <QList>
#include <QPointer>
#include <QSet>
#include <QWidget>

#include <utility>

/// The application's one event filter for palette changes, a child of the application.
class PaletteFollower::Watcher final : public QObject {
public:
    /// The watcher, made on first use.
    static Watcher &instance() {
        Watcher *&watcher = current();
        if (watcher == nullptr) {
            watcher = new Watcher(QCoreApplication::instance());
            QCoreApplication::instance()->installEventFilter(watcher);
        }
        return *watcher;
    }
    /// The watcher if there is one (none once the application is gone).
    static Watcher *existing() { return current(); }

    void add(PaletteFollower *follower) { m_followers.insert(follower); }
    void remove(PaletteFollower *follower) { m_followers.remove(follower); }

    bool eventFilter(QObject *watched, QEvent *event) override {
        if (watched == QCoreApplication::instance() &&
            event->type() == QEvent::ApplicationPaletteChange) {
            const QPalette palette = QGuiApplication::palette();
            // A follower's function may delete widgets, and with them other followers.
            QList<QPointer<PaletteFollower>> followers;
            followers.reserve(m_followers.size());
            for (PaletteFollower *follower : std::as_const(m_followers))
                followers.append(follower);
            for (const QPointer<PaletteFollower> &follower : std::as_const(followers)) {
                if (follower)
                    follower->paletteChanged(palette);
            }
        }
        return QObject::eventFilter(watched, event);
    }

private:
    explicit Watcher(QObject *parent)
        : QObject(parent) {}
    ~Watcher() override { current() = nullptr; }
    Q_DISABLE_COPY_MOVE(Watcher)

    static Watcher *&current() {
        static Watcher *watcher = nullptr;
        return watcher;
    }

    QSet<PaletteFollower *> m_followers;
};

void PaletteFollower::follow(QWidget *widget, std::function<void()> apply) {
    apply();
    new PaletteFollower(widget, std::move(apply));
}

PaletteFollower::PaletteFollower(QWidget *widget, std::function<void()> apply)
    : QObject(widget)
    , m_apply(std::move(apply))
    , m_applied(QGuiApplication::palette()) {
    Watcher::instance().add(this);
}

PaletteFollower::~PaletteFollower() {
    if (Watcher *watcher = Watcher::existing())
        watcher->remove(this);
}

void PaletteFollower::paletteChanged(const QPalette &palette) {
    if (palette == m_applied)
        return;
    m_applied = palette;
    m_apply();
}
