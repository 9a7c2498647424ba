// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/inspections/inspectionlist.h"

namespace branddesk {

Light InspectionListItem::rectificationLight() const
{
    if (rectificationCount == 0)
        return Light::None;
    if (overdueCount > 0)
        return Light::Red;
    return openCount > 0 ? Light::Yellow : Light::Green;
}

} // namespace branddesk
