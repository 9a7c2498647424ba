// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace branddesk {

/// Whether a rectification demand has been carried out.
enum class RectificationStatus { Open, Done };
QList<RectificationStatus> allRectificationStatuses();
/// Stable code stored in the database ("open", "done").
QString rectificationStatusCode(RectificationStatus status);
std::optional<RectificationStatus> rectificationStatusFromCode(const QString& code);
/// Translated name (整改中, 已整改).
QString rectificationStatusName(RectificationStatus status);

/// A rectification demand (整改要求) the inspectors left with a department, with its deadline and the
/// office's follow-up: when it was done and what was seen.
struct Rectification {
    qint64 id = 0; ///< 0 until stored
    QString demand;
    QDate deadline;
    RectificationStatus status = RectificationStatus::Open;
    QDate doneDate;   ///< set when done
    QString followUp; ///< 跟踪: what the follow-up found

    bool isDone() const { return status == RectificationStatus::Done; }
    /// Open and past its deadline: the deadline itself is the last day allowed, so overdue starts the day after.
    bool isOverdue(const QDate& today) const
    {
        return status == RectificationStatus::Open && deadline.isValid() && deadline < today;
    }
    /// Days past the deadline on `today` (0 when not overdue).
    int daysOverdue(const QDate& today) const { return isOverdue(today) ? int(deadline.daysTo(today)) : 0; }

    friend bool operator==(const Rectification&, const Rectification&) = default;
};

} // namespace branddesk
