// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/campaign/milestoneboard.h"

#include <QWidget>

#include <memory>

namespace Ui {
class BehindView;
}

namespace branddesk {

class BehindListModel;
class FilterProxyModel;
class Session;

/// 今日滞后: who is behind today and by how many days — overdue milestones first, then those due within
/// the lead days. Double-click records the milestone as done.
class BehindView : public QWidget {
    Q_OBJECT
public:
    explicit BehindView(Session& session, QWidget* parent = nullptr);
    ~BehindView() override;

    BehindListModel* model() const { return m_model; }

public slots:
    void reload();

private:
    std::unique_ptr<Ui::BehindView> m_ui;
    Session& m_session;
    BehindListModel* m_model;
    FilterProxyModel* m_proxy;
    MilestoneBoard m_board;
};

} // namespace branddesk
