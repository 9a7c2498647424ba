// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/assessment/assessmentinput.h"

#include <QDialog>

#include <memory>

namespace Ui {
class AssessmentItemDialog;
}

namespace branddesk {

class Session;

/// Enters or changes one item of the annual assessment: a bonus (加分) or deduction (扣分) with its reason, evidence
/// and points, a veto (一票否决) chosen from the scheme's items, or a department's social appraisal score. The caps
/// of the scheme are shown; the service refuses what is beyond them. Read-only for a leader or a finalised year.
class AssessmentItemDialog : public QDialog {
    Q_OBJECT
public:
    AssessmentItemDialog(Session& session, const AssessmentItem& item, QWidget* parent = nullptr);
    ~AssessmentItemDialog() override;

    const AssessmentItem& item() const { return m_item; }

public slots:
    void accept() override;

private:
    void showKind();

    std::unique_ptr<Ui::AssessmentItemDialog> m_ui;
    Session& m_session;
    AssessmentItem m_item;
    QStringList m_vetoItems;
};

} // namespace branddesk
