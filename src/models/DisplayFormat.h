#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QVariant>

#include <optional>

/// The few ways models turn values into text, in one place so that every view says "Yes",
/// "—" and dates the same way. Dates are shown in local time with the default QLocale's day
/// and month names ("Fri 4 Sep 2026, 19:00").
class DisplayFormat final {
    Q_DECLARE_TR_FUNCTIONS(DisplayFormat)

public:
    DisplayFormat() = delete;

    /// Text shown for a null or absent value.
    [[nodiscard]] static QString absent();
    [[nodiscard]] static QString yesNo(bool value);
    /// absent() for nullopt.
    [[nodiscard]] static QString yesNo(std::optional<bool> value);
    /// Local time, e.g. "Fri 4 Sep 2026, 19:00"; absent() for an invalid QDateTime.
    [[nodiscard]] static QString dateTime(const QDateTime &dateTime);
    /// The first line of `text`, cut at `maxLength` characters, with "…" when anything was
    /// left out. absent() for empty text.
    [[nodiscard]] static QString firstLine(const QString &text, int maxLength = 120);
    /// Plain text of a possibly-HTML description (tags removed, entities decoded).
    [[nodiscard]] static QString plainText(const QString &maybeHtml);
    /// `text`, or absent() when it is empty.
    [[nodiscard]] static QString orAbsent(const QString &text);

    /// The most characters of a server's or user's text (a title, a name, a message) that a
    /// label, a tooltip or a cell shows: laying out millions of characters would freeze the
    /// window. The whole value stays in the models' raw values and in the raw JSON.
    static constexpr qsizetype MaxShownLength = 2000;
    /// `text` cut after `maxLength` characters (never inside a surrogate pair), with "…" when
    /// anything was left out.
    [[nodiscard]] static QString elided(const QString &text, qsizetype maxLength = MaxShownLength);
    /// A tooltip that shows `text` literally, however much it looks like HTML (a tooltip, like
    /// a QLabel left at its default, would render markup): elided, escaped, line breaks kept.
    /// Empty for empty text.
    [[nodiscard]] static QString toolTip(const QString &text);
    /// What a model hands a view for `role`: a text for Qt::DisplayRole elided(), a tooltip
    /// made literal with toolTip(); anything else as it is. Every model's data() ends here, so
    /// no server text reaches a view unbounded or as markup.
    [[nodiscard]] static QVariant forView(int role, const QVariant &value);
};
