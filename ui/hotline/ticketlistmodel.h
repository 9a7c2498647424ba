// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/hotline/ticket.h"

#include <QAbstractTableModel>
#include <QDate>

namespace branddesk {

/// The ticket ledger (HotlineService::tickets): number, received, channel, kind, caller and phone, department,
/// content, due date and where the ticket stands. The phone shows in full only to a reader who may read phones
/// and only on tickets not marked confidential, so what the list shows (and exports) is masked as it must be.
/// Overdue rows are red (NeedsAttentionRole).
class TicketListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        NumberColumn,
        ReceivedColumn,
        ChannelColumn,
        KindColumn,
        CallerColumn,
        PhoneColumn,
        DepartmentColumn,
        ContentColumn,
        DueColumn,
        StatusColumn,
        ColumnCount
    };

    explicit TicketListModel(QObject* parent = nullptr);
    /// `today` judges which are overdue; `mayReadPhones` whether phones of tickets not confidential show in full.
    void setItems(const QList<Ticket>& items, const QDate& today, bool mayReadPhones);
    const Ticket& itemAt(int row) const { return m_items.at(row); }
    /// The row of ticket `id`, -1 if it is not listed.
    int rowOf(qint64 id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// "Awaiting sign-for", "In hand — 3 day(s) overdue", "Closed (satisfied)".
    static QString statusText(const Ticket& ticket, const QDate& today);

private:
    QList<Ticket> m_items;
    QDate m_today;
    bool m_mayReadPhones = false;
};

} // namespace branddesk
