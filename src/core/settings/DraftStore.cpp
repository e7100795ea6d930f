#include "core/settings/DraftStore.h"

#include "core/settings/Settings.h"

#include <QJsonDocument>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcDraft, "taskdesk.settings.draft", QtInfoMsg)

DraftStore::DraftStore(Settings *settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings) {
    m_timer.setSingleShot(true);
    m_timer.setInterval(DefaultDelayMs);
    connect(&m_timer, &QTimer::timeout, this, &DraftStore::flush);
}

DraftStore::~DraftStore() {
    flush();
}

std::optional<OneOffTaskDraft> DraftStore::load() const {
    if (m_settings == nullptr)
        return std::nullopt;
    const QByteArray bytes = m_settings->newTaskDraft();
    if (bytes.trimmed().isEmpty())
        return std::nullopt;
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        qCWarning(lcDraft) << "Stored draft is not readable:" << error.errorString();
        return std::nullopt;
    }
    return OneOffTaskDraft::fromDraftJson(document.object());
}

void DraftStore::save(const OneOffTaskDraft &draft) {
    m_pending = draft;
    m_timer.start();
}

void DraftStore::flush() {
    m_timer.stop();
    if (!m_pending.has_value() || m_settings == nullptr)
        return;
    const OneOffTaskDraft draft = std::move(*m_pending);
    m_pending.reset();
    m_settings->setNewTaskDraft(QJsonDocument(draft.toDraftJson()).toJson(QJsonDocument::Compact));
    m_settings->sync();
    m_lastSaved = QDateTime::currentDateTime();
    qCDebug(lcDraft) << "Draft saved";
    Q_EMIT saved();
}

void DraftStore::clear() {
    m_timer.stop();
    m_pending.reset();
    if (m_settings == nullptr)
        return;
    m_settings->setNewTaskDraft({});
    m_settings->sync();
}
