// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/documents/printdocument.h"

#include <QStringList>

namespace branddesk::test {

/// Synthetic documents in the shapes the program prints: made-up content, real vocabulary.
class Samples {
public:
    static QString issuer();
    static QString documentNumber();
    static QString officialTitle();
    /// A supervision summary (督查通报) in the official style: red header, title, addressee, prose, headings,
    /// a department table with a two-level header, the issuer and the date.
    static PrintDocument officialSummary(int departmentRows = 8);
    /// Every text the summary prints, in reading order (the header and the closing included), except the
    /// table's header, whose cells span rows and columns.
    static QStringList officialSummaryTexts(int departmentRows = 8);

    /// An inspection sheet (督查表) of one department: facts, milestones, ruled fields for opinions and signatures.
    static PrintDocument inspectionSheet(const QString& department, int milestoneRows = 6);
    /// The title the inspection sheet of `department` starts with.
    static QString inspectionSheetTitle(const QString& department);

    /// A ledger: a title and a table of `rows` rows under the header 序号 / 部门名称 / 截止日期 / 备注.
    static PrintDocument ledger(int rows, QPageLayout::Orientation orientation = QPageLayout::Portrait);
    static QStringList ledgerHeader();
    static QStringList ledgerRow(int row);
};

} // namespace branddesk::test
