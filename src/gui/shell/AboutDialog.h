#pragma once

#include <QDialog>

/// Help > About Taskdesk: version, license and where the project lives.
class AboutDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AboutDialog)

public:
    explicit AboutDialog(QWidget *parent = nullptr);
    ~AboutDialog() override;

    /// https://github.com/taskdesk/taskdesk
    [[nodiscard]] static QString projectUrl();
};
