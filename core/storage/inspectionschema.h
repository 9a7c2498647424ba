// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

namespace branddesk {

/// Schema version 5: inspections (督查), their checklists and the rectification demands with follow-up.
QList<const char*> inspectionSchema();

} // namespace branddesk
