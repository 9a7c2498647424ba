// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"
#include "core/hotline/hotlinerules.h"
#include "core/hotline/ticket.h"

namespace branddesk {

/// The steps of the closed loop 受理 → 交办 → 签收 → 办理 → 答复 → 回访 → 办结 on a ticket in memory; each step
/// checks that it may be taken now and refuses (Validation) with the reason. Nothing is stored here.
class TicketWorkflow {
public:
    explicit TicketWorkflow(const HotlineRules& rules)
        : m_rules(rules)
    {}

    /// 交办: to `departmentId` on `date`, due after the kind's limit in working days.
    Result<void> assign(Ticket& ticket, qint64 departmentId, const QDate& date) const;
    /// 签收 at `moment` (UTC), by the department it is assigned to.
    Result<void> signFor(Ticket& ticket, const QDateTime& moment) const;
    /// The one extension: asked on `askedOn`, no later than the due date, to a later `newDue`, with a reason.
    Result<void> extend(Ticket& ticket, const QDate& askedOn, const QDate& newDue, const QString& reason) const;
    /// 退单 (`toDepartmentId` 0: back to the office) or 改派 (to another department, due anew from `date`), with a
    /// reason; the sign-for and the extension go with the old department.
    Result<void> transfer(Ticket& ticket, const QDate& date, qint64 toDepartmentId, const QString& reason) const;
    /// 答复 on `date` (not before the assignment) with the answer's text; the ticket must be signed for.
    Result<void> answer(Ticket& ticket, const QDate& date, const QString& text) const;
    /// 回访 on `date`: one call. Reached, it needs the verdict and closes the ticket; not reached, it closes the
    /// ticket once the attempts the rules set are used up.
    Result<void> followUp(Ticket& ticket, const QDate& date, bool reached, bool solved, Satisfaction satisfaction,
                          const QString& note) const;
    /// 办结 without a follow-up: only a praise (表扬), which needs no answer.
    Result<void> closePraise(Ticket& ticket, const QDate& date) const;

private:
    const HotlineRules& m_rules;
};

} // namespace branddesk
