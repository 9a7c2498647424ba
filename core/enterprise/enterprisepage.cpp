// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/enterprise/enterprisepage.h"

namespace branddesk {

QStringList EnterprisePage::departmentNames() const
{
    QStringList names;
    auto add = [&names](const QString& name) {
        if (!names.contains(name))
            names.append(name);
    };
    for (const Activity& a : visits)
        add(a.departmentName);
    for (const Activity& a : deliveries)
        add(a.departmentName);
    for (const Problem& p : problems)
        add(p.departmentName);
    return names;
}

} // namespace branddesk
