// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"

namespace branddesk {

class Session;

/// Fills an empty database with a realistic municipal register: about fifty departments across the
/// categories, brands at every level of completeness (some with logos, some departments with none).
/// Deterministic for a seed. Drawing logos needs a QGuiApplication.
Result<void> populateDemoData(Session& session, quint32 seed = 2009);

} // namespace branddesk
