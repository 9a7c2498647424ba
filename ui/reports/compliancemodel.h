// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/reports/reportcompliance.h"

#include <QAbstractTableModel>

namespace branddesk {

/// The compliance grid: a row per department with its counts and rate, then a coloured cell per week, the
/// newest week first.
class ComplianceModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { DepartmentColumn, OnTimeColumn, LateColumn, MissingColumn, RateColumn, FirstWeekColumn };

    explicit ComplianceModel(QObject* parent = nullptr);
    void setCompliance(const ReportCompliance& compliance);
    const ReportCompliance& compliance() const { return m_compliance; }
    /// The week of a column, invalid for the leading columns.
    ReportWeek weekAt(int column) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// The short mark of a week cell: ✓ on time, 迟 late, ✗ missing, … not yet due (translated).
    static QString statusMark(ReportStatus status);
    static QColor statusColor(ReportStatus status);

private:
    ReportCompliance m_compliance;
};

} // namespace branddesk
