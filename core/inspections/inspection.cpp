// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/inspections/inspection.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

namespace branddesk {

QList<InspectionKind> allInspectionKinds()
{
    return {InspectionKind::Regular, InspectionKind::Special, InspectionKind::Random};
}

QString inspectionKindCode(InspectionKind kind)
{
    switch (kind) {
    case InspectionKind::Regular:
        return QStringLiteral("regular");
    case InspectionKind::Special:
        return QStringLiteral("special");
    case InspectionKind::Random:
        break;
    }
    return QStringLiteral("random");
}

std::optional<InspectionKind> inspectionKindFromCode(const QString& code)
{
    for (InspectionKind kind : allInspectionKinds())
        if (inspectionKindCode(kind) == code)
            return kind;
    return std::nullopt;
}

QString inspectionKindName(InspectionKind kind)
{
    switch (kind) {
    case InspectionKind::Regular:
        return QCoreApplication::translate("InspectionKind", "Regular");
    case InspectionKind::Special:
        return QCoreApplication::translate("InspectionKind", "Special");
    case InspectionKind::Random:
        break;
    }
    return QCoreApplication::translate("InspectionKind", "Random");
}

QStringList Inspection::inspectorNames() const
{
    static const QRegularExpression separators(QStringLiteral("[、，,;；\\s]+"));
    return inspectors.split(separators, Qt::SkipEmptyParts);
}

int Inspection::countOf(CheckResult result) const
{
    return int(std::count_if(checks.begin(), checks.end(),
                             [result](const InspectionCheck& check) { return check.result == result; }));
}

int Inspection::openRectifications() const
{
    return int(std::count_if(rectifications.begin(), rectifications.end(),
                             [](const Rectification& r) { return !r.isDone(); }));
}

int Inspection::overdueRectifications(const QDate& today) const
{
    return int(std::count_if(rectifications.begin(), rectifications.end(),
                             [&today](const Rectification& r) { return r.isOverdue(today); }));
}

} // namespace branddesk
