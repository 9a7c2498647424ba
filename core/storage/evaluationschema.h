// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

namespace branddesk {

/// Schema version 7: evaluation rounds (典型推介) — entries with declarations and survey counts, the expert panel
/// and its scores, publicity records, selection and naming.
QList<const char*> evaluationSchema();

} // namespace branddesk
