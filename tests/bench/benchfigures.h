// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <algorithm>

namespace branddesk::bench {

/// The value below which `p` percent of `values` fall (the 50th: the median of an odd count).
inline double percentile(QList<double> values, double p)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0.0 : values[std::min(values.size() - 1, qsizetype(p / 100.0 * double(values.size())))];
}

/// "12 ms", or "1.28 ms" under ten: how the bench's tables write a time.
inline QString ms(double value)
{
    return QStringLiteral("%1 ms").arg(value, 0, 'f', value < 10 ? 2 : 0);
}

} // namespace branddesk::bench
