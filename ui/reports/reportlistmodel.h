// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/campaign/campaign.h"
#include "core/reports/reportsearch.h"

#include <QAbstractTableModel>

#include <optional>

namespace branddesk {

/// The report history's lines (ReportService::search), with on time / late judged by the campaign's due
/// moment and supplements and back-filled reports marked.
class ReportListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        WeekColumn,
        DepartmentColumn,
        TitleColumn,
        ExcerptColumn,
        ReceivedColumn,
        StatusColumn,
        ChannelColumn,
        ServesColumn,
        AttachmentsColumn,
        ColumnCount
    };

    explicit ReportListModel(QObject* parent = nullptr);
    /// `campaign` gives the due moment (none: on time and late are not judged).
    void setItems(const QList<ReportListItem>& items, const std::optional<Campaign>& campaign);
    const ReportListItem& itemAt(int row) const { return m_items.at(row); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// "On time", "Late · supplement", "On time · back-filled" …
    QString statusText(const ReportListItem& item) const;

private:
    bool isLate(const ReportListItem& item) const;

    QList<ReportListItem> m_items;
    std::optional<Campaign> m_campaign;
};

} // namespace branddesk
