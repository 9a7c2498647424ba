// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"
#include "core/mail/reminder.h"

#include <QHash>
#include <QList>

namespace branddesk {

class Database;

/// Reads and writes the log of reminders sent. A reminder is never changed once logged.
class ReminderRepository {
public:
    explicit ReminderRepository(Database& database)
        : m_database(database)
    {}

    /// Stores a reminder (id 0); returns its id.
    Result<qint64> insert(const Reminder& reminder);
    Result<Reminder> find(qint64 id) const;
    /// A department's reminders, newest first.
    Result<QList<Reminder>> forDepartment(qint64 departmentId) const;
    /// The moment of each department's latest reminder for `week` (departments without one are absent).
    Result<QHash<qint64, QDateTime>> latestForWeek(const ReportWeek& week) const;

private:
    Database& m_database;
};

} // namespace branddesk
