// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/text/collation.h"

#include <QCollator>

namespace branddesk {

int compareChinese(const QString& left, const QString& right)
{
    // QCollator is cheap to copy but not to build; one per thread is enough.
    thread_local const QCollator collator = [] {
        QCollator c(QLocale(QLocale::Chinese, QLocale::SimplifiedChineseScript, QLocale::China));
        c.setNumericMode(true);
        return c;
    }();
    return collator.compare(left, right);
}

} // namespace branddesk
