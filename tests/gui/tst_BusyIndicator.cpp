#include "gui/widgets/BusyIndicator.h"

#include <QHBoxLayout>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <QWidget>

#include <memory>

namespace {

/// Runs the event loop until a timer started now, longer than the indicator's delay, fires: by
/// then the indicator's own timer has fired too, if it was going to.
void waitPastTheDelay() {
    bool later = false;
    QTimer::singleShot(BusyIndicator::DelayMs * 2, [&later] { later = true; });
    QVERIFY(QTest::qWaitFor([&later] { return later; }, 10000));
}

} // namespace

/// The signs of work show only for work that lasts; they go at once when it ends.
class tst_BusyIndicator : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init() {
        m_window = std::make_unique<QWidget>();
        m_bar = new QProgressBar(m_window.get());
        m_cancel = new QPushButton(m_window.get());
        m_indicator = new BusyIndicator({m_bar, m_cancel}, m_window.get());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }
    void cleanup() { m_window.reset(); }

    void hiddenUntilWorkLasts() {
        QVERIFY(!m_bar->isVisible());
        QVERIFY(!m_cancel->isVisible());
        m_indicator->setBusy(true);
        QVERIFY(m_indicator->isBusy());
        QVERIFY(!m_bar->isVisible()); // not yet
        QTRY_VERIFY(m_bar->isVisible());
        QVERIFY(m_cancel->isVisible());
        m_indicator->setBusy(false);
        QVERIFY(!m_bar->isVisible());
        QVERIFY(!m_cancel->isVisible());
    }

    void quickWorkShowsNothing() {
        QSignalSpy shown(m_indicator, &BusyIndicator::shownChanged);
        m_indicator->setBusy(true);
        m_indicator->setBusy(false);
        waitPastTheDelay();
        QVERIFY(!m_bar->isVisible());
        QVERIFY(!m_cancel->isVisible());
        QVERIFY(!m_indicator->isShown());
        QCOMPARE(shown.count(), 0);
    }

    // What trades places with the signs hears once when they appear and once when they go.
    void tellsWhenTheSignsShowAndGo() {
        QSignalSpy shown(m_indicator, &BusyIndicator::shownChanged);
        m_indicator->setBusy(true);
        QTRY_COMPARE(shown.count(), 1);
        QCOMPARE(shown.at(0).at(0).toBool(), true);
        QVERIFY(m_indicator->isShown());
        m_indicator->setBusy(false);
        QCOMPARE(shown.count(), 2);
        QCOMPARE(shown.at(1).at(0).toBool(), false);
        QVERIFY(!m_indicator->isShown());
    }

    // Busy again while busy does not push the signs further away.
    void busyTwiceKeepsTheFirstStart() {
        m_indicator->setBusy(true);
        QTimer::singleShot(BusyIndicator::DelayMs / 2, this,
                           [this] { m_indicator->setBusy(true); });
        bool justAfter = false;
        QTimer::singleShot(BusyIndicator::DelayMs + BusyIndicator::DelayMs / 4, this,
                           [this, &justAfter] { justAfter = m_bar->isVisible(); });
        waitPastTheDelay();
        QVERIFY(justAfter);
    }

    void aWidgetGoneIsSkipped() {
        delete m_cancel;
        m_indicator->setBusy(true);
        QTRY_VERIFY(m_bar->isVisible());
        m_indicator->setBusy(false);
        QVERIFY(!m_bar->isVisible());
    }

    // Showing the signs moves nothing beside them (the fields of a bar kept narrowing to make
    // room for them), and hiding them moves nothing back.
    void theSignsKeepTheirPlace() {
        QWidget window;
        auto *layout = new QHBoxLayout(&window);
        auto *field = new QLineEdit(&window);
        auto *bar = new QProgressBar(&window);
        layout->addWidget(field, 1);
        layout->addWidget(bar);
        BusyIndicator indicator({bar}, &window);
        window.resize(600, 40);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QRect idle = field->geometry();
        QVERIFY(idle.width() < 600 - bar->sizeHint().width());

        indicator.setBusy(true);
        QTRY_VERIFY(bar->isVisible());
        layout->activate();
        QCOMPARE(field->geometry(), idle);

        indicator.setBusy(false);
        layout->activate();
        QCOMPARE(field->geometry(), idle);
    }

private:
    std::unique_ptr<QWidget> m_window;
    QProgressBar *m_bar = nullptr;
    QPushButton *m_cancel = nullptr;
    BusyIndicator *m_indicator = nullptr;
};

QTEST_MAIN(tst_BusyIndicator)
#include "tst_BusyIndicator.moc"
