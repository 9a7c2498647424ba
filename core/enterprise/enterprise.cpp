// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/enterprise/enterprise.h"

#include <QCoreApplication>

namespace branddesk {

QList<EnterpriseKind> allEnterpriseKinds()
{
    return {EnterpriseKind::Enterprise, EnterpriseKind::Zone, EnterpriseKind::Project};
}

QString enterpriseKindCode(EnterpriseKind kind)
{
    switch (kind) {
    case EnterpriseKind::Zone:
        return QStringLiteral("zone");
    case EnterpriseKind::Project:
        return QStringLiteral("project");
    case EnterpriseKind::Enterprise:
        break;
    }
    return QStringLiteral("enterprise");
}

std::optional<EnterpriseKind> enterpriseKindFromCode(const QString& code)
{
    for (EnterpriseKind kind : allEnterpriseKinds())
        if (enterpriseKindCode(kind) == code)
            return kind;
    return std::nullopt;
}

QString enterpriseKindName(EnterpriseKind kind)
{
    switch (kind) {
    case EnterpriseKind::Zone:
        return QCoreApplication::translate("EnterpriseKind", "Development zone");
    case EnterpriseKind::Project:
        return QCoreApplication::translate("EnterpriseKind", "Key project");
    case EnterpriseKind::Enterprise:
        break;
    }
    return QCoreApplication::translate("EnterpriseKind", "Enterprise");
}

} // namespace branddesk
