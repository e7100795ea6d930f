#include "gui/newtask/RunPicker.h"

#include "core/session/DirectoryCache.h"
#include "models/DisplayFormat.h"

#include <QStandardItemModel>

using namespace Qt::StringLiterals;

namespace {

constexpr int IdRole = Qt::UserRole + 1;
constexpr int NameRole = Qt::UserRole + 2;

} // namespace

RunPicker::RunPicker(QWidget *parent)
    : QComboBox(parent) {
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(30);
    connect(this, &QComboBox::activated, this, [this](int index) {
        m_runId = itemData(index, IdRole).toString();
        m_runName = itemData(index, NameRole).toString();
        Q_EMIT changed();
    });
    rebuild();
}

RunPicker::~RunPicker() = default;

void RunPicker::setCache(DirectoryCache *cache) {
    if (m_cache != nullptr)
        disconnect(m_cache, nullptr, this, nullptr);
    m_cache = cache;
    if (cache != nullptr) {
        connect(cache, &DirectoryCache::loaded, this, [this](DirectoryCache::What what) {
            if (what == DirectoryCache::What::Runs)
                rebuild();
        });
        connect(cache, &DirectoryCache::failed, this, [this](DirectoryCache::What what) {
            if (what == DirectoryCache::What::Runs)
                rebuild();
        });
        connect(cache, &DirectoryCache::cleared, this, &RunPicker::rebuild);
    }
    rebuild();
}

void RunPicker::ensureLoaded() {
    if (m_cache != nullptr && !m_cache->isLoaded(DirectoryCache::What::Runs)) {
        m_cache->ensure(DirectoryCache::What::Runs);
        rebuild();
    }
}

QString RunPicker::runId() const {
    return m_runId;
}

QString RunPicker::runName() const {
    return m_runName;
}

void RunPicker::setRun(const QString &id, const QString &name) {
    m_runId = id.trimmed();
    m_runName = name;
    rebuild();
}

int RunPicker::offeredCount() const {
    return m_offered;
}

void RunPicker::rebuild() {
    const QSignalBlocker blocker(this);
    clear();
    addItem(tr("None (a stand-alone task)"));
    setItemData(0, QString(), IdRole);
    m_offered = 0;
    int selected = 0;
    if (m_cache != nullptr) {
        for (const Run &run : m_cache->runs()) {
            if (run.canAddOot != std::optional<bool>(true))
                continue;
            const QString name = run.name.isEmpty() ? run.id : run.name;
            const QString text = run.checklistTitle.isEmpty() || run.checklistTitle == name
                                     ? name
                                     : tr("%1 (%2)").arg(name, run.checklistTitle);
            addItem(DisplayFormat::elided(text));
            const int index = count() - 1;
            setItemData(index, run.id, IdRole);
            setItemData(index, name, NameRole);
            setItemData(index, tr("Process ID %1").arg(run.id), Qt::ToolTipRole);
            ++m_offered;
            if (run.id == m_runId)
                selected = index;
        }
    }
    if (!m_runId.isEmpty() && selected == 0) {
        addItem(tr("%1 (not among the loaded processes)")
                    .arg(m_runName.isEmpty() ? m_runId : m_runName));
        selected = count() - 1;
        setItemData(selected, m_runId, IdRole);
        setItemData(selected, m_runName, NameRole);
    }
    if (m_cache != nullptr) {
        QString note;
        if (m_cache->isLoading(DirectoryCache::What::Runs))
            note = tr("Loading processes\u2026");
        else if (const auto error = m_cache->lastError(DirectoryCache::What::Runs))
            note = tr("Could not load the processes: %1").arg(error->userText());
        else if (m_cache->isLoaded(DirectoryCache::What::Runs) && m_offered == 0)
            note = tr("No active process accepts one-off tasks");
        if (!note.isEmpty()) {
            addItem(note);
            if (auto *items = qobject_cast<QStandardItemModel *>(model()))
                items->item(count() - 1)->setEnabled(false);
        }
    }
    setCurrentIndex(selected);
}
