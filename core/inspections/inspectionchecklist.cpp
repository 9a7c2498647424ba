// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/inspections/inspectionchecklist.h"

#include "core/domain/completeness.h"

#include <QCoreApplication>

#include <algorithm>

namespace branddesk {

std::optional<Brand> InspectionChecklist::bestBrand(const QList<Brand>& brands)
{
    std::optional<Brand> best;
    int bestPercent = -1;
    for (const Brand& brand : brands) {
        const int percent = Completeness::of(brand).percent();
        if (percent > bestPercent) {
            best = brand;
            bestPercent = percent;
        }
    }
    return best;
}

QList<InspectionCheck> InspectionChecklist::generate(const Department& department, const std::optional<Brand>& brand,
                                                     const std::optional<Campaign>& campaign,
                                                     const QList<MilestoneCompletion>& completions, const QDate& date)
{
    QList<InspectionCheck> checks;
    if (brand) {
        const Completeness completeness = Completeness::of(*brand);
        for (BrandStandard standard : allBrandStandards()) {
            InspectionCheck check;
            check.key = standardCheckKey(standard);
            check.label = brandStandardName(standard);
            const int met = completeness.metCount(standard);
            const int total = completeness.totalCount(standard);
            check.result = met == total ? CheckResult::Met : met == 0 ? CheckResult::NotMet : CheckResult::Partly;
            QStringList missing;
            for (const CompletenessItem& item : completeness.items())
                if (item.standard == standard && !item.met)
                    missing.append(item.hint);
            check.note = missing.join(QLatin1Char(' '));
            checks.append(check);
        }
    } else {
        checks.append({kNoBrandCheckKey, QCoreApplication::translate("InspectionChecklist", "Has a service brand"),
                       CheckResult::NotMet,
                       QCoreApplication::translate("InspectionChecklist",
                                                   "The department has no service brand yet; every department "
                                                   "must build at least one.")});
    }

    if (!campaign || !date.isValid())
        return checks;
    QList<Milestone> due;
    for (const Milestone& milestone : campaign->milestones)
        if (milestone.due.isValid() && milestone.due <= date && appliesTo(milestone.appliesTo, department))
            due.append(milestone);
    std::stable_sort(due.begin(), due.end(),
                     [](const Milestone& a, const Milestone& b) { return a.ordinal < b.ordinal; });
    for (const Milestone& milestone : due) {
        InspectionCheck check;
        check.key = milestoneCheckKey(milestone.code);
        check.label = milestone.name;
        const auto completion = std::find_if(completions.begin(), completions.end(), [&](const MilestoneCompletion& c) {
            return c.milestoneId == milestone.id && c.departmentId == department.id;
        });
        const QString dueText = milestone.due.toString(Qt::ISODate);
        if (completion != completions.end() && completion->doneDate.isValid() && completion->doneDate <= date) {
            check.result = CheckResult::Met;
            const qint64 late = milestone.due.daysTo(completion->doneDate);
            check.note = late > 0 ? QCoreApplication::translate("InspectionChecklist", "Done on %1, %n day(s) late.",
                                                                nullptr, int(late))
                                        .arg(completion->doneDate.toString(Qt::ISODate))
                                  : QCoreApplication::translate("InspectionChecklist", "Done on %1.")
                                        .arg(completion->doneDate.toString(Qt::ISODate));
        } else {
            check.result = CheckResult::NotMet;
            check.note = QCoreApplication::translate("InspectionChecklist", "Due %1; not done.").arg(dueText);
        }
        checks.append(check);
    }
    return checks;
}

} // namespace branddesk
