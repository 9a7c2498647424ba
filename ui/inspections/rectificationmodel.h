// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/inspections/rectification.h"

#include <QAbstractTableModel>

namespace branddesk {

/// An inspection's rectification demands in the inspection form: the demand, its deadline, whether it is
/// done and when, and the follow-up note. Marking a demand done dates it today unless a date is given;
/// reopening it clears the date. Overdue demands show a red light.
class RectificationModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { DemandColumn, DeadlineColumn, StatusColumn, DoneDateColumn, FollowUpColumn, ColumnCount };

    explicit RectificationModel(QObject* parent = nullptr);

    void setRectifications(const QList<Rectification>& rectifications);
    const QList<Rectification>& rectifications() const { return m_rectifications; }
    /// The day overdue is judged by and a demand marked done is dated.
    void setToday(const QDate& today) { m_today = today; }
    void setReadOnly(bool readOnly) { m_readOnly = readOnly; }
    /// Appends an empty demand due on `deadline`; returns its row.
    int addRectification(const QDate& deadline);
    void removeRectification(int row);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Rectification> m_rectifications;
    QDate m_today;
    bool m_readOnly = false;
};

} // namespace branddesk
