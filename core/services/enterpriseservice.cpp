// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/enterpriseservice.h"

#include "core/accounts/currentuser.h"
#include "core/audit/enterprisesnapshots.h"
#include "core/clock.h"
#include "core/services/auditedwrites.h"
#include "core/services/auditlog.h"
#include "core/storage/database.h"
#include "core/text/characters.h"

#include <QLocale>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace branddesk {
namespace {

QString shortDate(const QDate& date)
{
    return QLocale().toString(date, QLocale::ShortFormat);
}

QString normalisedText(QString text)
{
    text.replace(QLatin1String("\r\n"), QLatin1String("\n")).replace(QLatin1Char('\r'), QLatin1Char('\n'));
    return text.trimmed();
}

/// Where a list of several people's names would be split: a leader must be one person.
const QRegularExpression& nameSeparators()
{
    static const QRegularExpression separators(QStringLiteral("[、,，;；/和及]"));
    return separators;
}

} // namespace

EnterpriseService::EnterpriseService(Database& database, const Clock& clock, const CurrentUser& user, AuditLog& audit,
                                     QObject* parent)
    : QObject(parent)
    , m_database(database)
    , m_clock(clock)
    , m_user(user)
    , m_audit(audit)
    , m_campaigns(database)
    , m_departments(database)
    , m_enterprises(database)
    , m_activities(database)
    , m_problems(database)
    , m_weeks(database, audit)
{}

QDate EnterpriseService::today() const
{
    return m_clock.today();
}

Result<QList<Enterprise>> EnterpriseService::enterprises() const
{
    return m_enterprises.all();
}

Result<EnterprisePage> EnterpriseService::enterprisePage(qint64 enterpriseId) const
{
    EnterprisePage page;
    Result<Enterprise> enterprise = m_enterprises.find(enterpriseId);
    if (!enterprise)
        return fail(enterprise.error());
    page.enterprise = *enterprise;
    Result<QList<Activity>> activities = m_activities.all(enterpriseId);
    if (!activities)
        return fail(activities.error());
    for (const Activity& a : *activities)
        (a.kind == ActivityKind::FiveDeliveries ? page.deliveries : page.visits).append(a);
    Result<QList<Problem>> problems = m_problems.all(enterpriseId);
    if (!problems)
        return fail(problems.error());
    page.problems = *problems;
    page.enterprise.activityCount = static_cast<int>(activities->size());
    page.enterprise.problemCount = static_cast<int>(problems->size());
    return page;
}

Result<QList<Activity>> EnterpriseService::activities(const ActivityFilter& filter) const
{
    Result<QList<Activity>> all = m_activities.all(filter.enterpriseId);
    if (!all)
        return all;
    all->removeIf([&filter](const Activity& a) { return !filter.matches(a); });
    return all;
}

Result<Activity> EnterpriseService::findActivity(qint64 id) const
{
    return m_activities.find(id);
}

Result<QList<Problem>> EnterpriseService::problems(const ProblemFilter& filter) const
{
    Result<QList<Problem>> all = m_problems.all(filter.enterpriseId);
    if (!all)
        return all;
    const QDate today = m_clock.today();
    all->removeIf([&filter, &today](const Problem& p) { return !filter.matches(p, today); });
    return all;
}

Result<Problem> EnterpriseService::findProblem(qint64 id) const
{
    return m_problems.find(id);
}

Result<QList<Problem>> EnterpriseService::overdueProblems() const
{
    Result<QList<Department>> departments = m_departments.all();
    if (!departments)
        return fail(departments.error());
    QSet<qint64> active;
    for (const Department& d : *departments)
        if (d.active)
            active.insert(d.id);
    ProblemFilter filter;
    filter.overdueOnly = true;
    Result<QList<Problem>> overdue = problems(filter);
    if (!overdue)
        return overdue;
    overdue->removeIf([&active](const Problem& p) { return !active.contains(p.departmentId); });
    std::stable_sort(overdue->begin(), overdue->end(),
                     [](const Problem& a, const Problem& b) { return a.deadline < b.deadline; });
    return overdue;
}

Result<QList<BehindItem>> EnterpriseService::behindToday() const
{
    Result<QList<Problem>> overdue = overdueProblems();
    if (!overdue)
        return fail(overdue.error());
    const QDate today = m_clock.today();
    QList<BehindItem> items;
    for (const Problem& p : *overdue) {
        BehindItem item;
        item.kind = BehindItem::Kind::Problem;
        item.departmentId = p.departmentId;
        item.departmentName = p.departmentName;
        item.itemId = p.id;
        item.title = tr("Problem: %1 — %2").arg(p.enterpriseName, p.description.section(QLatin1Char('\n'), 0, 0));
        item.due = p.deadline;
        item.daysOverdue = p.daysOverdue(today);
        item.light = Light::Red;
        items.append(item);
    }
    return items;
}

Result<QuarterCompliance> EnterpriseService::quarterCompliance() const
{
    Result<QList<Campaign>> campaigns = m_campaigns.all();
    if (!campaigns)
        return fail(campaigns.error());
    const auto current =
        std::find_if(campaigns->begin(), campaigns->end(), [](const Campaign& c) { return c.isCurrent; });
    if (current == campaigns->end())
        return QuarterCompliance();
    Result<QList<Department>> departments = m_departments.all();
    if (!departments)
        return fail(departments.error());
    return m_weeks.compliance(*current, activeInRegisterOrder(*departments), m_clock.today());
}

Result<void> EnterpriseService::checkDepartment(qint64 departmentId, bool isNew, QStringList& problems) const
{
    Result<Department> department = m_departments.find(departmentId);
    if (!department) {
        if (department.error().code != Error::Code::NotFound)
            return fail(department.error());
        problems.append(tr("Choose the department."));
    } else if (isNew && !department->active) {
        problems.append(tr("%1 is deactivated; reactivate it before recording its work.").arg(department->name));
    }
    return {};
}

Result<void> EnterpriseService::validate(Activity& a, bool isNew) const
{
    QStringList problems;
    a.enterpriseName = a.enterpriseName.simplified();
    a.participants = a.participants.simplified();
    a.leadingOfficial = a.leadingOfficial.simplified();
    a.description = normalisedText(a.description);
    a.outcome = normalisedText(a.outcome);
    if (a.endDate == a.startDate)
        a.endDate = QDate();
    if (a.kind != ActivityKind::FiveDeliveries)
        a.deliveries = 0;
    a.deliveries &= kAllDeliveries;
    if (Result<void> checked = checkDepartment(a.departmentId, isNew, problems); !checked)
        return checked;
    const QDate today = m_clock.today();
    if (!a.startDate.isValid())
        problems.append(tr("Enter the date of the activity."));
    else if (a.startDate > today)
        problems.append(tr("The activity's date (%1) lies in the future.").arg(shortDate(a.startDate)));
    if (a.endDate.isValid() && a.startDate.isValid()) {
        if (a.endDate < a.startDate)
            problems.append(
                tr("The activity ends (%1) before it starts (%2).").arg(shortDate(a.endDate), shortDate(a.startDate)));
        else if (a.startDate.daysTo(a.endDate) >= ActivityLimits::kMaxDays)
            problems.append(
                tr("An activity lasts at most %1 days; record a longer one as several.").arg(ActivityLimits::kMaxDays));
    }
    if ((a.kind == ActivityKind::ThreeInto || a.kind == ActivityKind::FiveDeliveries) && a.enterpriseName.isEmpty())
        problems.append(tr("Enter the enterprise, development zone or project served."));
    if (a.kind == ActivityKind::FiveDeliveries && a.deliveries == 0)
        problems.append(tr("Tick what was delivered: policy, technology, information, projects or talent."));
    if (characterCount(a.enterpriseName) > ActivityLimits::kName)
        problems.append(tr("The enterprise's name is too long: at most %1 characters.").arg(ActivityLimits::kName));
    if (characterCount(a.participants) > ActivityLimits::kPeople ||
        characterCount(a.leadingOfficial) > ActivityLimits::kPeople)
        problems.append(tr("The names are too long: at most %1 characters.").arg(ActivityLimits::kPeople));
    if (characterCount(a.description) > ActivityLimits::kText || characterCount(a.outcome) > ActivityLimits::kText)
        problems.append(
            tr("The description and the outcome take at most %1 characters each.").arg(ActivityLimits::kText));
    if (!problems.isEmpty())
        return fail(Error::Code::Validation, problems.join(QLatin1Char('\n')));
    return {};
}

Result<void> EnterpriseService::validate(Problem& p, bool isNew) const
{
    QStringList problems;
    p.enterpriseName = p.enterpriseName.simplified();
    p.description = normalisedText(p.description);
    p.leader = p.leader.simplified();
    p.team = p.team.simplified();
    p.plan = normalisedText(p.plan);
    p.reason = normalisedText(p.reason);
    if (Result<void> checked = checkDepartment(p.departmentId, isNew, problems); !checked)
        return checked;
    if (p.enterpriseName.isEmpty())
        problems.append(tr("Enter the enterprise that raised the problem."));
    if (p.description.isEmpty())
        problems.append(tr("Describe the problem."));
    // "一个难题、一名领导、一套班子、一个方案、一抓到底"
    if (p.leader.isEmpty())
        problems.append(tr("Name the one leader responsible for the problem."));
    else if (p.leader.contains(nameSeparators()) || p.leader.contains(QLatin1Char(' ')))
        problems.append(tr("Name one responsible leader only; put the others in the team."));
    if (p.team.isEmpty())
        problems.append(tr("Enter the team working on the problem."));
    if (p.plan.isEmpty())
        problems.append(tr("Enter the plan for solving the problem."));
    const QDate today = m_clock.today();
    if (!p.raisedDate.isValid())
        problems.append(tr("Enter the day the problem was raised."));
    else if (p.raisedDate > today)
        problems.append(tr("The day raised (%1) lies in the future.").arg(shortDate(p.raisedDate)));
    if (!p.deadline.isValid())
        problems.append(tr("Enter the deadline for solving the problem."));
    else if (p.raisedDate.isValid() && p.deadline < p.raisedDate)
        problems.append(tr("The deadline (%1) lies before the day raised (%2).")
                            .arg(shortDate(p.deadline), shortDate(p.raisedDate)));
    if (p.status != ProblemStatus::Solved)
        p.solvedDate = QDate();
    if (p.status != ProblemStatus::CannotSolve)
        p.reason.clear();
    if (p.status == ProblemStatus::Solved) {
        if (!p.solvedDate.isValid())
            problems.append(tr("Enter the day the problem was solved."));
        else if (p.solvedDate > today)
            problems.append(tr("The day solved (%1) lies in the future.").arg(shortDate(p.solvedDate)));
        else if (p.raisedDate.isValid() && p.solvedDate < p.raisedDate)
            problems.append(tr("The day solved (%1) lies before the day raised (%2).")
                                .arg(shortDate(p.solvedDate), shortDate(p.raisedDate)));
    }
    if (p.status == ProblemStatus::CannotSolve && p.reason.isEmpty())
        problems.append(tr("Give the reason the problem cannot be solved."));
    if (characterCount(p.leader) > ProblemLimits::kLeader || characterCount(p.team) > ProblemLimits::kTeam)
        problems.append(tr("The leader's or the team's names are too long."));
    if (characterCount(p.description) > ProblemLimits::kText || characterCount(p.plan) > ProblemLimits::kText ||
        characterCount(p.reason) > ProblemLimits::kText)
        problems.append(
            tr("The description, the plan and the reason take at most %1 characters each.").arg(ProblemLimits::kText));
    for (int i = 0; i < p.notes.size(); ++i) {
        ProgressNote& note = p.notes[i];
        note.text = normalisedText(note.text);
        if (note.text.isEmpty())
            problems.append(tr("Progress note %1: write what was done.").arg(i + 1));
        if (!note.date.isValid())
            problems.append(tr("Progress note %1: enter its date.").arg(i + 1));
        else if (note.date > today)
            problems.append(
                tr("Progress note %1: the date (%2) lies in the future.").arg(i + 1).arg(shortDate(note.date)));
        else if (p.raisedDate.isValid() && note.date < p.raisedDate)
            problems.append(
                tr("Progress note %1: the date (%2) lies before the day raised.").arg(i + 1).arg(shortDate(note.date)));
    }
    if (p.activityId != 0) {
        Result<Activity> raisedAt = m_activities.find(p.activityId);
        if (!raisedAt && raisedAt.error().code != Error::Code::NotFound)
            return fail(raisedAt.error());
        if (!raisedAt)
            problems.append(tr("The activity where the problem was raised no longer exists."));
    }
    if (!problems.isEmpty())
        return fail(Error::Code::Validation, problems.join(QLatin1Char('\n')));
    return {};
}

Result<qint64> EnterpriseService::remember(const QString& name, EnterpriseKind kind)
{
    if (name.isEmpty())
        return qint64(0);
    Result<std::optional<Enterprise>> known = m_enterprises.findByName(name);
    if (!known)
        return fail(known.error());
    if (*known)
        return (*known)->id;
    Enterprise enterprise;
    enterprise.name = name;
    enterprise.kind = kind;
    Result<qint64> id = m_enterprises.insert(enterprise, m_clock.nowUtc());
    if (!id)
        return fail(id.error());
    if (Result<void> audited = m_audit.recordInsert(EnterpriseAuditEntities::kEnterprise, *id, snapshotOf(enterprise));
        !audited)
        return fail(audited.error());
    return *id;
}

Result<Activity> EnterpriseService::saveActivity(Activity activity)
{
    if (Result<void> allowed = m_user.requireWrite(); !allowed)
        return fail(allowed.error());
    const bool isNew = activity.id == 0;
    if (Result<void> valid = validate(activity, isNew); !valid)
        return fail(valid.error());
    const QDateTime loadedAt = activity.updatedAt;
    activity.updatedAt = m_clock.nowUtc();
    if (isNew) {
        activity.recordedAt = activity.updatedAt;
        activity.recordedBy = m_user.name();
    }
    return audited::write(m_database, this, [&]() -> Result<Activity> {
        const EnterpriseKind kind =
            activity.kind == ActivityKind::ThreeInto ? activity.target : EnterpriseKind::Enterprise;
        Result<qint64> enterpriseId = remember(activity.enterpriseName, kind);
        if (!enterpriseId)
            return fail(enterpriseId.error());
        activity.enterpriseId = *enterpriseId;
        return audited::save(m_activities, m_audit, EnterpriseAuditEntities::kActivity, activity, loadedAt);
    });
}

Result<void> EnterpriseService::removeActivity(qint64 id)
{
    if (Result<void> allowed = m_user.requireWrite(); !allowed)
        return allowed;
    return audited::write(m_database, this, [&] {
        return audited::remove(m_activities, m_audit, EnterpriseAuditEntities::kActivity, id);
    });
}

Result<Problem> EnterpriseService::saveProblem(Problem problem)
{
    if (Result<void> allowed = m_user.requireWrite(); !allowed)
        return fail(allowed.error());
    const bool isNew = problem.id == 0;
    if (Result<void> valid = validate(problem, isNew); !valid)
        return fail(valid.error());
    const QDateTime loadedAt = problem.updatedAt;
    problem.updatedAt = m_clock.nowUtc();
    if (isNew) {
        problem.recordedAt = problem.updatedAt;
        problem.recordedBy = m_user.name();
        for (ProgressNote& note : problem.notes)
            note.id = 0;
    }
    return audited::write(m_database, this, [&]() -> Result<Problem> {
        Result<qint64> enterpriseId = remember(problem.enterpriseName, EnterpriseKind::Enterprise);
        if (!enterpriseId)
            return fail(enterpriseId.error());
        problem.enterpriseId = *enterpriseId;
        return audited::save(m_problems, m_audit, EnterpriseAuditEntities::kProblem, problem, loadedAt);
    });
}

Result<void> EnterpriseService::removeProblem(qint64 id)
{
    if (Result<void> allowed = m_user.requireWrite(); !allowed)
        return allowed;
    return audited::write(m_database, this,
                          [&] { return audited::remove(m_problems, m_audit, EnterpriseAuditEntities::kProblem, id); });
}

} // namespace branddesk
