// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/campaign/campaign.h"

#include <QDialog>

#include <memory>
#include <optional>

namespace Ui {
class MilestoneCompletionDialog;
}

namespace branddesk {

class MilestoneService;

/// Records that a department has completed a milestone: the date done (picked on a calendar, shown in
/// dekad notation too), the evidence and an optional attachment; or withdraws a record made by mistake.
class MilestoneCompletionDialog : public QDialog {
    Q_OBJECT
public:
    /// `existing`: the record as stored (with its attachment), when there is one.
    MilestoneCompletionDialog(MilestoneService& service, const Milestone& milestone, const Department& department,
                              const std::optional<MilestoneCompletion>& existing, const QDate& today,
                              QWidget* parent = nullptr);
    ~MilestoneCompletionDialog() override;

public slots:
    void accept() override;
    void withdraw();
    void chooseAttachment();

private:
    void showAttachment();

    std::unique_ptr<Ui::MilestoneCompletionDialog> m_ui;
    MilestoneService& m_service;
    MilestoneCompletion m_completion;
    bool m_existing;
};

} // namespace branddesk
