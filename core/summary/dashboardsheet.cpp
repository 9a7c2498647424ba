// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/summary/dashboardsheet.h"

#include "core/summary/dashboardfigures.h"
#include "core/summary/supervisionsummary.h"

#include <QCoreApplication>

namespace branddesk {
namespace {

QString lightWord(Light light)
{
    switch (light) {
    case Light::Green:
        return QCoreApplication::translate("DashboardSheet", "green", "traffic light, short: 绿");
    case Light::Yellow:
        return QCoreApplication::translate("DashboardSheet", "yellow", "traffic light, short: 黄");
    case Light::Red:
        return QCoreApplication::translate("DashboardSheet", "red", "traffic light, short: 红");
    case Light::Grey:
    case Light::None:
        break;
    }
    return QCoreApplication::translate("DashboardSheet", "—");
}

QStringList lightCells(const DepartmentFigures& row)
{
    const dashboardfigures::DepartmentLights lights = dashboardfigures::departmentLights(row);
    const QString brand = row.bestCompleteness < 0 ? QCoreApplication::translate("DashboardSheet", "no brand")
                                                   : QStringLiteral("%1%").arg(row.bestCompleteness);
    return {row.department.name, QStringLiteral("%1 %2").arg(lightWord(lights.brand), brand),
            QStringLiteral("%1 %2/%3").arg(lightWord(lights.milestones)).arg(row.milestonesDone).arg(row.milestonesDue),
            QStringLiteral("%1 %2/%3").arg(lightWord(lights.reports)).arg(row.reports.onTime).arg(row.reports.owed()),
            QStringLiteral("%1 %2/%3")
                .arg(lightWord(lights.rectifications))
                .arg(row.overdueRectifications)
                .arg(row.openRectifications)};
}

} // namespace

PrintDocument buildDashboardSheet(const CampaignFigures& f)
{
    PageStyle style = PageStyle::sheet(QPageLayout::Landscape);
    style.marginsMm = QMarginsF(12, 9, 12, 11);
    style.title.pointSize = 15;
    style.title.lineHeight = 20;
    style.titleSpacingMm = 2;
    style.blockSpacingMm = 1.5;
    style.heading1.pointSize = 11;
    style.heading1.lineHeight = 15;
    style.body.pointSize = 8.5;
    style.body.lineHeight = 11.5;
    style.table.pointSize = 7.5;
    style.table.lineHeight = 9;
    style.tableHeader.pointSize = 7.5;
    style.tableHeader.lineHeight = 9;
    style.cellPaddingMm = 0.4;
    style.footerGapMm = 4;
    PrintDocument doc(style);
    const QString title = QCoreApplication::translate("DashboardSheet", "Campaign dashboard: %1").arg(f.campaignTitle);
    doc.setName(title);
    doc.addTitle(title);
    QString phase =
        f.currentPhase.isEmpty() ? QCoreApplication::translate("DashboardSheet", "no phase running") : f.currentPhase;
    if (!f.currentPhase.isEmpty() && f.phaseDaysLeft >= 0)
        phase = QCoreApplication::translate("DashboardSheet", "%1, %n day(s) left", nullptr, f.phaseDaysLeft)
                    .arg(f.currentPhase);
    doc.addLine(QCoreApplication::translate("DashboardSheet", "Period: %1 · as of %2 · current phase: %3")
                    .arg(documentPeriod(f.period), documentDate(f.today), phase),
                Qt::AlignHCenter);

    DocumentTable figures;
    for (int i = 0; i < 8; ++i)
        figures.columns.append({1, Qt::AlignHCenter});
    figures.addHeaderRow({QCoreApplication::translate("DashboardSheet", "Departments"),
                          QCoreApplication::translate("DashboardSheet", "Service brands"),
                          QCoreApplication::translate("DashboardSheet", "Without a brand"),
                          QCoreApplication::translate("DashboardSheet", "Reports this week\nreceived/expected"),
                          QCoreApplication::translate("DashboardSheet", "Reports on time\nin the period"),
                          QCoreApplication::translate("DashboardSheet", "Milestones\ndone/due"),
                          QCoreApplication::translate("DashboardSheet", "Milestones\noverdue"),
                          QCoreApplication::translate("DashboardSheet", "Rectifications\noverdue")});
    figures.addRow(
        {QString::number(f.departments), QString::number(f.brands), QString::number(f.departmentsWithoutBrand),
         QStringLiteral("%1/%2").arg(f.reportsReceivedThisWeek).arg(f.reportsExpectedThisWeek),
         QStringLiteral("%1 (%2/%3)").arg(f.reports.onTimeRate()).arg(f.reports.onTime).arg(f.reports.owed()),
         QStringLiteral("%1/%2").arg(f.milestonesDone).arg(f.milestonesDue), QString::number(f.milestonesOverdue),
         QString::number(f.overdueRectifications)});
    doc.addTable(figures);

    QStringList notYet;
    for (const Department& department : f.notYetReported)
        notYet.append(department.name);
    doc.addParagraph(
        notYet.isEmpty()
            ? QCoreApplication::translate("DashboardSheet", "Every department has reported this week.")
            : QCoreApplication::translate("DashboardSheet", "Not yet reported this week (%1): %2")
                  .arg(notYet.size())
                  .arg(notYet.join(QCoreApplication::translate("DashboardSheet", ", ", "list separator: 、"))),
        QCoreApplication::translate("DashboardSheet", "Call list. "));
    QStringList behind;
    for (const DepartmentFigures& row : f.furthestBehind(5))
        behind.append(QCoreApplication::translate("DashboardSheet", "%1 (%2)", "department (reason)")
                          .arg(row.department.name, row.latenessReason()));
    doc.addParagraph(behind.isEmpty()
                         ? QCoreApplication::translate("DashboardSheet", "No department is behind.")
                         : behind.join(QCoreApplication::translate("DashboardSheet", "; ", "list separator: ；")),
                     QCoreApplication::translate("DashboardSheet", "Furthest behind. "));

    doc.addHeading(QCoreApplication::translate("DashboardSheet", "Traffic lights"));
    DocumentTable lights;
    const QList<DocumentColumn> half = {{2.6, Qt::AlignLeft},
                                        {1.2, Qt::AlignHCenter},
                                        {1, Qt::AlignHCenter},
                                        {1, Qt::AlignHCenter},
                                        {1, Qt::AlignHCenter}};
    lights.columns = half + half;
    const QStringList header = {QCoreApplication::translate("DashboardSheet", "Department"),
                                QCoreApplication::translate("DashboardSheet", "Brand\ncompleteness"),
                                QCoreApplication::translate("DashboardSheet", "Milestones\ndone/due"),
                                QCoreApplication::translate("DashboardSheet", "Reports\non time/owed"),
                                QCoreApplication::translate("DashboardSheet", "Rectifications\noverdue/open")};
    lights.addHeaderRow(header + header);
    const qsizetype lines = (f.rows.size() + 1) / 2;
    for (qsizetype line = 0; line < lines; ++line) {
        QStringList cells = lightCells(f.rows.at(line));
        if (line + lines < f.rows.size())
            cells += lightCells(f.rows.at(line + lines));
        else
            cells += QStringList{QString(), QString(), QString(), QString(), QString()};
        lights.addRow(cells);
    }
    doc.addTable(lights);
    return doc;
}

} // namespace branddesk
