// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/campaign/milestoneboard.h"
#include "core/error.h"
#include "core/hotline/hotlinefigures.h"
#include "core/hotline/hotlinereport.h"
#include "core/hotline/hotlinerules.h"
#include "core/hotline/ticketfilter.h"
#include "core/hotline/ticketimport.h"
#include "core/hotline/ticketworkflow.h"
#include "core/storage/brandrepository.h"
#include "core/storage/campaignrepository.h"
#include "core/storage/departmentrepository.h"
#include "core/storage/hotlinerepository.h"

#include <QObject>

#include <functional>

namespace branddesk {

class AuditLog;
class Clock;
class CurrentUser;
class Database;

/// The supervision hotline (品牌监督热线) and social appraisal ledger: tickets through the closed loop
/// 受理 → 交办 → 签收 → 办理 → 答复 → 回访 → 办结, with due dates in working days from the current campaign's rules.
///
/// Writes need a clerk or an administrator, run in a transaction, are audited, and an edit of a ticket someone
/// else saved meanwhile is refused (Conflict) with what they changed. A reader who may not write (a leader)
/// receives every ticket with the caller's phone already masked.
class HotlineService : public QObject {
    Q_OBJECT
public:
    HotlineService(Database& database, const Clock& clock, const CurrentUser& user, AuditLog& audit,
                   QObject* parent = nullptr);

    /// The current campaign's hotline rules (the defaults without a current campaign).
    Result<HotlineRules> rules() const;
    /// The tickets `filter` lets through (overdue judged on the clock's today), newest received first.
    Result<QList<Ticket>> tickets(const TicketFilter& filter = {}) const;
    Result<Ticket> findTicket(qint64 id) const;
    /// Earlier tickets `draft` may repeat (same phone, or same department and similar content).
    Result<QList<Ticket>> repeatCandidates(const Ticket& draft) const;
    /// Whether the current user may read callers' phones in full (a clerk or an administrator).
    bool mayReadPhones() const;

    /// Records a new ticket (id 0: numbered in its year, received now if no time is set, assigned on the day
    /// received when a department is given) or saves an edited one (its kind's limit recomputes the due date).
    /// Validation: content, a received time not in the future, texts within limits, an active department.
    Result<Ticket> saveTicket(Ticket ticket);
    Result<void> removeTicket(qint64 id);
    /// Writes a plan of tickets imported from a 12345 export (TicketImport::plan over tickets()) in one
    /// transaction: new tickets keep the numbers given, updates go through the same checks and audit as
    /// saveTicket(). Refused when the plan has an error row; any row that fails leaves nothing written (its line
    /// is named). Returns the number of tickets written.
    Result<int> importTickets(const TicketImportPlan& plan);

    /// The steps of the loop on a ticket as loaded (its version): each is checked by TicketWorkflow, dated by
    /// the clock, saved and audited.
    Result<Ticket> assign(const Ticket& ticket, qint64 departmentId);
    Result<Ticket> signFor(const Ticket& ticket);
    Result<Ticket> extend(const Ticket& ticket, const QDate& newDue, const QString& reason);
    Result<Ticket> transfer(const Ticket& ticket, qint64 toDepartmentId, const QString& reason);
    Result<Ticket> answer(const Ticket& ticket, const QString& text);
    Result<Ticket> followUp(const Ticket& ticket, bool reached, bool solved, Satisfaction satisfaction,
                            const QString& note);
    Result<Ticket> closePraise(const Ticket& ticket);

    /// The overdue tickets of active departments, most days overdue first.
    Result<QList<Ticket>> overdueTickets() const;
    /// overdueTickets() as red lines of "behind today", titled "Ticket <number>: <content>".
    Result<QList<BehindItem>> behindToday() const;
    /// The figures of every ticket over `from`…`to`, judged on the clock's today.
    Result<HotlineFigures> figures(const QDate& from, const QDate& to) const;
    /// The same per department, in the register's order (departments without tickets included).
    Result<QList<HotlineFiguresRow>> departmentFigures(const QDate& from, const QDate& to) const;
    /// What the monthly hotline report of the month holding `month` is made from, judged on the clock's today.
    Result<HotlineReportData> monthlyReport(const QDate& month) const;
    /// The clock's today.
    QDate today() const;

signals:
    void changed();

private:
    Result<void> validate(Ticket& ticket, bool isNew) const;
    /// Applies `apply` to the stored ticket at `loaded`'s version and saves it.
    Result<Ticket> step(const Ticket& loaded, const std::function<Result<void>(Ticket&, const TicketWorkflow&)>& apply);
    Result<Ticket> store(Ticket ticket, const QDateTime& loadedAt, bool keepNumber = false);
    /// saveTicket() after its role check.
    Result<Ticket> saveChecked(Ticket ticket, bool keepNumber);
    Result<QString> nextNumber(int year) const;
    void maskForReader(Ticket& ticket) const;

    Database& m_database;
    const Clock& m_clock;
    const CurrentUser& m_user;
    AuditLog& m_audit;
    CampaignRepository m_campaigns;
    DepartmentRepository m_departments;
    BrandRepository m_brands;
    HotlineRepository m_tickets;
};

} // namespace branddesk
