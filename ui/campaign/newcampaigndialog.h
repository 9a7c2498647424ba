// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/campaign/campaign.h"

#include <QDialog>

#include <memory>

namespace Ui {
class NewCampaignDialog;
}

namespace branddesk {

class CampaignService;

/// "New campaign from template": copies a campaign's calendar to another year.
class NewCampaignDialog : public QDialog {
    Q_OBJECT
public:
    /// `campaigns` to choose the template from (the first is preselected); the year defaults to the next
    /// one after the newest campaign.
    NewCampaignDialog(CampaignService& service, const QList<Campaign>& campaigns, QWidget* parent = nullptr);
    ~NewCampaignDialog() override;
    const Campaign& created() const { return m_created; }

public slots:
    void accept() override;

private:
    std::unique_ptr<Ui::NewCampaignDialog> m_ui;
    CampaignService& m_service;
    Campaign m_created;
};

} // namespace branddesk
