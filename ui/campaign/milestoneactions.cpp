// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/campaign/milestoneactions.h"

#include "core/campaign/milestoneboard.h"
#include "core/services/concentratedweeks.h"
#include "core/services/session.h"
#include "ui/campaign/milestonecompletiondialog.h"
#include "ui/widgets/messagebox.h"

#include <QCoreApplication>

namespace branddesk {

bool editMilestoneCompletion(Session& session, const MilestoneBoard& board, qint64 milestoneId, qint64 departmentId,
                             QWidget* parent)
{
    const Milestone* milestone = nullptr;
    for (const Milestone& m : board.campaign().milestones) {
        if (m.id == milestoneId)
            milestone = &m;
    }
    const DepartmentProgress* row = nullptr;
    for (const DepartmentProgress& r : board.rows()) {
        if (r.department.id == departmentId)
            row = &r;
    }
    if (milestone == nullptr || row == nullptr)
        return false;
    if (!appliesTo(milestone->appliesTo, row->department)) {
        MessageBox::information(parent, QCoreApplication::translate("MilestoneActions", "Not applicable"),
                                QCoreApplication::translate("MilestoneActions", "\"%1\" applies to %2 only.")
                                    .arg(milestone->name, applicabilityName(milestone->appliesTo)));
        return false;
    }
    if (milestone->code == ConcentratedWeeks::kMilestoneCode) { // follows the records: shown, never ticked
        const MilestoneState state =
            evaluateMilestone(*milestone, row->department, board.completion(milestoneId, departmentId), board.today(),
                              board.campaign().leadDays);
        MessageBox::information(parent, QCoreApplication::translate("MilestoneActions", "Milestones"),
                                QCoreApplication::translate("MilestoneActions", "%1 — %2: %3")
                                        .arg(row->department.name, milestone->name, state.describe()) +
                                    QStringLiteral("\n\n") + ConcentratedWeeks::notTickedByHand(milestone->name));
        return false;
    }
    Result<std::optional<MilestoneCompletion>> existing = session.milestones().completion(milestoneId, departmentId);
    if (!existing) {
        MessageBox::error(parent, QCoreApplication::translate("MilestoneActions", "Milestones"), existing.error());
        return false;
    }
    if (!session.currentUser().canWrite()) { // a leader reads the record; recording is a clerk's
        const MilestoneState state =
            evaluateMilestone(*milestone, row->department, *existing, board.today(), board.campaign().leadDays);
        QString text = QCoreApplication::translate("MilestoneActions", "%1 — %2: %3")
                           .arg(row->department.name, milestone->name, state.describe());
        if (*existing && !(*existing)->evidence.isEmpty())
            text += QLatin1Char('\n') +
                    QCoreApplication::translate("MilestoneActions", "Evidence: %1").arg((*existing)->evidence);
        MessageBox::information(parent, QCoreApplication::translate("MilestoneActions", "Milestones"), text);
        return false;
    }
    MilestoneCompletionDialog dialog(session.milestones(), *milestone, row->department, *existing, board.today(),
                                     parent);
    return dialog.exec() == QDialog::Accepted;
}

} // namespace branddesk
