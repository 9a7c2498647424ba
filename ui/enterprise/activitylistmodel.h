// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/enterprise/activity.h"

#include <QAbstractTableModel>

namespace branddesk {

/// The activity log (EnterpriseService::activities): dates, department, kind with its detail, the enterprise
/// (zone, project), the leading official, participants, description and outcome.
class ActivityListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        DatesColumn,
        DepartmentColumn,
        KindColumn,
        EnterpriseColumn,
        LeaderColumn,
        ParticipantsColumn,
        DescriptionColumn,
        OutcomeColumn,
        ColumnCount
    };

    explicit ActivityListModel(QObject* parent = nullptr);
    void setItems(const QList<Activity>& items);
    const Activity& itemAt(int row) const { return m_items.at(row); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Activity> m_items;
};

} // namespace branddesk
