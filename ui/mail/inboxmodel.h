// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/mail/inboxitem.h"

#include <QAbstractTableModel>
#include <QList>

namespace branddesk {

/// The inbox's waiting mails, one row each: arrival, sender, subject, the proposed department and week, and
/// whether accepting it would log an on-time, late or supplementary report.
class InboxModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Arrived, Sender, Subject, Department, Week, Timeliness, Attachments, ColumnCount };
    /// Qt::UserRole on any column: the message id.
    static constexpr int kMessageIdRole = Qt::UserRole;

    explicit InboxModel(QObject* parent = nullptr);

    void setItems(QList<InboxItem> items);
    const InboxItem* itemAt(int row) const;
    int rowOf(qint64 messageId) const;

    static QString timelinessName(MailTimeliness timeliness);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<InboxItem> m_items;
};

} // namespace branddesk
