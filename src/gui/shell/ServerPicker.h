#pragma once

#include <QString>
#include <QUrl>
#include <QWidget>

#include <memory>
#include <optional>

class QComboBox;
class QLineEdit;

namespace Ui {
class ServerPicker;
}

/// The Settings dialog's server choice: the known Tallyfy servers, or a custom API base typed
/// in a line edit, with a hint or the reason the typed address is refused.
///
/// While a custom address is being typed it is only being *edited*: edited() tells the dialog
/// to wait. The address is *committed* (committed()) when another server is picked, when the
/// field is left or Return is pressed, or when commit() is called (Test connection, OK). Nothing
/// should be sent to an address that is not committed: a half-typed one may name another host.
class ServerPicker final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServerPicker)

public:
    explicit ServerPicker(QWidget *parent = nullptr);
    ~ServerPicker() override;

    /// Selects `url`: its entry when it is a known server, else the custom field holding it.
    void setServer(const QUrl &url);
    /// Shows the address the settings file held but that was refused, and why, in the custom
    /// field, until it is edited.
    void showRejectedSetting(const QString &storedText, const QString &reason);

    /// The chosen server, or nothing with the reason in `problem`.
    [[nodiscard]] std::optional<QUrl> server(QString *problem = nullptr) const;
    /// True from the first key typed in the custom field until it is committed.
    [[nodiscard]] bool isEditing() const { return m_editing; }
    /// Ends editing (emits committed() when it was under way).
    void commit();

    /// Shows `problem` under the inputs and focuses the input it concerns.
    void showProblem(const QString &problem);

    [[nodiscard]] QComboBox *comboBox() const;
    [[nodiscard]] QLineEdit *customLineEdit() const;

Q_SIGNALS:
    /// The custom address changed under the user's fingers: not to be used yet.
    void edited();
    /// The choice is final for now: another server was picked or the custom field was left.
    void committed();

private:
    void updateState();
    [[nodiscard]] bool isCustom() const;

    std::unique_ptr<Ui::ServerPicker> m_ui;
    bool m_editing = false;
    QString m_rejectedText;   ///< the refused stored address, while the field still holds it
    QString m_rejectedReason; ///< and why it was refused
};
