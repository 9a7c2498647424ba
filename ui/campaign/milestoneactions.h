// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

class QWidget;

namespace branddesk {

class MilestoneBoard;
class Session;

/// Opens the completion dialog for one department and milestone of a board (the matrix, a department's
/// list and the "behind today" list all do this). Returns true when something was saved or withdrawn.
/// Says why and returns false when the milestone does not apply to the department.
bool editMilestoneCompletion(Session& session, const MilestoneBoard& board, qint64 milestoneId, qint64 departmentId,
                             QWidget* parent);

} // namespace branddesk
