// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/campaign/campaign.h"

#include <QWidget>

#include <memory>

namespace Ui {
class TimelineView;
}

namespace branddesk {

class BackgroundReader;
class MilestoneBoard;
class Session;
class TimelineWidget;

/// 活动日程: the campaign's phases on a timeline with today marked and the milestones as dots; the phases
/// in a table with their dates both ways (dekad notation and calendar dates); choosing the current
/// campaign and starting next year's from a template.
class TimelineView : public QWidget {
    Q_OBJECT
public:
    explicit TimelineView(Session& session, QWidget* parent = nullptr);
    ~TimelineView() override;

    /// Whether the shown campaign's board is being read in the background.
    bool isLoading() const;

public slots:
    void reload();
    void newCampaignFromTemplate();
    void makeShownCampaignCurrent();

private:
    /// Reads the board of `campaignId` in the background, then shows it (showBoard).
    void showCampaign(qint64 campaignId);
    void showBoard(const MilestoneBoard& board);

    std::unique_ptr<Ui::TimelineView> m_ui;
    Session& m_session;
    TimelineWidget* m_timeline;
    BackgroundReader* m_reader;
    QList<Campaign> m_campaigns;
};

} // namespace branddesk
