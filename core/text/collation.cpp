// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/text/collation.h"

#include <QCollator>

namespace branddesk {
namespace {

/// The value of a Chinese numeral character, or -1: digits 0–9, and the units 十 百 千 as 10, 100, 1000.
int numeralValue(QChar c)
{
    static const QString digits = QStringLiteral("零一二三四五六七八九");
    if (const qsizetype d = digits.indexOf(c); d >= 0)
        return int(d);
    switch (c.unicode()) {
    case 0x3007: // 〇
        return 0;
    case 0x4E24: // 两
        return 2;
    case 0x5341: // 十
        return 10;
    case 0x767E: // 百
        return 100;
    case 0x5343: // 千
        return 1000;
    default:
        return -1;
    }
}

/// 第八分局, 第十二中队: the Chinese numeral after 第 written in digits, which the collator's numeric mode then
/// orders by value (第一 … 第八 … 第十二), instead of by the numerals' pinyin (八 bā before 一 yī).
QString ordinalsAsDigits(const QString& text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        out.append(text.at(i));
        if (text.at(i) != QChar(0x7B2C)) // 第
            continue;
        qsizetype end = i + 1;
        int section = 0;
        int digit = -1;
        for (; end < text.size(); ++end) {
            const int value = numeralValue(text.at(end));
            if (value < 0)
                break;
            if (value >= 10) {
                section += (digit < 0 ? 1 : digit) * value;
                digit = -1;
            } else {
                digit = digit < 0 ? value : digit * 10 + value; // 一二 read as 12
            }
        }
        if (end == i + 1)
            continue;
        out.append(QString::number(section + (digit < 0 ? 0 : digit)));
        i = end - 1;
    }
    return out;
}

} // namespace

int compareChinese(const QString& left, const QString& right)
{
    // QCollator is cheap to copy but not to build; one per thread is enough.
    thread_local const QCollator collator = [] {
        QCollator c(QLocale(QLocale::Chinese, QLocale::SimplifiedChineseScript, QLocale::China));
        c.setNumericMode(true);
        return c;
    }();
    const QChar ordinal(0x7B2C); // 第
    if (left.contains(ordinal) || right.contains(ordinal))
        return collator.compare(ordinalsAsDigits(left), ordinalsAsDigits(right));
    return collator.compare(left, right);
}

} // namespace branddesk
