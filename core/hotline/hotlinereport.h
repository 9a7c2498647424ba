// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/documents/printdocument.h"
#include "core/hotline/hotlinefigures.h"
#include "core/hotline/ticket.h"

#include <QDate>
#include <QList>
#include <QString>

namespace branddesk {

/// What the monthly hotline report (热线工作通报) is made from.
struct HotlineReportData {
    QDate month;                          ///< its first day
    QDate today;                          ///< the day it is judged on ("overdue now")
    HotlineFigures overall;               ///< every ticket, over the month
    QList<HotlineFiguresRow> departments; ///< per department, over the month
    QList<Ticket> overdue;                ///< the tickets overdue on `today`
    QList<Ticket> praise;                 ///< the praise received in the month
    int lowSatisfactionPercent = 80;      ///< below this a department is named
};

/// What the clerk fills in before printing it.
struct HotlineReportOptions {
    QString issuer;         ///< 发文机关
    QString documentNumber; ///< empty: none printed
    QDate date;             ///< 成文日期; invalid: `today`
};

/// The monthly hotline report in the GB/T 9704 layout of the supervision summary: overall figures, the
/// departments ranked (按时办结率, then 回访满意率, then tickets received), the departments named for overdue
/// tickets and for low satisfaction, and the praise received.
namespace hotlinereport {

PrintDocument build(const HotlineReportData& data, const HotlineReportOptions& options);
/// The departments that had tickets in the month, best first.
QList<HotlineFiguresRow> ranked(const QList<HotlineFiguresRow>& rows);

} // namespace hotlinereport
} // namespace branddesk
