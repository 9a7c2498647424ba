// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/brand.h"
#include "core/summary/campaignfigures.h"
#include "ui/dashboard/dashboardlistmodel.h"

namespace branddesk {

/// The figures on the dashboard's cards, in display order.
enum class DashboardCard {
    Departments,
    Brands,
    WithoutBrand,
    Phase,
    ReportsThisWeek,
    OnTimeRate,
    MilestonesOverdue,
    RectificationsOverdue,
    ProblemsOverdue, ///< enterprise problems (难题) past their deadline
    TicketsOverdue,  ///< hotline tickets (工单) past their due date today
};

/// What the dashboard's cards show and the lists behind them, straight from CampaignFigures: texts only.
namespace dashboardcards {

QList<DashboardCard> all();
/// "departmentsCardButton", … : the object name of the card's button.
QString objectName(DashboardCard card);

/// A card's face.
struct Face {
    QString caption; ///< "Departments"
    QString value;   ///< the big figure: "48", "87.5%", "30/45", "实践推进"
    QString detail;  ///< a line under it: "15 not yet reported"
};
Face face(DashboardCard card, const CampaignFigures& figures);

/// The number the card's list must have as many rows as; -1 for the cards whose figure is not a count
/// (the phase, the on-time rate).
int count(DashboardCard card, const CampaignFigures& figures);

/// The list behind a card.
struct List {
    QString title;
    QStringList headers;
    QList<DashboardListModel::Row> rows;
};
/// `brands`: every brand (the figures' departments' are taken); `campaign`: for the phases.
List list(DashboardCard card, const CampaignFigures& figures, const QList<BrandOverview>& brands,
          const Campaign& campaign);

} // namespace dashboardcards
} // namespace branddesk
