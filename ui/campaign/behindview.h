// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/campaign/milestoneboard.h"
#include "core/error.h"

#include <QWidget>

#include <memory>

namespace Ui {
class BehindView;
}

namespace branddesk {

class BackgroundReader;
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
    /// Whether the list is being read in the background (it shows the previous one meanwhile).
    bool isLoading() const;

public slots:
    /// Reads the list again, in the background (isLoading()); a newer reload supersedes one still running.
    void reload();

private:
    /// What is behind today, read in the reader's thread.
    struct Read {
        Result<MilestoneBoard> board;
        Result<QList<BehindItem>> rectifications;
        Result<QList<BehindItem>> problems;
        Result<QList<BehindItem>> tickets;
    };
    /// Shows what was read (on the UI thread, when the reader delivers).
    void showRead(const Read& read);

    std::unique_ptr<Ui::BehindView> m_ui;
    Session& m_session;
    BehindListModel* m_model;
    FilterProxyModel* m_proxy;
    BackgroundReader* m_reader;
    MilestoneBoard m_board;
};

} // namespace branddesk
