// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/hotline/hotlinereport.h"

#include "core/summary/supervisionsummary.h"

#include <QCoreApplication>
#include <QMap>

#include <algorithm>

namespace branddesk::hotlinereport {
namespace {

QString hotlineSectionNumber(int n)
{
    static const char16_t* const numbers[] = {u"一", u"二", u"三", u"四", u"五", u"六", u"七", u"八", u"九", u"十"};
    return n >= 1 && n <= 10 ? QString::fromUtf16(numbers[n - 1]) : QString::number(n);
}

bool hadTickets(const HotlineFigures& f)
{
    return f.received > 0 || f.onTime.whole > 0 || f.overdueNow > 0 || f.satisfied.whole > 0 || f.closed > 0;
}

QString listSeparator()
{
    return QCoreApplication::translate("HotlineReport", "; ", "list separator: ；");
}

} // namespace

QList<HotlineFiguresRow> ranked(const QList<HotlineFiguresRow>& rows)
{
    QList<HotlineFiguresRow> result;
    for (const HotlineFiguresRow& row : rows)
        if (hadTickets(row.figures))
            result.append(row);
    std::stable_sort(result.begin(), result.end(), [](const HotlineFiguresRow& a, const HotlineFiguresRow& b) {
        const HotlineFigures& x = a.figures;
        const HotlineFigures& y = b.figures;
        if (x.onTime.permille() != y.onTime.permille())
            return x.onTime.permille() > y.onTime.permille();
        if (x.satisfied.permille() != y.satisfied.permille())
            return x.satisfied.permille() > y.satisfied.permille();
        return x.received > y.received;
    });
    return result;
}

PrintDocument build(const HotlineReportData& d, const HotlineReportOptions& options)
{
    PrintDocument doc(PageStyle::official());
    doc.setOfficialHeader(options.issuer, options.documentNumber);
    const QString month = QCoreApplication::translate("HotlineReport", "%1/%2", "a month: 2026年11月")
                              .arg(d.month.year())
                              .arg(d.month.month());
    const QString title =
        QCoreApplication::translate("HotlineReport", "Report on the brand supervision hotline, %1").arg(month);
    doc.setName(title);
    doc.addTitle(title);
    doc.addLine(QCoreApplication::translate("HotlineReport", "To all municipal departments and units:"));
    const QDate last = d.month.addMonths(1).addDays(-1);
    doc.addParagraph(QCoreApplication::translate("HotlineReport",
                                                 "The tickets of the brand supervision hotline and of social appraisal "
                                                 "from %1 are reported as follows.")
                         .arg(documentPeriod({d.month, last})));

    int section = 0;
    const auto heading = [&](const char* source) {
        doc.addHeading(QCoreApplication::translate("HotlineReport", "%1. %2", "section heading: 一、总体情况")
                           .arg(hotlineSectionNumber(++section), QCoreApplication::translate("HotlineReport", source)));
    };

    const HotlineFigures& f = d.overall;
    heading(QT_TRANSLATE_NOOP("HotlineReport", "Overall figures"));
    doc.addParagraph(
        QCoreApplication::translate(
            "HotlineReport",
            "In the month %1 tickets were received, %2 of them repeat calls (%3), and %4 were closed. Of the %5 "
            "tickets due, %6 were answered on time (%7); %8 of %9 assignments were signed for in time (%10). Of %11 "
            "callers reached at the follow-up, %12 were satisfied (%13) and %14 basically satisfied. On %15, %16 "
            "tickets are overdue.")
            .arg(f.received)
            .arg(f.repeats)
            .arg(f.repeatRate().text())
            .arg(f.closed)
            .arg(f.onTime.whole)
            .arg(f.onTime.part)
            .arg(f.onTime.text())
            .arg(f.signedInTime.part)
            .arg(f.signedInTime.whole)
            .arg(f.signedInTime.text())
            .arg(f.satisfied.whole)
            .arg(f.satisfied.part)
            .arg(f.satisfied.text())
            .arg(f.basicallySatisfied)
            .arg(documentDate(d.today))
            .arg(f.overdueNow));

    heading(QT_TRANSLATE_NOOP("HotlineReport", "Departments ranked"));
    DocumentTable table;
    table.columns = {{0.6, Qt::AlignHCenter}, {2.4, Qt::AlignLeft},    {0.8, Qt::AlignHCenter},
                     {1.2, Qt::AlignHCenter}, {1.2, Qt::AlignHCenter}, {1.2, Qt::AlignHCenter},
                     {0.9, Qt::AlignHCenter}, {0.8, Qt::AlignHCenter}};
    table.addHeaderRow({QCoreApplication::translate("HotlineReport", "Rank"),
                        QCoreApplication::translate("HotlineReport", "Department"),
                        QCoreApplication::translate("HotlineReport", "Received"),
                        QCoreApplication::translate("HotlineReport", "Answered\non time"),
                        QCoreApplication::translate("HotlineReport", "Signed for\nin time"),
                        QCoreApplication::translate("HotlineReport", "Satisfied"),
                        QCoreApplication::translate("HotlineReport", "Repeat\ncalls"),
                        QCoreApplication::translate("HotlineReport", "Overdue\nnow")});
    const QList<HotlineFiguresRow> rows = ranked(d.departments);
    int rank = 0;
    for (const HotlineFiguresRow& row : rows) {
        const HotlineFigures& r = row.figures;
        table.addRow({QString::number(++rank), row.name, QString::number(r.received), r.onTime.text(),
                      r.signedInTime.text(), r.satisfied.text(), QString::number(r.repeats),
                      QString::number(r.overdueNow)});
    }
    table.addRow({QString(), QCoreApplication::translate("HotlineReport", "Total"), QString::number(f.received),
                  f.onTime.text(), f.signedInTime.text(), f.satisfied.text(), QString::number(f.repeats),
                  QString::number(f.overdueNow)},
                 true);
    doc.addTable(table);

    heading(QT_TRANSLATE_NOOP("HotlineReport", "Departments named"));
    QMap<QString, std::pair<int, int>> overdue; // department → tickets, most days
    for (const Ticket& t : d.overdue) {
        auto& [count, days] = overdue[t.departmentName];
        ++count;
        days = std::max(days, t.daysOverdue(d.today));
    }
    if (overdue.isEmpty()) {
        doc.addParagraph(QCoreApplication::translate("HotlineReport", "No ticket is overdue."));
    } else {
        QStringList entries;
        for (auto it = overdue.cbegin(); it != overdue.cend(); ++it)
            entries.append(QCoreApplication::translate("HotlineReport", "%1 (%2 overdue, the longest %3 days)")
                               .arg(it.key())
                               .arg(it.value().first)
                               .arg(it.value().second));
        doc.addParagraph(
            QCoreApplication::translate("HotlineReport",
                                        "The following departments let callers wait past the time limit and are asked "
                                        "to answer at once: %1.")
                .arg(entries.join(listSeparator())));
    }
    QStringList low;
    for (const HotlineFiguresRow& row : rows)
        if (row.figures.satisfied.whole > 0 && row.figures.satisfied.permille() < d.lowSatisfactionPercent * 10)
            low.append(QCoreApplication::translate("HotlineReport", "%1 (%2)", "department (rate)")
                           .arg(row.name, row.figures.satisfied.text()));
    doc.addParagraph(low.isEmpty()
                         ? QCoreApplication::translate("HotlineReport", "No department's satisfaction fell below %1%.")
                               .arg(d.lowSatisfactionPercent)
                         : QCoreApplication::translate("HotlineReport",
                                                       "Satisfaction below %1% at: %2. These departments are asked to "
                                                       "look into the dissatisfied callers' matters again.")
                               .arg(d.lowSatisfactionPercent)
                               .arg(low.join(listSeparator())));

    heading(QT_TRANSLATE_NOOP("HotlineReport", "Praise received"));
    if (d.praise.isEmpty())
        doc.addParagraph(QCoreApplication::translate("HotlineReport", "No praise was received in the month."));
    for (const Ticket& t : d.praise)
        doc.addParagraph(t.content.section(QLatin1Char('\n'), 0, 0),
                         QCoreApplication::translate("HotlineReport", "%1: ").arg(t.departmentName));

    doc.addClosing({options.issuer, documentDate(options.date.isValid() ? options.date : d.today)});
    return doc;
}

} // namespace branddesk::hotlinereport
