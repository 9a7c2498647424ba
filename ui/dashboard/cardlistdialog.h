// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/dashboard/dashboardcards.h"

#include <QDialog>

#include <memory>

namespace Ui {
class CardListDialog;
}

namespace branddesk {

class DashboardListModel;
class FilterProxyModel;

/// The list behind one dashboard card (object name "cardListDialog"): read-only, sortable, exportable.
/// Double-clicking a department's row asks for its page.
class CardListDialog : public QDialog {
    Q_OBJECT
public:
    CardListDialog(const dashboardcards::List& list, QWidget* parent = nullptr);
    ~CardListDialog() override;

    DashboardListModel* model() const { return m_model; }

signals:
    void departmentRequested(qint64 departmentId);

private:
    std::unique_ptr<Ui::CardListDialog> m_ui;
    DashboardListModel* m_model;
    FilterProxyModel* m_proxy;
};

} // namespace branddesk
