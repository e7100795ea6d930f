#pragma once

#include <QApplication>
#include <QColor>
#include <QPalette>
#include <QString>
#include <QStringList>
#include <QStyleFactory>
#include <QTranslator>

/// The screenshot tools' `--dark` option: Fusion with a dark palette, as a dark desktop
/// would hand it to Taskdesk, and a "-dark" suffix on every file name so that both looks can
/// sit side by side in packaging/screenshots.
class ScreenshotTheme final {
public:
    /// Reads the command line: the output folder (the first argument that is not an option,
    /// `fallback` when there is none) and --dark, which it applies at once. Call it after
    /// creating the QApplication and before creating any widget.
    explicit ScreenshotTheme(const QString &fallback) {
        const QStringList arguments = QApplication::arguments();
        for (qsizetype i = 1; i < arguments.size(); ++i) {
            if (arguments.at(i) == QStringLiteral("--dark"))
                m_dark = true;
            else if (m_folder.isEmpty() && !arguments.at(i).startsWith(u'-'))
                m_folder = arguments.at(i);
        }
        if (m_folder.isEmpty())
            m_folder = fallback;
        // English as the app shows it: its plural forms ("3 problems") come from taskdesk_en.
        if (m_translator.load(QStringLiteral("taskdesk_en"), QStringLiteral(":/i18n")))
            QApplication::installTranslator(&m_translator);
        if (m_dark) {
            QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
            QApplication::setPalette(darkPalette());
        }
    }

    [[nodiscard]] bool isDark() const { return m_dark; }
    [[nodiscard]] QString folder() const { return m_folder; }

    /// "<folder>/<name>.png", or "<folder>/<name>-dark.png" with --dark.
    [[nodiscard]] QString path(const QString &name) const {
        return m_folder + u'/' + name +
               (m_dark ? QStringLiteral("-dark.png") : QStringLiteral(".png"));
    }

    /// A dark palette like the ones dark desktop themes give Qt applications.
    static QPalette darkPalette() {
        const QColor window(0x2d, 0x2f, 0x33);
        const QColor base(0x1f, 0x21, 0x24);
        const QColor text(0xe8, 0xea, 0xed);
        const QColor disabled(0x80, 0x86, 0x8b);
        QPalette palette(window);
        palette.setColor(QPalette::Window, window);
        palette.setColor(QPalette::WindowText, text);
        palette.setColor(QPalette::Base, base);
        palette.setColor(QPalette::AlternateBase, QColor(0x27, 0x29, 0x2d));
        palette.setColor(QPalette::ToolTipBase, QColor(0x3c, 0x40, 0x43));
        palette.setColor(QPalette::ToolTipText, text);
        palette.setColor(QPalette::PlaceholderText, QColor(0x9a, 0xa0, 0xa6));
        palette.setColor(QPalette::Text, text);
        palette.setColor(QPalette::Button, QColor(0x3a, 0x3d, 0x42));
        palette.setColor(QPalette::ButtonText, text);
        palette.setColor(QPalette::BrightText, QColor(0xff, 0x6b, 0x6b));
        palette.setColor(QPalette::Light, QColor(0x4a, 0x4e, 0x54));
        palette.setColor(QPalette::Midlight, QColor(0x3f, 0x43, 0x48));
        palette.setColor(QPalette::Mid, QColor(0x26, 0x28, 0x2b));
        palette.setColor(QPalette::Dark, QColor(0x1a, 0x1b, 0x1e));
        palette.setColor(QPalette::Shadow, QColor(0x0f, 0x10, 0x12));
        palette.setColor(QPalette::Highlight, QColor(0x3d, 0x7e, 0xd8));
        palette.setColor(QPalette::HighlightedText, QColor(0xff, 0xff, 0xff));
        palette.setColor(QPalette::Link, QColor(0x8a, 0xb4, 0xf8));
        palette.setColor(QPalette::LinkVisited, QColor(0xc5, 0x8a, 0xf9));
        for (const QPalette::ColorRole role :
             {QPalette::WindowText, QPalette::Text, QPalette::ButtonText}) {
            palette.setColor(QPalette::Disabled, role, disabled);
        }
        palette.setColor(QPalette::Disabled, QPalette::Base, window);
        return palette;
    }

private:
    QTranslator m_translator;
    bool m_dark = false;
    QString m_folder;
};
