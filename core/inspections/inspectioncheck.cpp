// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/inspections/inspectioncheck.h"

#include <QCoreApplication>

namespace branddesk {

QList<CheckResult> allCheckResults()
{
    return {CheckResult::Met, CheckResult::Partly, CheckResult::NotMet, CheckResult::NotChecked};
}

QString checkResultCode(CheckResult result)
{
    switch (result) {
    case CheckResult::Met:
        return QStringLiteral("met");
    case CheckResult::Partly:
        return QStringLiteral("partly");
    case CheckResult::NotMet:
        return QStringLiteral("not-met");
    case CheckResult::NotChecked:
        break;
    }
    return QStringLiteral("not-checked");
}

std::optional<CheckResult> checkResultFromCode(const QString& code)
{
    for (CheckResult result : allCheckResults())
        if (checkResultCode(result) == code)
            return result;
    return std::nullopt;
}

QString checkResultName(CheckResult result)
{
    switch (result) {
    case CheckResult::Met:
        return QCoreApplication::translate("CheckResult", "Met");
    case CheckResult::Partly:
        return QCoreApplication::translate("CheckResult", "Partly met");
    case CheckResult::NotMet:
        return QCoreApplication::translate("CheckResult", "Not met");
    case CheckResult::NotChecked:
        break;
    }
    return QCoreApplication::translate("CheckResult", "Not checked");
}

QString standardCheckKey(BrandStandard standard)
{
    switch (standard) {
    case BrandStandard::Name:
        return QStringLiteral("standard:name");
    case BrandStandard::Logo:
        return QStringLiteral("standard:logo");
    case BrandStandard::Culture:
        return QStringLiteral("standard:culture");
    case BrandStandard::ServiceSystem:
        return QStringLiteral("standard:service-system");
    case BrandStandard::SocialBenefit:
        break;
    }
    return QStringLiteral("standard:social-benefit");
}

QString milestoneCheckKey(const QString& milestoneCode)
{
    return QStringLiteral("milestone:") + milestoneCode;
}

} // namespace branddesk
