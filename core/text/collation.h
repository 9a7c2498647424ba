// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace branddesk {

/// Compares two Chinese names in pinyin order (ICU's zh_CN collation), not by code point,
/// so 安监局 comes before 财政局 and 政法委 comes last; numbers by value (第二分局 before 第十分局, whether written
/// 第2 or 第二). Returns <0, 0 or >0.
int compareChinese(const QString& left, const QString& right);

/// Whether `left` sorts before `right` in pinyin order.
inline bool pinyinLess(const QString& left, const QString& right)
{
    return compareChinese(left, right) < 0;
}

} // namespace branddesk
