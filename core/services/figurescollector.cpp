// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/figurescollector.h"

#include "core/services/compliancetotals.h"
#include "core/services/session.h"

#include <QCoreApplication>

namespace branddesk {

Result<CampaignFigures> collectCampaignFigures(Session& session, const DateRange& period, ReportCompliance* compliance)
{
    Result<std::optional<Campaign>> current = session.campaigns().current();
    if (!current)
        return fail(current.error());
    if (!*current)
        return fail(Error::Code::NotFound,
                    QCoreApplication::translate("CampaignFigures", "The database holds no campaign yet."));
    const Campaign& campaign = **current;
    Result<QList<DepartmentOverview>> overviews = session.departments().overviews();
    if (!overviews)
        return fail(overviews.error());
    Result<MilestoneBoard> board = session.milestones().board(campaign.id);
    if (!board)
        return fail(board.error());
    // The figures need each department's counts for the period and this week's call list: from the maintained
    // totals. The whole grid only when the caller wants it (the dashboard's weekly chart).
    Result<ReportCompliance> reports =
        compliance ? session.reports().compliance(campaign.id) : summarizeCompliance(session, campaign, period);
    if (!reports)
        return fail(reports.error());
    ReportFilter highlights;
    highlights.highlightOnly = true;
    if (period.start.isValid())
        highlights.fromWeek = ReportWeek::containing(period.start);
    if (period.end.isValid())
        highlights.toWeek = ReportWeek::containing(period.end);
    highlights.limit = 200;
    highlights.countAll = false;
    Result<ReportSearchResult> typical = session.reports().search(highlights);
    if (!typical)
        return fail(typical.error());
    Result<QList<RectificationItem>> open = session.inspections().openRectifications();
    if (!open)
        return fail(open.error());
    QList<RectificationFact> rectifications;
    for (const RectificationItem& item : *open)
        rectifications.append(
            {item.departmentId, item.rectification.deadline, true, item.inspectionId, item.rectification.demand});
    Result<QList<Problem>> problems = session.enterprise().problems();
    if (!problems)
        return fail(problems.error());
    CampaignFigures figures = CampaignFigures::build(campaign, period, session.clock().today(), *overviews, *board,
                                                     *reports, rectifications, typical->items);
    figures.addProblems(*problems);
    Result<QList<BehindItem>> tickets = session.hotline().behindToday();
    if (!tickets)
        return fail(tickets.error());
    figures.overdueTicketItems = *tickets;
    figures.overdueTickets = static_cast<int>(tickets->size());
    if (compliance)
        *compliance = std::move(*reports);
    return figures;
}

DateRange figuresPeriod(FiguresPeriod kind, const Campaign& campaign, const QDate& today)
{
    switch (kind) {
    case FiguresPeriod::ThisWeek: {
        const ReportWeek week = ReportWeek::containing(today);
        return {week.monday(), week.sunday()};
    }
    case FiguresPeriod::ThisMonth:
        return {QDate(today.year(), today.month(), 1), QDate(today.year(), today.month(), today.daysInMonth())};
    case FiguresPeriod::ThisPhase:
        if (const Phase* phase = campaign.phaseOn(today))
            return {phase->dates.start, phase->dates.isOpenEnded() ? today : phase->dates.end};
        break;
    case FiguresPeriod::WholeCampaign:
        break;
    }
    const DateRange span = campaign.span();
    return {span.start, span.isOpenEnded() ? today : span.end};
}

} // namespace branddesk
