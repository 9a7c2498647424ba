// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/enterprise/problem.h"

#include <QCoreApplication>

namespace branddesk {

QList<ProblemStatus> allProblemStatuses()
{
    return {ProblemStatus::Open, ProblemStatus::InProgress, ProblemStatus::Solved, ProblemStatus::CannotSolve};
}

QString problemStatusCode(ProblemStatus status)
{
    switch (status) {
    case ProblemStatus::InProgress:
        return QStringLiteral("in-progress");
    case ProblemStatus::Solved:
        return QStringLiteral("solved");
    case ProblemStatus::CannotSolve:
        return QStringLiteral("cannot-solve");
    case ProblemStatus::Open:
        break;
    }
    return QStringLiteral("open");
}

std::optional<ProblemStatus> problemStatusFromCode(const QString& code)
{
    for (ProblemStatus status : allProblemStatuses())
        if (problemStatusCode(status) == code)
            return status;
    return std::nullopt;
}

QString problemStatusName(ProblemStatus status)
{
    switch (status) {
    case ProblemStatus::InProgress:
        return QCoreApplication::translate("ProblemStatus", "In progress");
    case ProblemStatus::Solved:
        return QCoreApplication::translate("ProblemStatus", "Solved");
    case ProblemStatus::CannotSolve:
        return QCoreApplication::translate("ProblemStatus", "Cannot be solved");
    case ProblemStatus::Open:
        break;
    }
    return QCoreApplication::translate("ProblemStatus", "Open");
}

bool Problem::isOverdue(const QDate& today) const
{
    return isPending() && deadline.isValid() && deadline < today;
}

int Problem::daysOverdue(const QDate& today) const
{
    return isOverdue(today) ? static_cast<int>(deadline.daysTo(today)) : 0;
}

Light Problem::light(const QDate& today) const
{
    if (isOverdue(today))
        return Light::Red;
    switch (status) {
    case ProblemStatus::Solved:
        return Light::Green;
    case ProblemStatus::CannotSolve:
        return Light::Grey;
    case ProblemStatus::Open:
    case ProblemStatus::InProgress:
        break;
    }
    return Light::Yellow;
}

} // namespace branddesk
