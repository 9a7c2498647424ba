// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/campaign/campaign.h"

#include <QCoreApplication>

namespace branddesk {

QString applicabilityCode(Applicability applicability)
{
    switch (applicability) {
    case Applicability::All:
        return QStringLiteral("all");
    case Applicability::EnterpriseFacing:
        return QStringLiteral("enterprise-facing");
    case Applicability::SupervisesIntermediaries:
        return QStringLiteral("supervises-intermediaries");
    case Applicability::Administrative:
        break;
    }
    return QStringLiteral("administrative");
}

std::optional<Applicability> applicabilityFromCode(const QString& code)
{
    for (Applicability a : {Applicability::All, Applicability::EnterpriseFacing,
                            Applicability::SupervisesIntermediaries, Applicability::Administrative}) {
        if (applicabilityCode(a) == code)
            return a;
    }
    return std::nullopt;
}

QString applicabilityName(Applicability applicability)
{
    switch (applicability) {
    case Applicability::All:
        return QCoreApplication::translate("Campaign", "All departments");
    case Applicability::EnterpriseFacing:
        return QCoreApplication::translate("Campaign", "Enterprise-facing departments");
    case Applicability::SupervisesIntermediaries:
        return QCoreApplication::translate("Campaign", "Departments supervising intermediaries");
    case Applicability::Administrative:
        break;
    }
    return QCoreApplication::translate("Campaign", "Administrative departments");
}

bool appliesTo(Applicability applicability, const Department& department)
{
    switch (applicability) {
    case Applicability::All:
        return true;
    case Applicability::EnterpriseFacing:
        return department.enterpriseFacing;
    case Applicability::SupervisesIntermediaries:
        return department.supervisesIntermediaries;
    case Applicability::Administrative:
        break;
    }
    return department.category == DepartmentCategory::Administrative;
}

const Phase* Campaign::phaseOn(const QDate& day) const
{
    for (const Phase& p : phases) {
        if (p.dates.contains(day))
            return &p;
    }
    return nullptr;
}

const Phase* Campaign::phase(qint64 phaseId) const
{
    for (const Phase& p : phases) {
        if (p.id == phaseId)
            return &p;
    }
    return nullptr;
}

DateRange Campaign::span() const
{
    if (phases.isEmpty())
        return {};
    return DateRange{phases.first().dates.start, phases.last().dates.end};
}

Light MilestoneState::light() const
{
    switch (status) {
    case Status::NotApplicable:
        return Light::Grey;
    case Status::Done:
        return Light::Green;
    case Status::DueSoon:
        return Light::Yellow;
    case Status::Overdue:
        return Light::Red;
    case Status::Pending:
        break;
    }
    return Light::None;
}

QString MilestoneState::describe() const
{
    switch (status) {
    case Status::NotApplicable:
        return QCoreApplication::translate("Campaign", "Not applicable");
    case Status::Done:
        return daysOverdue > 0 ? QCoreApplication::translate("Campaign", "Done %n day(s) late", nullptr, daysOverdue)
                               : QCoreApplication::translate("Campaign", "Done");
    case Status::Overdue:
        return QCoreApplication::translate("Campaign", "%n day(s) overdue", nullptr, daysOverdue);
    case Status::DueSoon:
        return daysLeft == 0 ? QCoreApplication::translate("Campaign", "Due today")
                             : QCoreApplication::translate("Campaign", "Due in %n day(s)", nullptr, daysLeft);
    case Status::Pending:
        break;
    }
    return due.isValid() ? QCoreApplication::translate("Campaign", "Not yet due")
                         : QCoreApplication::translate("Campaign", "No deadline");
}

MilestoneState evaluateMilestone(const Milestone& milestone, const Department& department,
                                 const std::optional<MilestoneCompletion>& completion, const QDate& today, int leadDays)
{
    MilestoneState state;
    state.due = milestone.due;
    if (!appliesTo(milestone.appliesTo, department)) {
        state.status = MilestoneState::Status::NotApplicable;
        return state;
    }
    if (completion && completion->doneDate.isValid()) {
        state.status = MilestoneState::Status::Done;
        state.doneDate = completion->doneDate;
        if (milestone.due.isValid() && completion->doneDate > milestone.due)
            state.daysOverdue = static_cast<int>(milestone.due.daysTo(completion->doneDate));
        return state;
    }
    if (!milestone.due.isValid()) {
        state.status = MilestoneState::Status::Pending;
        return state;
    }
    const auto daysLeft = today.daysTo(milestone.due);
    if (daysLeft < 0) {
        state.status = MilestoneState::Status::Overdue;
        state.daysOverdue = static_cast<int>(-daysLeft);
    } else {
        state.daysLeft = static_cast<int>(daysLeft);
        state.status = daysLeft <= leadDays ? MilestoneState::Status::DueSoon : MilestoneState::Status::Pending;
    }
    return state;
}

} // namespace branddesk
