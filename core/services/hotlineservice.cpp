// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/hotlineservice.h"

#include "core/accounts/currentuser.h"
#include "core/audit/hotlinesnapshots.h"
#include "core/clock.h"
#include "core/hotline/phonemask.h"
#include "core/hotline/repeatcandidates.h"
#include "core/hotline/ticketnumber.h"
#include "core/services/auditedwrites.h"
#include "core/services/auditlog.h"
#include "core/storage/database.h"

#include <QSet>

#include <algorithm>

namespace branddesk {
namespace {

QString ticketText(QString text)
{
    text.replace(QLatin1String("\r\n"), QLatin1String("\n")).replace(QLatin1Char('\r'), QLatin1Char('\n'));
    return text.trimmed();
}

} // namespace

HotlineService::HotlineService(Database& database, const Clock& clock, const CurrentUser& user, AuditLog& audit,
                               QObject* parent)
    : QObject(parent)
    , m_database(database)
    , m_clock(clock)
    , m_user(user)
    , m_audit(audit)
    , m_campaigns(database)
    , m_departments(database)
    , m_brands(database)
    , m_tickets(database)
{}

QDate HotlineService::today() const
{
    return m_clock.today();
}

bool HotlineService::mayReadPhones() const
{
    return m_user.canWrite();
}

void HotlineService::maskForReader(Ticket& ticket) const
{
    if (!mayReadPhones())
        ticket.callerPhone = maskedPhone(ticket.callerPhone);
}

Result<HotlineRules> HotlineService::rules() const
{
    Result<QList<Campaign>> campaigns = m_campaigns.all();
    if (!campaigns)
        return fail(campaigns.error());
    const auto current =
        std::find_if(campaigns->cbegin(), campaigns->cend(), [](const Campaign& c) { return c.isCurrent; });
    if (current == campaigns->cend())
        return HotlineRules::defaults();
    return HotlineRules::fromDefinition(current->definition);
}

Result<QList<Ticket>> HotlineService::tickets(const TicketFilter& filter) const
{
    Result<QList<Ticket>> all = m_tickets.all();
    if (!all)
        return all;
    const QDate today = m_clock.today();
    all->removeIf([&](const Ticket& t) { return !filter.matches(t, today); });
    for (Ticket& t : *all)
        maskForReader(t);
    return all;
}

Result<Ticket> HotlineService::findTicket(qint64 id) const
{
    Result<Ticket> ticket = m_tickets.find(id);
    if (ticket)
        maskForReader(*ticket);
    return ticket;
}

Result<QList<Ticket>> HotlineService::repeatCandidates(const Ticket& draft) const
{
    Result<QList<Ticket>> all = m_tickets.all();
    if (!all)
        return all;
    Ticket probe = draft;
    if (!probe.receivedAt.isValid())
        probe.receivedAt = m_clock.nowUtc();
    QList<Ticket> found = RepeatCandidates::find(probe, *all);
    for (Ticket& t : found)
        maskForReader(t);
    return found;
}

Result<QString> HotlineService::nextNumber(int year) const
{
    Result<QString> highest = m_tickets.highestNumber(year);
    if (!highest)
        return fail(highest.error());
    return TicketNumber::next(year, TicketNumber::parse(*highest)).toString();
}

Result<void> HotlineService::validate(Ticket& t, bool isNew) const
{
    QStringList problems;
    t.callerName = t.callerName.simplified();
    t.callerPhone = t.callerPhone.simplified();
    t.content = ticketText(t.content);
    t.answer = ticketText(t.answer);
    t.followUpNote = ticketText(t.followUpNote);
    if (t.content.isEmpty())
        problems.append(tr("Enter what the caller said."));
    if (t.content.size() > TicketLimits::kText || t.answer.size() > TicketLimits::kText)
        problems.append(tr("A text is longer than %1 characters.").arg(TicketLimits::kText));
    if (t.callerName.size() > TicketLimits::kName)
        problems.append(tr("The caller's name is longer than %1 characters.").arg(TicketLimits::kName));
    if (t.callerPhone.size() > TicketLimits::kPhone)
        problems.append(tr("The phone is longer than %1 characters.").arg(TicketLimits::kPhone));
    if (t.receivedAt > m_clock.nowUtc().addSecs(60))
        problems.append(tr("A ticket cannot be received in the future."));
    if (t.departmentId != 0) {
        Result<Department> department = m_departments.find(t.departmentId);
        if (!department && department.error().code != Error::Code::NotFound)
            return fail(department.error());
        if (!department)
            problems.append(tr("Choose the department."));
        else if (isNew && !department->active)
            problems.append(tr("%1 is deactivated; reactivate it before assigning it tickets.").arg(department->name));
    }
    if (t.brandId != 0) {
        Result<Brand> brand = m_brands.find(t.brandId);
        if (!brand && brand.error().code != Error::Code::NotFound)
            return fail(brand.error());
        if (!brand)
            problems.append(tr("The service brand no longer exists."));
        else if (t.departmentId != 0 && brand->departmentId != t.departmentId)
            problems.append(tr("The brand %1 belongs to another department.").arg(brand->name()));
    }
    if (t.repeatOfId != 0 && t.repeatOfId == t.id)
        problems.append(tr("A ticket cannot repeat itself."));
    if (!problems.isEmpty())
        return fail(Error::Code::Validation, problems.join(QLatin1Char('\n')));
    return {};
}

Result<Ticket> HotlineService::store(Ticket ticket, const QDateTime& loadedAt, bool keepNumber)
{
    ticket.updatedAt = m_clock.nowUtc();
    return audited::write(m_database, this, [&]() -> Result<Ticket> {
        if (ticket.id == 0) {
            ticket.recordedAt = ticket.updatedAt;
            ticket.recordedBy = m_user.name();
            if (keepNumber) {
                if (Result<Ticket> taken = m_tickets.findByNumber(ticket.number); taken)
                    return fail(Error::Code::Conflict, tr("The ticket number %1 is already taken.").arg(ticket.number));
                else if (taken.error().code != Error::Code::NotFound)
                    return fail(taken.error());
            } else {
                Result<QString> number = nextNumber(ticket.receivedAt.toLocalTime().date().year());
                if (!number)
                    return fail(number.error());
                ticket.number = *number;
            }
        }
        return audited::save(m_tickets, m_audit, HotlineAuditEntities::kTicket, ticket, loadedAt);
    });
}

Result<Ticket> HotlineService::saveTicket(Ticket ticket)
{
    if (Result<void> allowed = m_user.requireWrite(); !allowed)
        return fail(allowed.error());
    return saveChecked(std::move(ticket), false);
}

Result<int> HotlineService::importTickets(const TicketImportPlan& plan)
{
    if (Result<void> allowed = m_user.requireWrite(); !allowed)
        return fail(allowed.error());
    if (plan.hasErrors())
        return fail(Error::Code::Validation,
                    tr("The file has rows that cannot be imported:\n%1").arg(plan.errorSummary()));
    Result<void> done = m_database.transaction([&]() -> Result<void> {
        for (const TicketImportRow& row : plan.rows) {
            const bool isNew = row.action == TicketImportAction::New;
            if (isNew != (row.ticket.id == 0))
                return fail(Error::Code::Validation, tr("Line %1: the plan does not match the ledger.").arg(row.line));
            Result<Ticket> saved = saveChecked(row.ticket, isNew);
            if (!saved) {
                Error error = saved.error();
                error.message = tr("Line %1: %2").arg(row.line).arg(error.message);
                return fail(error);
            }
        }
        return {};
    });
    if (!done)
        return fail(done.error());
    return int(plan.rows.size());
}

Result<Ticket> HotlineService::saveChecked(Ticket ticket, bool keepNumber)
{
    const bool isNew = ticket.id == 0;
    if (!ticket.receivedAt.isValid())
        ticket.receivedAt = m_clock.nowUtc();
    if (Result<void> valid = validate(ticket, isNew); !valid)
        return fail(valid.error());
    Result<HotlineRules> rules = this->rules();
    if (!rules)
        return fail(rules.error());
    if (ticket.departmentId != 0 && !ticket.assignedOn.isValid())
        ticket.assignedOn = ticket.receivedOn();
    if (ticket.departmentId == 0)
        ticket.assignedOn = QDate();
    ticket.dueDate = rules->dueDate(ticket.kind, ticket.assignedOn);
    if (!isNew) {
        Result<Ticket> old = m_tickets.find(ticket.id);
        if (!old)
            return fail(old.error());
        // A phone shown masked and not retyped keeps the stored one.
        if (ticket.callerPhone == maskedPhone(old->callerPhone))
            ticket.callerPhone = old->callerPhone;
    }
    return store(ticket, ticket.updatedAt, keepNumber);
}

Result<void> HotlineService::removeTicket(qint64 id)
{
    if (Result<void> allowed = m_user.requireWrite(); !allowed)
        return allowed;
    return audited::write(m_database, this,
                          [&] { return audited::remove(m_tickets, m_audit, HotlineAuditEntities::kTicket, id); });
}

Result<Ticket> HotlineService::step(const Ticket& loaded,
                                    const std::function<Result<void>(Ticket&, const TicketWorkflow&)>& apply)
{
    if (Result<void> allowed = m_user.requireWrite(); !allowed)
        return fail(allowed.error());
    Result<HotlineRules> rules = this->rules();
    if (!rules)
        return fail(rules.error());
    Result<Ticket> current = m_tickets.find(loaded.id);
    if (!current)
        return fail(current.error());
    Ticket ticket = *current;
    ticket.version = loaded.version; // a step on a ticket changed since it was loaded is refused as stale
    const TicketWorkflow flow(*rules);
    if (Result<void> applied = apply(ticket, flow); !applied)
        return fail(applied.error());
    return store(ticket, loaded.updatedAt);
}

Result<Ticket> HotlineService::assign(const Ticket& ticket, qint64 departmentId)
{
    const QDate today = m_clock.today();
    return step(ticket, [&](Ticket& t, const TicketWorkflow& flow) { return flow.assign(t, departmentId, today); });
}

Result<Ticket> HotlineService::signFor(const Ticket& ticket)
{
    const QDateTime now = m_clock.nowUtc();
    return step(ticket, [&](Ticket& t, const TicketWorkflow& flow) { return flow.signFor(t, now); });
}

Result<Ticket> HotlineService::extend(const Ticket& ticket, const QDate& newDue, const QString& reason)
{
    const QDate today = m_clock.today();
    return step(ticket, [&](Ticket& t, const TicketWorkflow& flow) { return flow.extend(t, today, newDue, reason); });
}

Result<Ticket> HotlineService::transfer(const Ticket& ticket, qint64 toDepartmentId, const QString& reason)
{
    const QDate today = m_clock.today();
    return step(ticket,
                [&](Ticket& t, const TicketWorkflow& flow) { return flow.transfer(t, today, toDepartmentId, reason); });
}

Result<Ticket> HotlineService::answer(const Ticket& ticket, const QString& text)
{
    const QDate today = m_clock.today();
    return step(ticket, [&](Ticket& t, const TicketWorkflow& flow) { return flow.answer(t, today, text); });
}

Result<Ticket> HotlineService::followUp(const Ticket& ticket, bool reached, bool solved, Satisfaction satisfaction,
                                        const QString& note)
{
    const QDate today = m_clock.today();
    return step(ticket, [&](Ticket& t, const TicketWorkflow& flow) {
        return flow.followUp(t, today, reached, solved, satisfaction, note);
    });
}

Result<Ticket> HotlineService::closePraise(const Ticket& ticket)
{
    const QDate today = m_clock.today();
    return step(ticket, [&](Ticket& t, const TicketWorkflow& flow) { return flow.closePraise(t, today); });
}

Result<QList<Ticket>> HotlineService::overdueTickets() const
{
    Result<QList<Department>> departments = m_departments.all();
    if (!departments)
        return fail(departments.error());
    QSet<qint64> active;
    for (const Department& d : *departments)
        if (d.active)
            active.insert(d.id);
    TicketFilter filter;
    filter.overdueOnly = true;
    Result<QList<Ticket>> overdue = tickets(filter);
    if (!overdue)
        return overdue;
    overdue->removeIf([&active](const Ticket& t) { return !active.contains(t.departmentId); });
    std::stable_sort(overdue->begin(), overdue->end(),
                     [](const Ticket& a, const Ticket& b) { return a.effectiveDue() < b.effectiveDue(); });
    return overdue;
}

Result<QList<BehindItem>> HotlineService::behindToday() const
{
    Result<QList<Ticket>> overdue = overdueTickets();
    if (!overdue)
        return fail(overdue.error());
    const QDate today = m_clock.today();
    QList<BehindItem> items;
    for (const Ticket& t : *overdue) {
        BehindItem item;
        item.kind = BehindItem::Kind::Ticket;
        item.departmentId = t.departmentId;
        item.departmentName = t.departmentName;
        item.itemId = t.id;
        item.title = tr("Ticket %1: %2").arg(t.number, t.content.section(QLatin1Char('\n'), 0, 0).left(40));
        item.due = t.effectiveDue();
        item.daysOverdue = t.daysOverdue(today);
        item.light = Light::Red;
        items.append(item);
    }
    return items;
}

Result<HotlineFigures> HotlineService::figures(const QDate& from, const QDate& to) const
{
    Result<HotlineRules> rules = this->rules();
    if (!rules)
        return fail(rules.error());
    Result<QList<Ticket>> all = m_tickets.all();
    if (!all)
        return fail(all.error());
    return HotlineFiguresCalculator(*rules, from, to, m_clock.today()).figures(*all);
}

Result<QList<HotlineFiguresRow>> HotlineService::departmentFigures(const QDate& from, const QDate& to) const
{
    Result<HotlineRules> rules = this->rules();
    if (!rules)
        return fail(rules.error());
    Result<QList<Ticket>> all = m_tickets.all();
    if (!all)
        return fail(all.error());
    Result<QList<Department>> departments = m_departments.all();
    if (!departments)
        return fail(departments.error());
    const HotlineFiguresCalculator calculator(*rules, from, to, m_clock.today());
    const QList<HotlineFiguresRow> counted = calculator.rows(*all, HotlineFiguresCalculator::byDepartment());
    QList<HotlineFiguresRow> rows;
    for (const Department& d : activeInRegisterOrder(*departments)) {
        const auto found =
            std::find_if(counted.cbegin(), counted.cend(), [&d](const HotlineFiguresRow& r) { return r.id == d.id; });
        rows.append(found != counted.cend() ? *found : HotlineFiguresRow{d.id, d.name, {}});
    }
    return rows;
}

Result<HotlineReportData> HotlineService::monthlyReport(const QDate& month) const
{
    HotlineReportData data;
    data.month = QDate(month.year(), month.month(), 1);
    data.today = m_clock.today();
    const QDate last = data.month.addMonths(1).addDays(-1);
    Result<HotlineRules> rules = this->rules();
    if (!rules)
        return fail(rules.error());
    data.lowSatisfactionPercent = rules->lowSatisfactionPercent;
    Result<HotlineFigures> overall = figures(data.month, last);
    if (!overall)
        return fail(overall.error());
    data.overall = *overall;
    Result<QList<HotlineFiguresRow>> rows = departmentFigures(data.month, last);
    if (!rows)
        return fail(rows.error());
    data.departments = *rows;
    Result<QList<Ticket>> overdue = overdueTickets();
    if (!overdue)
        return fail(overdue.error());
    data.overdue = *overdue;
    TicketFilter praise;
    praise.kind = TicketKind::Praise;
    praise.month = data.month;
    Result<QList<Ticket>> praised = tickets(praise);
    if (!praised)
        return fail(praised.error());
    data.praise = *praised;
    std::reverse(data.praise.begin(), data.praise.end());
    return data;
}

} // namespace branddesk
