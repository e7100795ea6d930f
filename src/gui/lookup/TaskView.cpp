#include "gui/lookup/TaskView.h"

#include "ui_TaskView.h"

#include "gui/lookup/JsonFindBar.h"
#include "gui/lookup/TaskHeader.h"
#include "gui/widgets/SafeTextBrowser.h"
#include "models/DisplayFormat.h"
#include "models/FormFieldsModel.h"
#include "models/JsonDisplay.h"
#include "models/JsonDocumentBuilder.h"
#include "models/NameDirectory.h"
#include "models/OwnersModel.h"
#include "models/TaskDetailsModel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLocale>
#include <QLoggingCategory>
#include <QPlainTextDocumentLayout>
#include <QTextDocument>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcTaskView, "taskdesk.ui.taskview", QtInfoMsg)

namespace {

QString byteSizeText(qsizetype characters) {
    return QLocale().formattedDataSize(characters, 1, QLocale::DataSizeTraditionalFormat);
}

} // namespace

TaskView::TaskView(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::TaskView>())
    , m_detailsModel(new TaskDetailsModel(this))
    , m_ownersModel(new OwnersModel(this))
    , m_formFieldsModel(new FormFieldsModel(this))
    , m_copyId(new QAction(tr("Copy task ID"), this))
    , m_copyJson(new QAction(tr("Copy JSON"), this))
    , m_copyCurl(new QAction(tr("Copy as cURL"), this))
    , m_openInBrowser(new QAction(tr("Open in browser"), this))
    , m_find(new QAction(tr("Find in JSON"), this))
    , m_editAnswers(new QAction(tr("Edit &answers"), this))
    , m_rawJsonBuilder(new JsonDocumentBuilder(this))
    , m_emptyDocument(nullptr) {
    m_ui->setupUi(this);
    setObjectName(u"taskView"_s);

    m_ui->detailsTreeView->setModel(m_detailsModel);
    m_ui->detailsTreeView->setAccessibleName(tr("Task details"));
    setUpTree(m_ui->detailsTreeView, {280});
    m_ui->ownersTreeView->setModel(m_ownersModel);
    m_ui->ownersTreeView->setAccessibleName(tr("Owners"));
    setUpTree(m_ui->ownersTreeView, {320});
    m_ui->formFieldsTreeView->setModel(m_formFieldsModel);
    m_ui->formFieldsTreeView->setAccessibleName(tr("Form fields"));
    setUpTree(m_ui->formFieldsTreeView, {240, 110, 80});

    m_ui->descriptionTextBrowser->setAccessibleName(tr("Description"));
    m_ui->descriptionTextBrowser->setPlaceholderText(tr("This task has no description."));
    m_ui->rawJsonPlainTextEdit->setAccessibleName(tr("Raw JSON"));
    m_ui->rawJsonPlainTextEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    // The editor's own document would be deleted when another is set; this one belongs to the
    // editor widget instead, so it can be shown again whenever there is nothing to show.
    m_emptyDocument = new QTextDocument(m_ui->rawJsonPlainTextEdit);
    m_emptyDocument->setDocumentLayout(new QPlainTextDocumentLayout(m_emptyDocument));
    m_ui->rawJsonPlainTextEdit->setDocument(m_emptyDocument);
    m_ui->jsonFindBar->setTarget(m_ui->rawJsonPlainTextEdit);
    m_ui->jsonFindBar->hide();
    m_ui->rawJsonStatusLabel->hide();
    m_ui->namesStatusLabel->hide();
    m_ui->formFieldsNoteLabel->hide();

    m_editAnswers->setObjectName(u"editAnswersAction"_s);
    m_editAnswers->setShortcut(QKeySequence(Qt::Key_F2));
    m_editAnswers->setShortcutContext(Qt::WidgetShortcut);
    m_editAnswers->setToolTip(tr("Answer the task's form fields (F2 on a field)"));
    m_editAnswers->setEnabled(false);
    m_ui->formFieldsTreeView->addAction(m_editAnswers);
    connect(m_editAnswers, &QAction::triggered, this, [this] {
        const QModelIndex current = m_ui->formFieldsTreeView->currentIndex();
        Q_EMIT editAnswersRequested(current.data(FormFieldsModel::FieldIdRole).toString());
    });

    m_copyId->setObjectName(u"copyTaskIdAction"_s);
    m_copyId->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_copyJson->setObjectName(u"copyJsonAction"_s);
    m_copyJson->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_J));
    m_copyCurl->setObjectName(u"copyCurlAction"_s);
    m_copyCurl->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U));
    m_copyCurl->setToolTip(
        tr("Copy the request as a curl command; the token is written as $TALLYFY_API_TOKEN"));
    m_openInBrowser->setObjectName(u"openInBrowserAction"_s);
    m_openInBrowser->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    m_find->setObjectName(u"findInJsonAction"_s);
    m_find->setShortcut(QKeySequence::Find);
    for (QAction *action : taskActions()) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        if (!action->shortcut().isEmpty())
            action->setToolTip(u"%1 (%2)"_s.arg(
                action->toolTip(), action->shortcut().toString(QKeySequence::NativeText)));
        addAction(action);
    }
    m_ui->copyIdToolButton->setDefaultAction(m_copyId);
    m_ui->copyJsonToolButton->setDefaultAction(m_copyJson);
    m_ui->copyCurlToolButton->setDefaultAction(m_copyCurl);
    m_ui->openBrowserToolButton->setDefaultAction(m_openInBrowser);

    connect(m_copyId, &QAction::triggered, this, &TaskView::copyId);
    connect(m_copyJson, &QAction::triggered, this, &TaskView::copyJson);
    connect(m_copyCurl, &QAction::triggered, this, &TaskView::copyCurlRequested);
    connect(m_openInBrowser, &QAction::triggered, this, &TaskView::openInBrowser);
    connect(m_find, &QAction::triggered, this, &TaskView::find);
    connect(m_ui->refreshNamesPushButton, &QPushButton::clicked, this,
            &TaskView::refreshNamesRequested);
    connect(m_ui->showSourceCheckBox, &QCheckBox::toggled, this, &TaskView::showDescription);
    connect(m_ui->descriptionTextBrowser, &QTextBrowser::anchorClicked, this,
            [this](const QUrl &url) {
                if (SafeTextBrowser::openClickedLink(url)) {
                    Q_EMIT statusMessage(
                        tr("Opened %1").arg(DisplayFormat::elided(url.toDisplayString())));
                } else {
                    Q_EMIT statusMessage(
                        tr("Not opened: %1").arg(DisplayFormat::elided(url.toDisplayString())));
                }
            });
    connect(m_rawJsonBuilder, &JsonDocumentBuilder::built, this, &TaskView::onRawJsonBuilt);
    connect(m_ui->sectionTabWidget, &QTabWidget::currentChanged, this, [this] {
        if (currentSection() == Section::RawJson)
            ensureRawJson();
    });

    clear();
}

TaskView::~TaskView() {
    // The built document goes with m_rawDocument before the editor: detach it first.
    m_ui->rawJsonPlainTextEdit->setDocument(m_emptyDocument);
}

QList<QAction *> TaskView::taskActions() const {
    return {m_copyId, m_copyJson, m_copyCurl, m_openInBrowser, m_find};
}

void TaskView::setActionRow(QWidget *row) {
    m_ui->taskViewLayout->insertWidget(m_ui->taskViewLayout->indexOf(m_ui->taskHeader) + 1, row);
}

TaskHeader *TaskView::header() const {
    return m_ui->taskHeader;
}

QTreeView *TaskView::detailsTree() const {
    return m_ui->detailsTreeView;
}

QTreeView *TaskView::ownersTree() const {
    return m_ui->ownersTreeView;
}

QTreeView *TaskView::formFieldsTree() const {
    return m_ui->formFieldsTreeView;
}

QTextBrowser *TaskView::descriptionBrowser() const {
    return m_ui->descriptionTextBrowser;
}

QPlainTextEdit *TaskView::rawJsonEdit() const {
    return m_ui->rawJsonPlainTextEdit;
}

void TaskView::setUpTree(QTreeView *tree, const QList<int> &columnWidths) {
    // Fixed widths: measuring contents (resizeColumnsToContents) walks every row, which a task
    // with thousands of fields cannot afford.
    QHeaderView *header = tree->header();
    header->setStretchLastSection(true);
    header->setSectionResizeMode(QHeaderView::Interactive);
    for (int column = 0; column < columnWidths.size(); ++column)
        header->resizeSection(column, columnWidths.at(column));

    auto *copy = new QAction(tr("Copy"), tree);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    connect(copy, &QAction::triggered, this, [this, tree] { copyCurrentRow(tree); });
    tree->addAction(copy);
    auto *separator = new QAction(tree);
    separator->setSeparator(true);
    tree->addAction(separator);
    tree->addActions({m_copyId, m_copyJson, m_copyCurl, m_openInBrowser});
    tree->setContextMenuPolicy(Qt::ActionsContextMenu);
}

void TaskView::setTask(const Task &task) {
    m_task = task;
    m_ui->taskHeader->setTask(task);
    m_detailsModel->setTask(task);
    m_ownersModel->setOwners(task.owners);
    m_formFieldsModel->setFields(task.formFields);

    QTabWidget *tabs = m_ui->sectionTabWidget;
    const int ownerCount =
        int(task.owners.users.size() + task.owners.guests.size() + task.owners.groups.size());
    tabs->setTabText(tabs->indexOf(m_ui->ownersTab), tr("&Owners (%1)").arg(ownerCount));
    if (task.formFieldsIncluded) {
        tabs->setTabText(tabs->indexOf(m_ui->formFieldsTab),
                         tr("For&m fields (%1)").arg(task.formFields.size()));
        m_ui->formFieldsNoteLabel->setVisible(task.formFields.isEmpty());
        m_ui->formFieldsNoteLabel->setText(tr("This task has no form fields."));
    } else {
        tabs->setTabText(tabs->indexOf(m_ui->formFieldsTab), tr("For&m fields"));
        m_ui->formFieldsNoteLabel->setVisible(true);
        m_ui->formFieldsNoteLabel->setText(tr("Form fields were not fetched. Tick “form_fields” "
                                              "under Include and look the task up again."));
    }
    expandSmallSections();
    showDescription();

    // The raw JSON is rebuilt only when it is looked at.
    dropRawJson();
    if (currentSection() == Section::RawJson)
        ensureRawJson();

    updateActions();
}

void TaskView::clear() {
    m_task.reset();
    m_ui->taskHeader->clear();
    m_detailsModel->clear();
    m_ownersModel->setOwners({});
    m_formFieldsModel->setFields({});
    m_ui->descriptionTextBrowser->clear();
    dropRawJson();
    updateActions();
}

void TaskView::dropRawJson() {
    m_rawJsonBuilder->cancel(); // a document still being built never arrives
    m_rawJsonRequested = false;
    m_rawJsonShown = false;
    m_ui->rawJsonPlainTextEdit->setDocument(m_emptyDocument);
    m_rawDocument.reset();
}

void TaskView::setDirectory(const NameDirectory &directory) {
    m_detailsModel->setDirectory(directory);
    m_ownersModel->setDirectory(directory);
    m_formFieldsModel->setDirectory(directory);
}

void TaskView::setNamesState(bool loading, const std::optional<ApiError> &failure) {
    QString text;
    if (loading)
        text = tr("Loading the names of members and groups…");
    else if (failure && failure->kind != ApiError::Kind::Cancelled)
        text = tr("Names could not be loaded: %1").arg(failure->userText());
    m_ui->namesStatusLabel->setText(text);
    m_ui->namesStatusLabel->setVisible(!text.isEmpty());
}

void TaskView::setWebLink(const QUrl &url) {
    m_webLink = url;
    m_openInBrowser->setToolTip(
        url.isEmpty() ? QString()
                      : tr("Open the task's page in the Tallyfy web app: %1 (%2)")
                            .arg(url.toDisplayString(),
                                 m_openInBrowser->shortcut().toString(QKeySequence::NativeText)));
    updateActions();
}

QWidget *TaskView::sectionPage(Section section) const {
    switch (section) {
    case Section::Details:
        return m_ui->detailsTab;
    case Section::Owners:
        return m_ui->ownersTab;
    case Section::FormFields:
        return m_ui->formFieldsTab;
    case Section::Comments:
        return m_commentsPage;
    case Section::Description:
        return m_ui->descriptionTab;
    case Section::RawJson:
        return m_ui->rawJsonTab;
    }
    return nullptr;
}

TaskView::Section TaskView::currentSection() const {
    QWidget *current = m_ui->sectionTabWidget->currentWidget();
    for (const Section section : {Section::Details, Section::Owners, Section::FormFields,
                                  Section::Comments, Section::Description, Section::RawJson}) {
        if (current != nullptr && sectionPage(section) == current)
            return section;
    }
    return Section::Details;
}

void TaskView::showSection(Section section) {
    if (QWidget *page = sectionPage(section))
        m_ui->sectionTabWidget->setCurrentWidget(page);
}

void TaskView::setCommentsPage(QWidget *page) {
    m_commentsPage = page;
    QTabWidget *tabs = m_ui->sectionTabWidget;
    tabs->insertTab(tabs->indexOf(m_ui->formFieldsTab) + 1, page, tr("Comme&nts"));
}

void TaskView::setAnswersEditor(QWidget *editor) {
    m_answersEditor = editor;
    auto *button = new QToolButton(m_ui->formFieldsTab);
    m_editAnswersButton = button;
    button->setObjectName(u"editAnswersToolButton"_s);
    button->setDefaultAction(m_editAnswers);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *row = new QHBoxLayout;
    row->addWidget(button);
    row->addStretch(1);
    auto *layout = qobject_cast<QVBoxLayout *>(m_ui->formFieldsTab->layout());
    layout->insertLayout(0, row);
    layout->addWidget(editor, 1);
    editor->hide();
}

void TaskView::showAnswersEditor(bool shown) {
    if (!m_answersEditor)
        return;
    m_answersEditor->setVisible(shown);
    m_ui->formFieldsTreeView->setVisible(!shown);
    // A tool button follows its action's state but not its visibility.
    m_editAnswers->setVisible(!shown);
    m_editAnswersButton->setVisible(!shown);
    if (shown)
        showSection(Section::FormFields);
    else
        updateActions();
}

bool TaskView::isAnswersEditorShown() const {
    return m_answersEditor && !m_answersEditor->isHidden();
}

void TaskView::setCommentCount(int count) {
    QTabWidget *tabs = m_ui->sectionTabWidget;
    const int index = tabs->indexOf(m_commentsPage);
    if (index < 0)
        return;
    tabs->setTabText(index, count < 0 ? tr("Comme&nts") : tr("Comme&nts (%1)").arg(count));
}

void TaskView::find() {
    if (!m_task)
        return;
    showSection(Section::RawJson);
    m_ui->jsonFindBar->activate();
}

void TaskView::expandSmallSections() {
    // Sections stay closed when opening them would lay out thousands of rows at once.
    // Runs right after the models were reset, so nothing is expanded yet. No collapseAll(): it
    // lays a tree out at once, and then every expand() lays it out again; after a reset the
    // expands are only noted, and the tree is laid out once.
    const auto expandSmall = [](QTreeView *tree) {
        const QAbstractItemModel *model = tree->model();
        const int rows = model->rowCount();
        for (int row = 0; row < rows; ++row) {
            const QModelIndex index = model->index(row, 0);
            const int children = model->rowCount(index);
            if (children > 0 && children <= MaxAutoExpandedRows)
                tree->expand(index);
        }
    };
    expandSmall(m_ui->detailsTreeView);
    expandSmall(m_ui->ownersTreeView);
    if (m_formFieldsModel->rowCount() <= MaxAutoExpandedRows)
        expandSmall(m_ui->formFieldsTreeView);
}

void TaskView::showDescription() {
    auto *browser = m_ui->descriptionTextBrowser;
    browser->resetBlockedResourceCount();
    const QString summary = m_task ? m_task->summary : QString();
    if (m_ui->showSourceCheckBox->isChecked() || !Qt::mightBeRichText(summary))
        browser->setPlainText(summary);
    else
        browser->setHtml(summary);
    // Lay the document out now, so that blocked images are counted before the label is set.
    browser->document()->size();
    const int blocked = browser->blockedResourceCount();
    m_ui->blockedResourcesLabel->setText(
        blocked == 0   ? QString()
        : blocked == 1 ? tr("%n linked resource was not loaded", "", blocked)
                       : tr("%n linked resources were not loaded", "", blocked));
}

void TaskView::ensureRawJson() {
    if (!m_task || m_rawJsonRequested)
        return;
    m_rawJsonRequested = true;
    m_ui->rawJsonStatusLabel->setText(tr("Preparing the JSON…"));
    m_ui->rawJsonStatusLabel->show();
    m_rawJsonBuilder->build(m_task->raw);
}

void TaskView::onRawJsonBuilt(const std::shared_ptr<QTextDocument> &document,
                              qsizetype characters) {
    document->setDefaultFont(m_ui->rawJsonPlainTextEdit->font());
    document->setDocumentLayout(new QPlainTextDocumentLayout(document.get()));
    m_ui->rawJsonPlainTextEdit->setDocument(document.get());
    m_rawDocument = document;
    m_rawJsonShown = true;
    m_ui->rawJsonStatusLabel->setText(
        tr("%1 of JSON, as received; read-only. Ctrl+F finds text.").arg(byteSizeText(characters)));
    qCDebug(lcTaskView) << "raw JSON shown:" << characters << "characters";
    Q_EMIT rawJsonShown();
}

QString TaskView::prettyJson() const {
    if (!m_task)
        return {};
    return JsonDisplay::prettyJson(m_task->raw);
}

void TaskView::copyId() {
    if (!m_task)
        return;
    QGuiApplication::clipboard()->setText(m_task->id);
    Q_EMIT statusMessage(tr("Copied the task ID %1").arg(m_task->id));
}

void TaskView::copyJson() {
    if (!m_task)
        return;
    const QString json = prettyJson();
    QGuiApplication::clipboard()->setText(json);
    Q_EMIT statusMessage(tr("Copied the task's JSON (%1)").arg(byteSizeText(json.size())));
}

void TaskView::openInBrowser() {
    if (m_webLink.isEmpty())
        return;
    QDesktopServices::openUrl(m_webLink);
    Q_EMIT statusMessage(tr("Opened the task's page in the web app"));
}

void TaskView::copyCurrentRow(QTreeView *tree) {
    const QModelIndex current = tree->currentIndex();
    if (!current.isValid())
        return;
    const QAbstractItemModel *model = tree->model();
    QStringList cells;
    for (int column = 0; column < model->columnCount(current.parent()); ++column) {
        const QModelIndex cell = current.siblingAtColumn(column);
        QString text;
        if (model == m_formFieldsModel && column == FormFieldsModel::AnswerColumn)
            text = cell.data(FormFieldsModel::FullAnswerRole).toString();
        if (text.isEmpty())
            text = cell.data(Qt::DisplayRole).toString();
        cells.append(text);
    }
    QGuiApplication::clipboard()->setText(cells.join(u'\t'));
    Q_EMIT statusMessage(tr("Copied the row"));
}

void TaskView::updateActions() {
    const bool hasTask = m_task.has_value();
    m_copyId->setEnabled(hasTask);
    m_copyJson->setEnabled(hasTask);
    m_copyCurl->setEnabled(hasTask);
    m_find->setEnabled(hasTask);
    // A tool button shows its default action's state but not its visibility.
    m_openInBrowser->setVisible(!m_webLink.isEmpty());
    m_ui->openBrowserToolButton->setVisible(!m_webLink.isEmpty());
    m_openInBrowser->setEnabled(hasTask && !m_webLink.isEmpty());
    m_editAnswers->setEnabled(m_answersEditor && hasTask && m_task->formFieldsIncluded &&
                              !m_task->formFields.isEmpty());
}
