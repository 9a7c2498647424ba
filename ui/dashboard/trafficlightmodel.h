// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/summary/campaignfigures.h"

#include <QAbstractTableModel>

namespace branddesk {

/// The traffic-light table (督查红绿灯): a row per active department of the figures, a light per indicator
/// (brand completeness, milestones, reports, rectifications) from dashboardfigures::departmentLights().
/// Sorting a light column puts red before yellow before green (descending).
class TrafficLightModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        DepartmentColumn,
        CategoryColumn,
        BrandColumn,
        MilestonesColumn,
        ReportsColumn,
        RectificationsColumn,
        ColumnCount
    };

    explicit TrafficLightModel(QObject* parent = nullptr);

    void setFigures(const CampaignFigures& figures);
    const QList<DepartmentFigures>& rows() const { return m_rows; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<DepartmentFigures> m_rows;
};

} // namespace branddesk
