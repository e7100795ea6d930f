#pragma once

#include <QColor>
#include <QGuiApplication>
#include <QPalette>
#include <QString>

/// Colours for status surfaces (badges, chips, banners, message frames) and for problem text,
/// each in a light and a dark variant. The variant follows the palette: a window darker than
/// its text gets the dark one, so the same widget reads well on a light and a dark system
/// palette. Everything else keeps the palette's own roles.
class StatusColors final {
public:
    enum class Tone { Neutral, Info, Success, Warning, Error };

    struct Set {
        QColor background; ///< a tinted surface
        QColor border;     ///< its outline
        QColor text;       ///< text on that surface
        QColor accent;     ///< strong colour: problem text on the window, outlines of small items
    };

    /// True for a dark palette: its window is darker than its text.
    [[nodiscard]] static bool isDark(const QPalette &palette = QGuiApplication::palette()) {
        return palette.color(QPalette::Window).lightness() <
               palette.color(QPalette::WindowText).lightness();
    }

    [[nodiscard]] static Set of(Tone tone, const QPalette &palette = QGuiApplication::palette()) {
        const bool dark = isDark(palette);
        switch (tone) {
        case Tone::Info:
            return dark ? Set{c(0x1b2b46), c(0x3e5f96), c(0xd2e3ff), c(0x8ab4f8)}
                        : Set{c(0xe8f0fe), c(0xaecbfa), c(0x0d2a5c), c(0x1565c0)};
        case Tone::Success:
            return dark ? Set{c(0x1c3322), c(0x3f7a4a), c(0xc8ebcb), c(0x81c995)}
                        : Set{c(0xe8f5e9), c(0xa5d6a7), c(0x1b3d1e), c(0x2e7d32)};
        case Tone::Warning:
            return dark ? Set{c(0x3d2e12), c(0x8a6a25), c(0xf8dfaa), c(0xf0b35a)}
                        : Set{c(0xfff4e0), c(0xf0c27a), c(0x4d3000), c(0x8a5300)};
        case Tone::Error:
            return dark ? Set{c(0x45201e), c(0x8f3b36), c(0xffd6d1), c(0xf28b82)}
                        : Set{c(0xfdecea), c(0xf5c2c0), c(0x611a15), c(0xb3261e)};
        case Tone::Neutral:
            break;
        }
        return dark ? Set{c(0x363c45), c(0x5f6b78), c(0xe3e8ee), c(0xaab4bf)}
                    : Set{c(0xeef2f6), c(0x9aa5b1), c(0x1f2933), c(0x52606d)};
    }

    /// Text that explains rather than labels, on the window background: quieter than the
    /// window's text and still readable (4.5:1 or more against the window; a disabled label's
    /// grey is not, and a screen reader calls it unavailable).
    [[nodiscard]] static QColor
    secondaryText(const QPalette &palette = QGuiApplication::palette()) {
        return of(Tone::Neutral, palette).accent;
    }

    /// Text that marks a problem on the window background (a red that keeps its contrast).
    [[nodiscard]] static QColor errorText(const QPalette &palette = QGuiApplication::palette()) {
        return of(Tone::Error, palette).accent;
    }

    /// For a label that says how something went: its window text in errorText() (for `base`,
    /// the palette it is shown on) when `problem`, else nothing of its own. Only that role is
    /// set, so that the label goes on inheriting the rest, a new light or dark palette too.
    [[nodiscard]] static QPalette outcomePalette(const QPalette &base, bool problem) {
        QPalette palette;
        if (problem)
            palette.setColor(QPalette::WindowText, errorText(base));
        return palette;
    }

    /// A tinted frame and the labels inside it, for a style sheet: `selector` names the frame
    /// ("QFrame#errorFrame", or with a property: "QFrame#resultFrame[tone=\"ok\"]").
    [[nodiscard]] static QString frameStyle(const QString &selector, Tone tone,
                                            const QPalette &palette = QGuiApplication::palette()) {
        const Set set = of(tone, palette);
        return QStringLiteral("%1 { background-color: %2; border: 1px solid %3; "
                              "border-radius: 4px; } %1 QLabel { color: %4; } ")
            .arg(selector, set.background.name(), set.border.name(), set.text.name());
    }

private:
    static QColor c(QRgb rgb) { return QColor::fromRgb(rgb); }
};
