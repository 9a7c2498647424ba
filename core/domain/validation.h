// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/brand.h"
#include "core/domain/department.h"
#include "core/error.h"

namespace branddesk {

/// Length limits, in characters, shared by validation and the editors' input limits.
struct TextLimits {
    static constexpr int kName = 60;
    static constexpr int kShortName = 20;
    static constexpr int kPerson = 30;
    static constexpr int kPhone = 40;
    static constexpr int kEmail = 100;
    static constexpr int kBrandText = 5000;
};

/// Checks a department's own fields (not uniqueness, which needs the database).
/// The error lists every problem, one a line, in words a clerk understands.
Result<void> validateDepartment(const Department& department);

/// Checks a brand's own fields (not uniqueness).
Result<void> validateBrand(const Brand& brand);

} // namespace branddesk
