#pragma once

#include <QTextBrowser>

/// A read-only QTextBrowser for HTML that came from the server (a task's description): it
/// loads no resource at all (no remote image that would tell a tracker the task was opened, no
/// local file named by the HTML), and it never navigates itself. Links are reported through
/// QTextBrowser::anchorClicked for the owner to decide.
class SafeTextBrowser final : public QTextBrowser {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SafeTextBrowser)

public:
    explicit SafeTextBrowser(QWidget *parent = nullptr);
    ~SafeTextBrowser() override;

    /// How many resources the document asked for and did not get (images, style sheets).
    [[nodiscard]] int blockedResourceCount() const { return m_blocked; }
    void resetBlockedResourceCount() { m_blocked = 0; }

    QVariant loadResource(int type, const QUrl &name) override;

    /// Opens a clicked link when a browser or mail program handles it (http, https, mailto);
    /// never a local file or a script. False when it was not opened.
    static bool openClickedLink(const QUrl &url);

private:
    int m_blocked = 0;
};
