// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/evaluation/evaluationrecords.h"

#include <QCoreApplication>

namespace branddesk {

QList<PublicityOutlet> allPublicityOutlets()
{
    return {PublicityOutlet::Television, PublicityOutlet::Newspaper, PublicityOutlet::Website};
}

QString publicityOutletCode(PublicityOutlet outlet)
{
    switch (outlet) {
    case PublicityOutlet::Television:
        return QStringLiteral("tv");
    case PublicityOutlet::Newspaper:
        return QStringLiteral("newspaper");
    case PublicityOutlet::Website:
        break;
    }
    return QStringLiteral("website");
}

std::optional<PublicityOutlet> publicityOutletFromCode(const QString& code)
{
    for (PublicityOutlet outlet : allPublicityOutlets())
        if (publicityOutletCode(outlet) == code)
            return outlet;
    return std::nullopt;
}

QString publicityOutletName(PublicityOutlet outlet)
{
    switch (outlet) {
    case PublicityOutlet::Television:
        return QCoreApplication::translate("Evaluation", "Television");
    case PublicityOutlet::Newspaper:
        return QCoreApplication::translate("Evaluation", "Newspaper");
    case PublicityOutlet::Website:
        break;
    }
    return QCoreApplication::translate("Evaluation", "Website");
}

} // namespace branddesk
