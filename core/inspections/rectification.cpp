// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/inspections/rectification.h"

#include <QCoreApplication>

namespace branddesk {

QList<RectificationStatus> allRectificationStatuses()
{
    return {RectificationStatus::Open, RectificationStatus::Done};
}

QString rectificationStatusCode(RectificationStatus status)
{
    return status == RectificationStatus::Done ? QStringLiteral("done") : QStringLiteral("open");
}

std::optional<RectificationStatus> rectificationStatusFromCode(const QString& code)
{
    for (RectificationStatus status : allRectificationStatuses())
        if (rectificationStatusCode(status) == code)
            return status;
    return std::nullopt;
}

QString rectificationStatusName(RectificationStatus status)
{
    return status == RectificationStatus::Done ? QCoreApplication::translate("RectificationStatus", "Done")
                                               : QCoreApplication::translate("RectificationStatus", "Open");
}

} // namespace branddesk
