#pragma once

#include <QDateTime>
#include <QWidget>

#include <memory>

class QCheckBox;
class QDateTimeEdit;
class QLabel;
class QToolButton;

namespace Ui {
class DeadlineEdit;
}

/// A date and time in local time, to the minute, with quick choices ("Today 17:00",
/// "Tomorrow", "Next week") and, when optional, a check box that says whether it is set at all
/// (the start of a task is optional; its deadline is not). Quick choices use 17:00, the end of
/// a working day.
class DeadlineEdit final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeadlineEdit)

public:
    static constexpr int EndOfDayHour = 17;

    explicit DeadlineEdit(QWidget *parent = nullptr);
    ~DeadlineEdit() override;

    /// An optional edit shows `checkText` on a check box; unchecked, dateTime() is invalid.
    void setOptional(bool optional, const QString &checkText = {});
    [[nodiscard]] bool isOptional() const { return m_optional; }
    void setQuickChoicesVisible(bool visible);
    /// The "Local time (CET)" note beside the edit.
    void setZoneVisible(bool visible);

    /// Local time, seconds cleared; invalid when optional and not set.
    [[nodiscard]] QDateTime dateTime() const;
    /// An invalid value unchecks an optional edit (and is ignored otherwise). Emits nothing.
    void setDateTime(const QDateTime &dateTime);

    /// The next working day (Monday to Friday) after `now`'s date, at 17:00 local time.
    static QDateTime nextWorkingDay(const QDateTime &now);
    static QDateTime todayEndOfDay(const QDateTime &now);
    static QDateTime tomorrowEndOfDay(const QDateTime &now);
    /// Monday of the week after `now`'s, at 17:00.
    static QDateTime nextWeekEndOfDay(const QDateTime &now);

    [[nodiscard]] QDateTimeEdit *dateTimeEdit() const;
    [[nodiscard]] QCheckBox *enabledCheckBox() const;
    [[nodiscard]] QToolButton *todayButton() const;
    [[nodiscard]] QToolButton *tomorrowButton() const;
    [[nodiscard]] QToolButton *nextWeekButton() const;

Q_SIGNALS:
    void changed();

private:
    void choose(const QDateTime &dateTime);
    void updateParts();

    std::unique_ptr<Ui::DeadlineEdit> m_ui;
    bool m_optional = false;
};
