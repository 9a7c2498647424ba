// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/demo/democampaign.h"

#include "core/demo/demoenterprise.h"
#include "core/demo/demohotline.h"
#include "core/demo/demoinspections.h"
#include "core/demo/demoreports.h"
#include "core/services/concentratedweeks.h"
#include "core/services/session.h"

#include <QRandomGenerator>

namespace branddesk {

int demoCampaignYear(const QDate& today)
{
    return today.month() >= 5 ? today.year() : today.year() - 1;
}

Result<void> populateDemoCampaign(Session& session, const QDate& today, quint32 seed)
{
    // The built-in campaign, as any database without one gets it (open to the signed-in demo clerk).
    Result<Campaign> campaign = session.campaigns().ensureCurrent(demoCampaignYear(today));
    if (!campaign)
        return fail(campaign.error());
    Result<QList<Department>> departments = session.departments().activeDepartments();
    if (!departments)
        return fail(departments.error());

    QRandomGenerator random(seed);
    Result<void> milestones = session.database().transaction([&]() -> Result<void> {
        for (const Department& department : *departments) {
            // How diligent the department is: most are, some lag, a few hardly report anything.
            const int roll = random.bounded(100);
            // Per milestone, so it compounds over fifteen: 99 leaves most departments with nothing overdue.
            const int diligence = roll < 10 ? 40 : roll < 30 ? 85 : 99;
            for (const Milestone& milestone : campaign->milestones) {
                if (!appliesTo(milestone.appliesTo, department) || !milestone.due.isValid())
                    continue;
                const bool due = milestone.due < today;
                const int chance = due ? diligence : diligence / 4;
                if (random.bounded(100) >= chance)
                    continue;
                QDate done = milestone.due.addDays(-random.bounded(0, 12));
                if (due && random.bounded(100) < 100 - diligence)
                    done = milestone.due.addDays(random.bounded(1, 15)); // done, but late
                done = std::min(done, today);
                MilestoneCompletion completion;
                completion.milestoneId = milestone.id;
                completion.departmentId = department.id;
                completion.doneDate = done;
                completion.evidence = QStringLiteral("%1：已按要求完成，相关材料已报市级机关作风建设领导小组办公室。")
                                          .arg(milestone.shortName);
                // Drawn like the others (the same data for a seed), but the concentrated week follows the
                // activity records and is not ticked by hand.
                if (milestone.code == ConcentratedWeeks::kMilestoneCode)
                    continue;
                if (Result<MilestoneCompletion> saved = session.milestones().record(completion); !saved)
                    return fail(saved.error());
            }
        }
        return {};
    });
    if (!milestones)
        return milestones;
    if (Result<void> allowed = session.currentUser().requireWrite(); !allowed)
        return allowed;
    DemoReports reports(session.database(), seed + 1);
    Result<int> written = reports.populate(*campaign, *departments, session.clock().nowUtc(), session.userName());
    if (!written)
        return fail(written.error());
    Result<int> inspected = populateDemoInspections(session, std::min(today, session.clock().today()), seed + 2);
    if (!inspected)
        return fail(inspected.error());
    if (Result<void> enterprise = populateDemoEnterprise(session, std::min(today, session.clock().today()), seed + 3);
        !enterprise)
        return enterprise;
    Result<int> tickets = populateDemoHotline(session, std::min(today, session.clock().today()), seed + 5);
    return tickets ? Result<void>() : fail(tickets.error());
}

} // namespace branddesk
