#pragma once

#include "core/session/ConnectionProbe.h"
#include "core/session/Session.h"
#include "core/settings/TokenSource.h"

#include <QList>
#include <QString>
#include <QUrl>
#include <QWidget>

#include <memory>
#include <optional>

class QLineEdit;

namespace Ui {
class TokenField;
}

/// The Settings dialog's token input: a password field with Show and Paste, a status line that
/// says where the token in force comes from (keychain, this run only, TALLYFY_API_TOKEN) and
/// what OK will do, "Remove stored token", and where to find a token for the chosen server.
///
/// It keeps the token in force (Session::readSavedToken) but never shows it; effectiveToken()
/// and fillTarget() say which token a check or the save uses, and which server it belongs to.
class TokenField final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TokenField)

public:
    explicit TokenField(QWidget *parent = nullptr);
    ~TokenField() override;

    /// TALLYFY_API_TOKEN decides for this run: the input is disabled (known before the token).
    void setFromEnvironment();
    /// The token in force, once read. Environment disables the input.
    void setSaved(const Session::SavedToken &saved);
    /// The server whose web app hands out tokens (for the "Where do I find it?" link).
    void setServer(const std::optional<QUrl> &server);

    /// The typed token, normalized (trimmed, no "Bearer "); empty when nothing or something
    /// unusable was typed, with the reason in `problem` for the latter.
    [[nodiscard]] QString typedToken(QString *problem = nullptr) const;
    /// True once "Remove stored token" is pressed (until it is pressed again).
    [[nodiscard]] bool removesStored() const { return m_removeStored; }
    /// The token checks and the save use: the one typed, else the one in force (unless it is
    /// to be removed). TALLYFY_API_TOKEN always wins.
    [[nodiscard]] QString effectiveToken() const;
    /// Sets the token of `target`, whether it was typed, and the server the token in force
    /// belongs to.
    void fillTarget(ConnectionProbe::Target &target) const;

    /// While saving, the input is read-only.
    void setSaving(bool saving);
    /// Replaces the status line until the next change (e.g. the keychain refused the token).
    void showStatus(const QString &text);
    /// Re-checks what was typed and says what is wrong with it.
    void showProblem();

    [[nodiscard]] QLineEdit *lineEdit() const;
    /// The inputs in tab order.
    [[nodiscard]] QList<QWidget *> inputs() const;

Q_SIGNALS:
    /// The typed token or the removal choice changed: the token to use may be another one.
    void changed();

private:
    void updateState();

    std::unique_ptr<Ui::TokenField> m_ui;
    std::optional<TokenSource::Origin> m_origin;
    std::optional<Session::SavedToken> m_saved; ///< the token in force; never shown
    bool m_removeStored = false;
};
