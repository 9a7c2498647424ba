// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/light.h"

#include <QIcon>

namespace branddesk {

/// A round lamp of a colour, drawn (not loaded), so it looks the same on every platform and style;
/// an empty icon for Light::None.
QIcon lightIcon(Light light);

} // namespace branddesk
