// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace branddesk {

/// The traffic lights BrandDesk shows everywhere: green done, yellow due soon or partly done, red overdue
/// or missing, grey not applicable, none for "nothing to say yet". Computed in core, drawn by the UI.
enum class Light { None, Green, Yellow, Red, Grey };

} // namespace branddesk
