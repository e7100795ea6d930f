#pragma once

#include "core/domain/Organization.h"

#include <QList>
#include <QString>
#include <QWidget>

#include <memory>
#include <optional>

class QComboBox;

namespace Ui {
class OrganizationPicker;
}

/// The Settings dialog's organization choice: an editable combo box listing the organizations
/// the token belongs to (once they are loaded), which also takes a typed or pasted ID, and a
/// hint line saying what the list holds or what is wrong. Organization names are server text
/// and shown as plain text.
///
/// It only shows what it is given: the dialog loads the list and calls setLoading(),
/// setOrganizations() or setLoadError().
class OrganizationPicker final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrganizationPicker)

public:
    explicit OrganizationPicker(QWidget *parent = nullptr);
    ~OrganizationPicker() override;

    /// The organization saved in the settings, preselected; `name` may be empty (then the
    /// entry shows the ID).
    void setSaved(const QString &id, const QString &name);

    /// Forgets the list: back to "type an ID, or enter a token to choose".
    void clearList();
    void setLoading();
    void setOrganizations(const QList<Organization> &organizations);
    /// `text` says why the list could not be loaded.
    void setLoadError(const QString &text);
    [[nodiscard]] bool isLoaded() const { return m_loaded; }

    /// The chosen organization's ID (from the list, a typed ID, or the ID inside a pasted
    /// web-app address), or nothing with the reason in `problem`. Once the list is loaded, an ID
    /// that is not on it is refused.
    [[nodiscard]] std::optional<QString> organization(QString *problem = nullptr) const;
    /// True when the field holds any text.
    [[nodiscard]] bool hasText() const;
    /// The organization's name: from the list, else the saved one, else empty.
    [[nodiscard]] QString nameOf(const QString &id) const;

    /// Shows `problem` in the hint line and focuses the input.
    void showProblem(const QString &problem);

    [[nodiscard]] QComboBox *comboBox() const;

Q_SIGNALS:
    /// The choice or the typed text changed.
    void changed();

private:
    void updateHint();
    [[nodiscard]] static QString entryText(const QString &id, const QString &name);

    std::unique_ptr<Ui::OrganizationPicker> m_ui;
    QList<Organization> m_organizations;
    bool m_loaded = false;
    bool m_loading = false;
    QString m_error;
    QString m_savedId;
    QString m_savedName;
};
