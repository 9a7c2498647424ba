// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dashboard/dashboardcards.h"

#include "core/domain/completeness.h"
#include "core/summary/dashboardfigures.h"
#include "core/text/dates.h"

#include <QCoreApplication>
#include <QLocale>

namespace branddesk::dashboardcards {
namespace {

DashboardListModel::Row departmentRow(const Department& department, const QStringList& more)
{
    return {QStringList{department.name, departmentCategoryName(department.category)} + more, department.id,
            int(department.category)};
}

QStringList departmentHeaders(const QStringList& more)
{
    return QStringList{QCoreApplication::translate("DashboardCards", "Department"),
                       QCoreApplication::translate("DashboardCards", "Category")} +
           more;
}

QList<DashboardListModel::Row> behindRows(const QList<BehindItem>& items, const CampaignFigures& figures)
{
    QHash<qint64, DepartmentCategory> categories;
    for (const DepartmentFigures& row : figures.rows)
        categories.insert(row.department.id, row.department.category);
    QList<DashboardListModel::Row> rows;
    for (const BehindItem& item : items)
        rows.append(DashboardListModel::Row{
            QStringList{item.departmentName, item.title, dates::shown(item.due), QString::number(item.daysOverdue)},
            item.departmentId, int(categories.value(item.departmentId))});
    return rows;
}

} // namespace

QList<DashboardCard> all()
{
    return {DashboardCard::Departments,       DashboardCard::Brands,
            DashboardCard::WithoutBrand,      DashboardCard::Phase,
            DashboardCard::ReportsThisWeek,   DashboardCard::OnTimeRate,
            DashboardCard::MilestonesOverdue, DashboardCard::RectificationsOverdue,
            DashboardCard::ProblemsOverdue,   DashboardCard::TicketsOverdue};
}

QString objectName(DashboardCard card)
{
    switch (card) {
    case DashboardCard::Departments:
        return QStringLiteral("departmentsCardButton");
    case DashboardCard::Brands:
        return QStringLiteral("brandsCardButton");
    case DashboardCard::WithoutBrand:
        return QStringLiteral("withoutBrandCardButton");
    case DashboardCard::Phase:
        return QStringLiteral("phaseCardButton");
    case DashboardCard::ReportsThisWeek:
        return QStringLiteral("reportsThisWeekCardButton");
    case DashboardCard::OnTimeRate:
        return QStringLiteral("onTimeRateCardButton");
    case DashboardCard::MilestonesOverdue:
        return QStringLiteral("milestonesOverdueCardButton");
    case DashboardCard::RectificationsOverdue:
        return QStringLiteral("rectificationsOverdueCardButton");
    case DashboardCard::ProblemsOverdue:
        return QStringLiteral("problemsOverdueCardButton");
    case DashboardCard::TicketsOverdue:
        return QStringLiteral("ticketsOverdueCardButton");
    }
    return {};
}

int count(DashboardCard card, const CampaignFigures& f)
{
    switch (card) {
    case DashboardCard::Departments:
        return f.departments;
    case DashboardCard::Brands:
        return f.brands;
    case DashboardCard::WithoutBrand:
        return f.departmentsWithoutBrand;
    case DashboardCard::ReportsThisWeek:
        return f.reportsExpectedThisWeek - f.reportsReceivedThisWeek;
    case DashboardCard::MilestonesOverdue:
        return f.milestonesOverdue;
    case DashboardCard::RectificationsOverdue:
        return f.overdueRectifications;
    case DashboardCard::ProblemsOverdue:
        return f.overdueProblems;
    case DashboardCard::TicketsOverdue:
        return f.overdueTickets;
    case DashboardCard::Phase:
    case DashboardCard::OnTimeRate:
        break;
    }
    return -1;
}

Face face(DashboardCard card, const CampaignFigures& f)
{
    switch (card) {
    case DashboardCard::Departments:
        return {QCoreApplication::translate("DashboardCards", "Departments"), QString::number(f.departments),
                QCoreApplication::translate("DashboardCards", "active")};
    case DashboardCard::Brands:
        return {QCoreApplication::translate("DashboardCards", "Service brands"), QString::number(f.brands),
                QCoreApplication::translate("DashboardCards", "registered")};
    case DashboardCard::WithoutBrand:
        return {QCoreApplication::translate("DashboardCards", "Without a brand"),
                QString::number(f.departmentsWithoutBrand),
                QCoreApplication::translate("DashboardCards", "departments")};
    case DashboardCard::Phase: {
        const QString name = f.currentPhase.isEmpty() ? QStringLiteral("—") : f.currentPhase;
        QString left;
        if (f.phaseDaysLeft >= 0)
            left = QCoreApplication::translate("DashboardCards", "%n day(s) left", nullptr, f.phaseDaysLeft);
        else if (f.currentPhase.isEmpty())
            left = QCoreApplication::translate("DashboardCards", "no phase running");
        else
            left = QCoreApplication::translate("DashboardCards", "long-term");
        return {QCoreApplication::translate("DashboardCards", "Current phase"), name, left};
    }
    case DashboardCard::ReportsThisWeek: {
        // Counted first: Qt 6.4's lupdate never finishes on a call with two arguments as translate()'s count.
        const int notYet = count(card, f);
        return {QCoreApplication::translate("DashboardCards", "Reports this week"),
                QStringLiteral("%1/%2").arg(f.reportsReceivedThisWeek).arg(f.reportsExpectedThisWeek),
                QCoreApplication::translate("DashboardCards", "%n not yet reported", nullptr, notYet)};
    }
    case DashboardCard::OnTimeRate:
        return {
            QCoreApplication::translate("DashboardCards", "On time"), f.reports.onTimeRate(),
            QCoreApplication::translate("DashboardCards", "%1/%2 weeks").arg(f.reports.onTime).arg(f.reports.owed())};
    case DashboardCard::MilestonesOverdue:
        return {QCoreApplication::translate("DashboardCards", "Overdue tasks", "card: milestones overdue"),
                QString::number(f.milestonesOverdue),
                QCoreApplication::translate("DashboardCards", "done %1 of %2 due")
                    .arg(f.milestonesDone)
                    .arg(f.milestonesDue)};
    case DashboardCard::RectificationsOverdue:
        return {QCoreApplication::translate("DashboardCards", "Overdue fixes", "card: rectifications overdue"),
                QString::number(f.overdueRectifications),
                QCoreApplication::translate("DashboardCards", "%n open", nullptr, f.openRectifications)};
    case DashboardCard::ProblemsOverdue:
        return {QCoreApplication::translate("DashboardCards", "Overdue problems", "card: enterprise problems overdue"),
                QString::number(f.overdueProblems),
                QCoreApplication::translate("DashboardCards", "enterprise service")};
    case DashboardCard::TicketsOverdue:
        return {QCoreApplication::translate("DashboardCards", "Overdue tickets", "card: hotline tickets overdue"),
                QString::number(f.overdueTickets),
                QCoreApplication::translate("DashboardCards", "supervision hotline")};
    }
    return {};
}

List list(DashboardCard card, const CampaignFigures& f, const QList<BrandOverview>& brands, const Campaign& campaign)
{
    List result;
    result.title = face(card, f).caption;
    switch (card) {
    case DashboardCard::Departments:
        result.headers = departmentHeaders({QCoreApplication::translate("DashboardCards", "Brands")});
        for (const DepartmentFigures& row : f.rows)
            result.rows.append(departmentRow(row.department, {QString::number(row.brandCount)}));
        break;
    case DashboardCard::Brands:
        result.headers = {QCoreApplication::translate("DashboardCards", "Brand"),
                          QCoreApplication::translate("DashboardCards", "Department"),
                          QCoreApplication::translate("DashboardCards", "Completeness")};
        for (const BrandOverview& brand : dashboardfigures::brandsOf(f, brands))
            result.rows.append(
                DashboardListModel::Row{QStringList{brand.brand.name(), brand.departmentName,
                                                    QStringLiteral("%1%").arg(Completeness::of(brand.brand).percent())},
                                        brand.brand.departmentId, int(brand.departmentCategory)});
        break;
    case DashboardCard::WithoutBrand:
        result.headers = departmentHeaders({QCoreApplication::translate("DashboardCards", "Leader in charge")});
        for (const DepartmentFigures& row : f.rows)
            if (row.brandCount == 0)
                result.rows.append(departmentRow(row.department, {row.department.leaderInCharge}));
        break;
    case DashboardCard::Phase:
        result.headers = {QCoreApplication::translate("DashboardCards", "Phase"),
                          QCoreApplication::translate("DashboardCards", "From"),
                          QCoreApplication::translate("DashboardCards", "To")};
        for (const Phase& phase : campaign.phases)
            result.rows.append({{phase.ordinal == f.currentPhaseOrdinal
                                     ? QCoreApplication::translate("DashboardCards", "%1 (now)").arg(phase.name)
                                     : phase.name,
                                 dates::shown(phase.dates.start),
                                 phase.dates.isOpenEnded() ? QCoreApplication::translate("DashboardCards", "long-term")
                                                           : dates::shown(phase.dates.end)}});
        break;
    case DashboardCard::ReportsThisWeek:
        result.title = QCoreApplication::translate("DashboardCards", "Not yet reported this week");
        result.headers = departmentHeaders({QCoreApplication::translate("DashboardCards", "Contact"),
                                            QCoreApplication::translate("DashboardCards", "Phone")});
        for (const Department& department : f.notYetReported)
            result.rows.append(departmentRow(department, {department.contactPerson, department.phone}));
        break;
    case DashboardCard::OnTimeRate:
        result.headers = departmentHeaders({QCoreApplication::translate("DashboardCards", "On time"),
                                            QCoreApplication::translate("DashboardCards", "Late"),
                                            QCoreApplication::translate("DashboardCards", "Missing"),
                                            QCoreApplication::translate("DashboardCards", "On-time rate")});
        for (const DepartmentFigures& row : f.rows)
            result.rows.append(
                departmentRow(row.department, {QString::number(row.reports.onTime), QString::number(row.reports.late),
                                               QString::number(row.reports.missing), row.reports.onTimeRate()}));
        break;
    case DashboardCard::ProblemsOverdue:
        result.headers = {QCoreApplication::translate("DashboardCards", "Department"),
                          QCoreApplication::translate("DashboardCards", "Problem"),
                          QCoreApplication::translate("DashboardCards", "Due"),
                          QCoreApplication::translate("DashboardCards", "Days overdue")};
        result.rows = behindRows(f.overdueProblemItems, f);
        break;
    case DashboardCard::TicketsOverdue:
        result.headers = {QCoreApplication::translate("DashboardCards", "Department"),
                          QCoreApplication::translate("DashboardCards", "Ticket"),
                          QCoreApplication::translate("DashboardCards", "Due"),
                          QCoreApplication::translate("DashboardCards", "Days overdue")};
        result.rows = behindRows(f.overdueTicketItems, f);
        break;
    case DashboardCard::MilestonesOverdue:
    case DashboardCard::RectificationsOverdue: {
        const bool milestones = card == DashboardCard::MilestonesOverdue;
        result.headers = {QCoreApplication::translate("DashboardCards", "Department"),
                          milestones ? QCoreApplication::translate("DashboardCards", "Milestone")
                                     : QCoreApplication::translate("DashboardCards", "Rectification"),
                          QCoreApplication::translate("DashboardCards", "Due"),
                          QCoreApplication::translate("DashboardCards", "Days overdue")};
        result.rows = behindRows(milestones ? f.overdueMilestoneItems : f.overdueRectificationItems, f);
        break;
    }
    }
    return result;
}

} // namespace branddesk::dashboardcards
