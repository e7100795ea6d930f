#include "gui/newtask/TagPicker.h"

#include "ui_TagPicker.h"

#include "core/session/DirectoryCache.h"
#include "gui/widgets/ChipList.h"
#include "gui/widgets/SuggestionDelegate.h"
#include "gui/widgets/SuggestionList.h"
#include "models/DisplayFormat.h"

#include <QLineEdit>
#include <QListView>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>

using namespace Qt::StringLiterals;

namespace {

QString tagKey(const QString &id) {
    return u"tag:"_s + id;
}

} // namespace

TagPicker::TagPicker(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::TagPicker>())
    , m_model(new QStandardItemModel(this))
    , m_filter(new QSortFilterProxyModel(this)) {
    m_ui->setupUi(this);
    m_filter->setSourceModel(m_model);
    m_filter->setFilterRole(TitleRole);
    m_filter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_filter->setSortRole(TitleRole);
    m_filter->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_filter->sort(0);
    m_ui->suggestionsListView->setModel(m_filter);
    m_ui->suggestionsListView->setItemDelegate(
        new SuggestionDelegate(NoteRole, m_ui->suggestionsListView));
    m_ui->suggestionsListView->setAccessibleName(tr("Matching tags"));
    m_suggestions = new SuggestionList(m_ui->tagLineEdit, m_ui->suggestionsListView, this);
    m_suggestions->setModel(m_filter);
    m_suggestions->setVisibleRows(6);
    m_ui->tagChipList->setFallbackFocus(m_ui->tagLineEdit);
    m_ui->tagChipList->setAccessibleName(tr("Chosen tags"));
    m_ui->loadingProgressBar->setAccessibleName(tr("Loading tags"));
    m_ui->tagLineEdit->setToolTip(tr("Up and Down choose a tag, Enter adds it."));

    connect(m_ui->tagLineEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filter->setFilterFixedString(text.trimmed());
        updateNote();
    });
    connect(m_suggestions, &SuggestionList::chosen, this, &TagPicker::take);
    connect(m_suggestions, &SuggestionList::enteredWithoutChoice, this,
            &TagPicker::enteredWithoutChoice);
    connect(m_suggestions, &SuggestionList::backspaceOnEmpty, this,
            [this] { m_ui->tagChipList->focusLastChip(); });
    connect(m_ui->tagChipList, &ChipList::chipRemoved, this, [this](const QString &key) {
        for (qsizetype i = 0; i < m_tags.size(); ++i) {
            if (tagKey(m_tags.at(i).id) == key) {
                m_tags.removeAt(i);
                Q_EMIT changed();
                return;
            }
        }
    });
    connect(m_ui->retryPushButton, &QPushButton::clicked, this, [this] {
        if (m_cache != nullptr)
            m_cache->refresh(DirectoryCache::What::Tags);
        updateNote();
    });
    updateNote();
}

TagPicker::~TagPicker() = default;

void TagPicker::setCache(DirectoryCache *cache) {
    if (m_cache != nullptr)
        disconnect(m_cache, nullptr, this, nullptr);
    m_cache = cache;
    if (cache != nullptr) {
        connect(cache, &DirectoryCache::loaded, this, [this](DirectoryCache::What what) {
            if (what == DirectoryCache::What::Tags)
                refreshFromCache();
            updateNote();
        });
        connect(cache, &DirectoryCache::failed, this, [this] { updateNote(); });
        connect(cache, &DirectoryCache::cleared, this, [this] {
            refreshFromCache();
            updateNote();
        });
    }
    refreshFromCache();
    updateNote();
}

void TagPicker::ensureLoaded() {
    if (m_cache != nullptr)
        m_cache->ensure(DirectoryCache::What::Tags);
    updateNote();
}

void TagPicker::setTags(const QList<OneOffTaskDraft::Tag> &tags) {
    m_tags.clear();
    m_ui->tagChipList->clear();
    const QSignalBlocker blocker(this);
    for (const OneOffTaskDraft::Tag &tag : tags)
        addTag(tag.id, tag.title);
}

bool TagPicker::addTag(const QString &id, const QString &title) {
    for (const OneOffTaskDraft::Tag &tag : std::as_const(m_tags)) {
        if (tag.id == id)
            return false;
    }
    QString shown = title;
    if (shown.isEmpty() && m_cache != nullptr) {
        if (const auto tag = m_cache->tag(id))
            shown = tag->title;
    }
    if (shown.isEmpty())
        shown = id.left(8);
    m_tags.append(OneOffTaskDraft::Tag{id, shown});
    m_ui->tagChipList->addChip(tagKey(id), shown, tr("Tag"));
    Q_EMIT changed();
    return true;
}

void TagPicker::setProblems(const QList<ValidationResult::Problem> &problems) {
    m_ui->tagChipList->clearChipProblems();
    for (const ValidationResult::Problem &problem : problems) {
        const QStringList parts = problem.path.split(u'.');
        bool ok = false;
        const int index = parts.value(1).toInt(&ok);
        if (parts.size() == 2 && parts.at(0) == "tags"_L1 && ok && index >= 0 &&
            index < m_tags.size())
            m_ui->tagChipList->setChipProblem(tagKey(m_tags.at(index).id), problem.message,
                                              problem.severity ==
                                                  ValidationResult::Severity::Error);
    }
}

QLineEdit *TagPicker::lineEdit() const {
    return m_ui->tagLineEdit;
}
QListView *TagPicker::suggestionsView() const {
    return m_ui->suggestionsListView;
}
ChipList *TagPicker::chipList() const {
    return m_ui->tagChipList;
}

QString TagPicker::noteText() const {
    return m_ui->loadingLabel->isHidden() ? QString() : m_ui->loadingLabel->text();
}

void TagPicker::take(const QModelIndex &index) {
    addTag(index.data(IdRole).toString(), index.data(TitleRole).toString());
    m_ui->tagLineEdit->clear();
    m_suggestions->update();
}

void TagPicker::enteredWithoutChoice(const QString &text) {
    const QString wanted = text.trimmed();
    if (wanted.isEmpty())
        return;
    updateNote(tr("No tag is called \u201c%1\u201d. Tags are created in Tallyfy.").arg(wanted));
}

void TagPicker::refreshFromCache() {
    m_model->clear();
    if (m_cache == nullptr)
        return;
    for (const Tag &tag : m_cache->tags()) {
        if (tag.deletedAt.isValid())
            continue;
        auto *item = new QStandardItem(tag.title.isEmpty() ? tag.id : tag.title);
        item->setData(tag.id, IdRole);
        item->setData(tag.title, TitleRole);
        item->setData(tag.autoGenerated ? tr("process tag") : QString(), NoteRole);
        item->setEditable(false);
        m_model->appendRow(item);
    }
    m_suggestions->update();
}

void TagPicker::updateNote(const QString &extra) {
    QString text = extra;
    bool failed = false;
    bool loading = false;
    if (text.isEmpty() && m_cache != nullptr) {
        if (m_cache->isLoading(DirectoryCache::What::Tags)) {
            text = tr("Loading tags\u2026");
            loading = true;
        } else if (const auto error = m_cache->lastError(DirectoryCache::What::Tags)) {
            text = tr("Could not load the tags: %1").arg(DisplayFormat::elided(error->userText()));
            failed = true;
        }
    }
    m_ui->loadingLabel->setText(text);
    m_ui->loadingLabel->setVisible(!text.isEmpty());
    m_ui->loadingProgressBar->setVisible(loading);
    m_ui->retryPushButton->setVisible(failed);
}
