// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/reports/reportcompliance.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>

namespace branddesk {

/// The call list: departments that owe this week's report and have not sent it, with whom to call.
class CallListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { DepartmentColumn, RemindedColumn, ContactColumn, PhoneColumn, MissedColumn, ColumnCount };

    explicit CallListModel(QObject* parent = nullptr);
    void setCompliance(const ReportCompliance& compliance);
    /// When each department was last reminded (催报) about this week; shown as "reminded 11:20" beside it,
    /// with the day when it was not `today`.
    void setReminded(const QHash<qint64, QDateTime>& reminded, const QDate& today);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Line {
        Department department;
        int missed = 0; ///< weeks missing over the campaign
    };
    QList<Line> m_lines;
    QHash<qint64, QDateTime> m_reminded;
    QDate m_today;
};

} // namespace branddesk
