#pragma once

#include "core/api/ApiError.h"
#include "core/domain/Task.h"

#include <QUrl>
#include <QWidget>

#include <memory>
#include <optional>

class FormFieldsModel;
class JsonDocumentBuilder;
class NameDirectory;
class OwnersModel;
class QAction;
class QPlainTextEdit;
class QTextBrowser;
class QTextDocument;
class QTreeView;
class TaskDetailsModel;
class TaskHeader;

namespace Ui {
class TaskView;
}

/// Everything about one task: the header, then the sections Details, Owners and Form fields
/// (each a tree over its own model), the description (HTML shown safely, or its source) and
/// the raw JSON (pretty-printed, read-only, with find). Owns the actions on the task: copy ID,
/// copy JSON, copy as cURL (carried out by the owner, which knows the request) and open in
/// browser.
///
/// Built for large tasks: the trees have uniform rows and no widget per row, large sections
/// stay collapsed, and the pretty-printed JSON is built off the GUI thread, only once the Raw
/// JSON section is first shown.
class TaskView final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TaskView)

public:
    enum class Section { Details = 0, Owners, FormFields, Comments, Description, RawJson };
    Q_ENUM(Section)

    /// Sections with more rows than this are left collapsed when a task is shown.
    static constexpr int MaxAutoExpandedRows = 40;

    explicit TaskView(QWidget *parent = nullptr);
    ~TaskView() override;

    void setTask(const Task &task);
    void clear();
    [[nodiscard]] const std::optional<Task> &task() const { return m_task; }

    /// Names for members and groups; rows already shown are renamed in place.
    void setDirectory(const NameDirectory &directory);
    /// The note beside the owners while the names of members and groups load, or why they
    /// could not be loaded (a cancelled load says nothing).
    void setNamesState(bool loading, const std::optional<ApiError> &failure);
    /// The web app's page of the task; empty hides "Open in browser".
    void setWebLink(const QUrl &url);
    [[nodiscard]] QUrl webLink() const { return m_webLink; }

    [[nodiscard]] Section currentSection() const;
    void showSection(Section section);
    /// Ctrl+F: shows the raw JSON with the find bar open.
    void find();

    /// The task's JSON as received, pretty-printed (what "Copy JSON" copies).
    [[nodiscard]] QString prettyJson() const;
    /// True once the raw JSON text of the current task is in the editor.
    [[nodiscard]] bool isRawJsonShown() const { return m_rawJsonShown; }

    [[nodiscard]] QAction *copyIdAction() const { return m_copyId; }
    [[nodiscard]] QAction *copyJsonAction() const { return m_copyJson; }
    [[nodiscard]] QAction *copyCurlAction() const { return m_copyCurl; }
    [[nodiscard]] QAction *openInBrowserAction() const { return m_openInBrowser; }
    [[nodiscard]] QAction *findAction() const { return m_find; }
    /// The actions on the task, for a host that wants their shortcuts wider than this view.
    [[nodiscard]] QList<QAction *> taskActions() const;

    [[nodiscard]] TaskHeader *header() const;
    /// Places `row` (the action buttons) right under the header; the view takes it.
    void setActionRow(QWidget *row);
    /// Adds `page` (the task's comments) as the Comments section, after Form fields.
    void setCommentsPage(QWidget *page);
    /// The count in the Comments tab's title; negative: not known yet.
    void setCommentCount(int count);
    /// Places `editor` (the form answers editor) in the Form fields section, hidden until
    /// showAnswersEditor(true); the view takes it. Adds "Edit answers" and F2 on a field.
    void setAnswersEditor(QWidget *editor);
    /// Shows the answers editor instead of the Form fields tree, or the tree again.
    void showAnswersEditor(bool shown);
    [[nodiscard]] bool isAnswersEditorShown() const;
    /// "Edit answers" (F2 in the Form fields tree): enabled when the task was read with its
    /// form fields and has some.
    [[nodiscard]] QAction *editAnswersAction() const { return m_editAnswers; }
    [[nodiscard]] QTreeView *detailsTree() const;
    [[nodiscard]] QTreeView *ownersTree() const;
    [[nodiscard]] QTreeView *formFieldsTree() const;
    [[nodiscard]] QTextBrowser *descriptionBrowser() const;
    [[nodiscard]] QPlainTextEdit *rawJsonEdit() const;

Q_SIGNALS:
    /// The user asked for "Copy as cURL".
    void copyCurlRequested();
    /// The user asked for the member and group names to be fetched again.
    void refreshNamesRequested();
    /// A short message for the status bar.
    void statusMessage(const QString &text);
    /// The raw JSON of the current task is now in the editor.
    void rawJsonShown();
    /// "Edit answers" or F2: `fieldId` is the field under the cursor (empty: none).
    void editAnswersRequested(const QString &fieldId);

private:
    [[nodiscard]] QWidget *sectionPage(Section section) const;
    void setUpTree(QTreeView *tree, const QList<int> &columnWidths);
    void expandSmallSections();
    void showDescription();
    void ensureRawJson();
    /// Forgets the raw JSON shown or being built (a new task, or none).
    void dropRawJson();
    void onRawJsonBuilt(const std::shared_ptr<QTextDocument> &document, qsizetype characters);
    void copyId();
    void copyJson();
    void openInBrowser();
    void copyCurrentRow(QTreeView *tree);
    void updateActions();

    std::unique_ptr<Ui::TaskView> m_ui;
    TaskDetailsModel *m_detailsModel;
    OwnersModel *m_ownersModel;
    FormFieldsModel *m_formFieldsModel;
    QAction *m_copyId;
    QAction *m_copyJson;
    QAction *m_copyCurl;
    QAction *m_openInBrowser;
    QAction *m_find;
    QAction *m_editAnswers;
    QWidget *m_commentsPage = nullptr;
    QWidget *m_answersEditor = nullptr;
    QWidget *m_editAnswersButton = nullptr;

    std::optional<Task> m_task;
    QUrl m_webLink;

    JsonDocumentBuilder *m_rawJsonBuilder;
    // The editor shows m_emptyDocument (owned by the editor) or m_rawDocument (built off the
    // GUI thread); the shared pointer keeps the built document alive while it is shown.
    QTextDocument *m_emptyDocument;
    std::shared_ptr<QTextDocument> m_rawDocument;
    bool m_rawJsonRequested = false;
    bool m_rawJsonShown = false;
};
