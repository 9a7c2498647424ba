// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/inspectionsheet.h"

#include "core/services/session.h"
#include "core/summary/supervisionsummary.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>

namespace branddesk {
namespace {

QString weekList(const QList<ReportWeek>& weeks)
{
    QStringList labels;
    for (const ReportWeek& week : weeks)
        labels.append(week.shortLabel());
    return labels.join(QCoreApplication::translate("InspectionSheet", ", ", "list separator: 、"));
}

QString yesNo(bool value)
{
    return value ? QCoreApplication::translate("InspectionSheet", "yes")
                 : QCoreApplication::translate("InspectionSheet", "no");
}

} // namespace

Result<QList<InspectionSheetData>> collectInspectionSheets(Session& session, const QList<qint64>& departmentIds,
                                                           const DateRange& period)
{
    Result<std::optional<Campaign>> current = session.campaigns().current();
    if (!current)
        return fail(current.error());
    if (!*current)
        return fail(Error::Code::NotFound,
                    QCoreApplication::translate("CampaignFigures", "The database holds no campaign yet."));
    const Campaign& campaign = **current;
    const QDate today = session.clock().today();
    Result<MilestoneBoard> board = session.milestones().board(campaign.id);
    if (!board)
        return fail(board.error());
    Result<ReportCompliance> compliance = session.reports().compliance(campaign.id);
    if (!compliance)
        return fail(compliance.error());
    Result<QList<BrandOverview>> brands = session.brands().overviews();
    if (!brands)
        return fail(brands.error());
    QHash<qint64, QList<Brand>> brandsOf;
    for (const BrandOverview& overview : *brands)
        brandsOf[overview.brand.departmentId].append(overview.brand);

    QList<InspectionSheetData> sheets;
    for (int row = 0; row < compliance->rows().size(); ++row) {
        const ReportCompliance::Row& line = compliance->rows().at(row);
        if (!departmentIds.isEmpty() && !departmentIds.contains(line.department.id))
            continue;
        InspectionSheetData sheet;
        sheet.campaignTitle = campaign.title;
        sheet.today = today;
        sheet.period = period;
        sheet.department = line.department;
        const QList<Brand> own = brandsOf.value(line.department.id);
        sheet.brandCount = int(own.size());
        for (const Brand& brand : own)
            if (!sheet.brand || Completeness::of(brand).percent() > Completeness::of(*sheet.brand).percent())
                sheet.brand = brand;
        sheet.reports = compliance->counts(row, period);
        for (int column = 0; column < compliance->weeks().size(); ++column) {
            const ReportWeek& week = compliance->weeks().at(column);
            const QDate dueDay = week.monday().addDays(campaign.reportWeekday - 1);
            if (period.start.isValid() && !period.contains(dueDay))
                continue;
            if (line.weeks.at(column) == ReportStatus::Late)
                sheet.lateWeeks.append(week);
            else if (line.weeks.at(column) == ReportStatus::Missing)
                sheet.missingWeeks.append(week);
        }
        for (const DepartmentProgress& progress : board->rows()) {
            if (progress.department.id != line.department.id)
                continue;
            for (int m = 0; m < campaign.milestones.size(); ++m) {
                const MilestoneState& state = progress.states.at(m);
                if (state.status == MilestoneState::Status::NotApplicable ||
                    state.status == MilestoneState::Status::Pending)
                    continue;
                sheet.milestones.append({campaign.milestones.at(m).name, state.due, state});
            }
        }
        Result<std::optional<Inspection>> latest = session.inspections().latestFor(line.department.id);
        if (!latest)
            return fail(latest.error());
        if (*latest) {
            sheet.lastInspected = (*latest)->date;
            sheet.lastFindings = (*latest)->findings;
        }
        Result<QList<RectificationItem>> open = session.inspections().openRectifications(line.department.id);
        if (!open)
            return fail(open.error());
        for (const RectificationItem& item : *open)
            sheet.openRectifications.append(
                QCoreApplication::translate("InspectionSheet", "%1 (deadline %2)")
                    .arg(item.rectification.demand,
                         QLocale().toString(item.rectification.deadline, QLocale::ShortFormat)));
        sheets.append(sheet);
    }
    return sheets;
}

PrintDocument buildInspectionSheet(const InspectionSheetData& d)
{
    PrintDocument doc(PageStyle::sheet());
    const QString title = QCoreApplication::translate("InspectionSheet", "Service brand inspection sheet");
    doc.setName(title + QStringLiteral(" — ") + d.department.name);
    doc.addTitle(title);
    doc.addLine(
        QCoreApplication::translate("InspectionSheet", "%1 · printed %2").arg(d.campaignTitle, documentDate(d.today)),
        Qt::AlignHCenter);
    doc.addFieldRow({QCoreApplication::translate("InspectionSheet", "Date of inspection:"),
                     QCoreApplication::translate("InspectionSheet", "Kind:"),
                     QCoreApplication::translate("InspectionSheet", "Inspectors:")});

    doc.addHeading(QCoreApplication::translate("InspectionSheet", "1. The department"));
    DocumentTable facts;
    facts.columns = {{1.2}, {2.3}, {1.2}, {2.3}};
    const Department& dep = d.department;
    facts.addRow({QCoreApplication::translate("InspectionSheet", "Department"), dep.name,
                  QCoreApplication::translate("InspectionSheet", "Category"), departmentCategoryName(dep.category)});
    facts.addRow({QCoreApplication::translate("InspectionSheet", "Principal leader"), dep.principalLeader,
                  QCoreApplication::translate("InspectionSheet", "Leader in charge"), dep.leaderInCharge});
    facts.addRow({QCoreApplication::translate("InspectionSheet", "Contact person"), dep.contactPerson,
                  QCoreApplication::translate("InspectionSheet", "Phone"), dep.phone});
    facts.addRow({QCoreApplication::translate("InspectionSheet", "Enterprise-facing"), yesNo(dep.enterpriseFacing),
                  QCoreApplication::translate("InspectionSheet", "Supervises intermediaries"),
                  yesNo(dep.supervisesIntermediaries)});
    doc.addTable(facts);

    doc.addHeading(QCoreApplication::translate("InspectionSheet", "2. Service brand and its completeness"));
    if (!d.brand) {
        doc.addParagraph(QCoreApplication::translate(
            "InspectionSheet", "The department has no service brand yet: every department must build at least one."));
    } else {
        const Completeness completeness = Completeness::of(*d.brand);
        DocumentTable brand;
        brand.columns = {{1.2}, {2.3}, {1.2}, {2.3}};
        brand.addRow({QCoreApplication::translate("InspectionSheet", "Brand"), d.brand->name(),
                      QCoreApplication::translate("InspectionSheet", "Status"), brandStatusName(d.brand->status)});
        brand.addRow({QCoreApplication::translate("InspectionSheet", "Completeness"),
                      QStringLiteral("%1%").arg(completeness.percent()),
                      QCoreApplication::translate("InspectionSheet", "Brands of the department"),
                      QString::number(d.brandCount)});
        doc.addTable(brand);
        DocumentTable checklist;
        checklist.columns = {{0.5, Qt::AlignHCenter}, {1.3}, {3.0}, {0.9, Qt::AlignHCenter}, {1.6}};
        checklist.addHeaderRow({QCoreApplication::translate("InspectionSheet", "No."),
                                QCoreApplication::translate("InspectionSheet", "Standard"),
                                QCoreApplication::translate("InspectionSheet", "Checked item"),
                                QCoreApplication::translate("InspectionSheet", "On file"),
                                QCoreApplication::translate("InspectionSheet", "Inspectors' finding")});
        int n = 0;
        for (const CompletenessItem& item : completeness.items())
            checklist.addRow({QString::number(++n), brandStandardName(item.standard), item.label,
                              item.met ? QCoreApplication::translate("InspectionSheet", "✓")
                                       : QCoreApplication::translate("InspectionSheet", "missing"),
                              QString()});
        doc.addTable(checklist);
    }

    doc.addHeading(QCoreApplication::translate("InspectionSheet", "3. Milestones due"));
    if (d.milestones.isEmpty()) {
        doc.addParagraph(QCoreApplication::translate("InspectionSheet", "No milestone is due yet."));
    } else {
        DocumentTable milestones;
        milestones.columns = {{0.5, Qt::AlignHCenter}, {3.6}, {1.1, Qt::AlignHCenter}, {1.6, Qt::AlignHCenter}};
        milestones.addHeaderRow({QCoreApplication::translate("InspectionSheet", "No."),
                                 QCoreApplication::translate("InspectionSheet", "Milestone"),
                                 QCoreApplication::translate("InspectionSheet", "Due"),
                                 QCoreApplication::translate("InspectionSheet", "State")});
        int n = 0;
        for (const InspectionSheetData::MilestoneLine& line : d.milestones)
            milestones.addRow({QString::number(++n), line.name, QLocale().toString(line.due, QLocale::ShortFormat),
                               line.state.describe()});
        doc.addTable(milestones);
    }

    doc.addHeading(QCoreApplication::translate("InspectionSheet", "4. Weekly reports"));
    doc.addParagraph(QCoreApplication::translate("InspectionSheet",
                                                 "%1: %2 weeks owed, %3 on time, %4 late, %5 missing (on time %6).")
                         .arg(documentPeriod(d.period))
                         .arg(d.reports.owed())
                         .arg(d.reports.onTime)
                         .arg(d.reports.late)
                         .arg(d.reports.missing)
                         .arg(d.reports.onTimeRate()));
    if (!d.missingWeeks.isEmpty())
        doc.addParagraph(QCoreApplication::translate("InspectionSheet", "Missing: %1.").arg(weekList(d.missingWeeks)));
    if (!d.lateWeeks.isEmpty())
        doc.addParagraph(QCoreApplication::translate("InspectionSheet", "Late: %1.").arg(weekList(d.lateWeeks)));

    doc.addHeading(QCoreApplication::translate("InspectionSheet", "5. The last inspection"));
    if (!d.lastInspected.isValid()) {
        doc.addParagraph(QCoreApplication::translate("InspectionSheet", "Not inspected before."));
    } else {
        doc.addParagraph(d.lastFindings.isEmpty() ? QCoreApplication::translate("InspectionSheet", "No findings.")
                                                  : d.lastFindings,
                         QCoreApplication::translate("InspectionSheet", "%1: ").arg(documentDate(d.lastInspected)));
        for (const QString& open : d.openRectifications)
            doc.addParagraph(open, QCoreApplication::translate("InspectionSheet", "Open rectification: "));
    }

    doc.addRuledField(QCoreApplication::translate("InspectionSheet", "Inspectors' opinion:"), 4);
    doc.addRuledField(QCoreApplication::translate("InspectionSheet", "Rectification demanded and deadline:"), 3);
    doc.addFieldRow({QCoreApplication::translate("InspectionSheet", "Inspectors' signatures:"),
                     QCoreApplication::translate("InspectionSheet", "Department head's signature:"),
                     QCoreApplication::translate("InspectionSheet", "Date:")});
    return doc;
}

} // namespace branddesk
