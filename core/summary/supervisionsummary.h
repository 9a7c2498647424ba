// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/documents/printdocument.h"
#include "core/summary/campaignfigures.h"

#include <QDate>
#include <QString>

namespace branddesk {

/// What the clerk fills in before printing a supervision summary.
struct SummaryOptions {
    QString issuer;         ///< 发文机关: "常州市市级机关作风建设领导小组办公室"
    QString documentNumber; ///< "常机作办〔2009〕12号"; empty: none printed
    QString title;          ///< empty: made from the campaign's title and the period
    QString nextSteps;      ///< 下一步工作: one paragraph a line
    QDate date;             ///< 成文日期
    int highlightLimit = 8; ///< typical practices quoted at most
    int urgeLimit = 10;     ///< departments named for lateness at most (the worst); the table has the rest
    QString copyTo;         ///< 抄送 of the 版记; empty: defaultCopyTo()

    /// The copies when none are given: the members of the leading group.
    static QString defaultCopyTo();

    /// The issuing office as a campaign's notice names it: its last issuer before the date.
    static QString issuerFromNotice(const QString& notice);
};

/// The supervision summary (督查通报) of a period, laid out as an official document (GB/T 9704): overall
/// figures, the department table, the departments furthest behind (the worst named with their figures, the
/// rest counted), typical practices (the practice quoted, not the report), next steps, and the 版记.
PrintDocument buildSupervisionSummary(const CampaignFigures& figures, const SummaryOptions& options);

/// "2009年5月31日" (translated).
QString documentDate(const QDate& date);
/// "2009年5月1日至5月31日" (translated).
QString documentPeriod(const DateRange& period);

} // namespace branddesk
