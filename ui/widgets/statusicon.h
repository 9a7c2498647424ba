// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIcon>

namespace branddesk {

/// The traffic-light colours used across BrandDesk.
enum class Light { Green, Yellow, Red, Grey };

/// A round lamp of a colour, drawn (not loaded), so it looks the same on every platform and style.
QIcon lightIcon(Light light);

} // namespace branddesk
