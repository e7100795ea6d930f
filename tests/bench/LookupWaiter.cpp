#include "LookupWaiter.h"

#include "BenchOutput.h"

#include "core/api/ApiError.h"
#include "gui/lookup/TaskLookupPane.h"

#include <QLineEdit>
#include <QTest>

using namespace Qt::StringLiterals;

LookupWaiter::LookupWaiter(TaskLookupPane &pane, int timeoutMs) {
    QObject::connect(&pane, &TaskLookupPane::taskShown, &m_loop, [this](const QString &) {
        m_shownAt = BenchOutput::nowMs();
        m_loop.quit();
    });
    QObject::connect(&pane, &TaskLookupPane::lookupFailed, &m_loop, [this](const ApiError &error) {
        m_failure = error.userText();
        m_loop.quit();
    });
    m_timeout.setSingleShot(true);
    m_timeout.setInterval(timeoutMs);
    QObject::connect(&m_timeout, &QTimer::timeout, &m_loop, [this, timeoutMs] {
        m_failure = u"no answer within %1 s"_s.arg(timeoutMs / 1000);
        m_loop.quit();
    });
}

std::optional<double> LookupWaiter::pressEnter(QLineEdit *input) {
    m_shownAt = 0;
    m_failure.clear();
    m_timeout.start();
    QTest::keyClick(input, Qt::Key_Return);
    if (m_shownAt == 0 && m_failure.isEmpty())
        m_loop.exec();
    m_timeout.stop();
    if (!m_failure.isEmpty())
        return std::nullopt;
    return m_shownAt;
}
