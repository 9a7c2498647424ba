// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>

namespace branddesk {

/// The program's notion of "now". Core never reads the wall clock directly: "this week" and
/// "overdue" come from a Clock, so tests and training (`--today`) can set the date.
class Clock {
public:
    virtual ~Clock() = default;
    /// The current moment, in UTC.
    virtual QDateTime nowUtc() const = 0;
    /// The current local date and time.
    QDateTime nowLocal() const { return nowUtc().toLocalTime(); }
    /// Today's local date.
    QDate today() const { return nowLocal().date(); }
};

/// The real clock, optionally shifted to pretend today is another date (for `--today`).
class SystemClock final : public Clock {
public:
    SystemClock() = default;
    /// Pretend today is `today`; the time of day keeps running.
    void setToday(const QDate& today);
    QDateTime nowUtc() const override;
    bool isShifted() const { return m_offsetDays != 0; }

private:
    qint64 m_offsetDays = 0;
};

/// A clock that stays where it is put. For tests.
class FixedClock final : public Clock {
public:
    explicit FixedClock(const QDateTime& now)
        : m_now(now.toUTC())
    {}
    void set(const QDateTime& now) { m_now = now.toUTC(); }
    void advanceSecs(qint64 secs) { m_now = m_now.addSecs(secs); }
    QDateTime nowUtc() const override { return m_now; }

private:
    QDateTime m_now;
};

/// Formats a moment for storage: UTC ISO-8601 with milliseconds and "Z".
QString toStorageTimestamp(const QDateTime& moment);
/// Parses a stored timestamp; returns an invalid QDateTime on bad input.
QDateTime fromStorageTimestamp(const QString& text);

} // namespace branddesk
