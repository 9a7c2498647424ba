// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/department.h"

#include <QList>

class QComboBox;

/// An editable combo box as a department picker for keyboard entry: type any part of the full or short name.
namespace branddesk::departmentpicker {

/// Fills `combo` with `departments` ("市委宣传部（宣传部）" where the short name is not part of the name), with
/// a completer that matches anywhere in the text, and leaves nothing chosen.
void fill(QComboBox* combo, const QList<Department>& departments);

/// The department typed or chosen: an exact item, or the only item containing the typed text; 0 for none
/// (nothing typed, or the text fits several).
qint64 selectedId(const QComboBox* combo);

} // namespace branddesk::departmentpicker
