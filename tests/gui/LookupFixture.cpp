#include "LookupFixture.h"

#include "gui/lookup/TaskView.h"

#include <QJsonArray>
#include <QLineEdit>
#include <QPushButton>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;

LookupFixture::LookupFixture() {
    if (!m_world.isValid())
        return;
    Session &session = m_world.startSandboxSession();
    m_pane = std::make_unique<TaskLookupPane>(session);
    m_valid = session.isReady();
}

LookupFixture::~LookupFixture() {
    m_pane.reset(); // before the session it uses
}

QLineEdit *LookupFixture::taskIdLineEdit() const {
    return m_pane->findChild<QLineEdit *>(u"taskIdLineEdit"_s);
}

QLineEdit *LookupFixture::runIdLineEdit() const {
    return m_pane->findChild<QLineEdit *>(u"runIdLineEdit"_s);
}

QPushButton *LookupFixture::lookupButton() const {
    return m_pane->findChild<QPushButton *>(u"lookupPushButton"_s);
}

QPushButton *LookupFixture::cancelButton() const {
    return m_pane->findChild<QPushButton *>(u"cancelPushButton"_s);
}

QString LookupFixture::richTaskId() const {
    // The most distinct field types, not the most fields: a generated large task has many
    // fields of one type.
    QString best;
    qsizetype most = -1;
    for (const SandboxServer::TaskInfo &info : m_world.server().seededTasks()) {
        QSet<QString> types;
        for (const QJsonValue &field : stored(info.id).value(u"form_fields"_s).toArray())
            types.insert(field.toObject().value(u"field_type"_s).toString());
        if (types.size() > most) {
            most = types.size();
            best = info.id;
        }
    }
    return best;
}

QJsonObject LookupFixture::stored(const QString &taskId) const {
    return m_world.server().storedTask(taskId);
}

int LookupFixture::taskRequestCount() const {
    return m_world.server().requestCount("GET", u"/tasks/[0-9a-f]{32}$"_s);
}

void LookupFixture::recreatePane() {
    m_pane.reset();
    m_pane = std::make_unique<TaskLookupPane>(m_world.session());
}

bool LookupFixture::showActivePane(const QSize &size) {
    m_pane->resize(size);
    m_pane->show();
    m_pane->activateWindow();
    return QTest::qWaitForWindowActive(m_pane.get());
}

bool LookupFixture::lookUpAndWait(const QString &taskId, const QString &runId) {
    m_pane->lookUp(taskId, runId);
    return QTest::qWaitFor(
        [this, &taskId] {
            const auto &shown = m_pane->taskView()->task();
            return shown && shown->id == taskId && !m_pane->isBusy();
        },
        30000);
}
