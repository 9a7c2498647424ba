// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/text/collation.h"
#include "tests/support/stringmakers.h"

#include <QStringList>

#include <catch2/catch.hpp>

#include <algorithm>

using namespace branddesk;

TEST_CASE("Chinese names compare in pinyin order")
{
    const QString anjian = QStringLiteral("安监局");   // ān
    const QString caizheng = QStringLiteral("财政局"); // cái
    const QString zhengfa = QStringLiteral("政法委");  // zhèng

    CHECK(compareChinese(anjian, caizheng) < 0);
    CHECK(compareChinese(caizheng, zhengfa) < 0);
    CHECK(compareChinese(anjian, zhengfa) < 0);
    CHECK(compareChinese(zhengfa, anjian) > 0);
    CHECK(compareChinese(caizheng, caizheng) == 0);
    CHECK(pinyinLess(anjian, zhengfa));
    CHECK_FALSE(pinyinLess(zhengfa, anjian));
    CHECK_FALSE(pinyinLess(anjian, anjian));
}

TEST_CASE("a list sorted by pinyin differs from code-point order")
{
    const QStringList names = {QStringLiteral("政法委"), QStringLiteral("财政局"), QStringLiteral("安监局"),
                               QStringLiteral("教育局"), QStringLiteral("公安局")};

    QStringList byPinyin = names;
    std::sort(byPinyin.begin(), byPinyin.end(), pinyinLess);
    CHECK(byPinyin == QStringList{QStringLiteral("安监局"), QStringLiteral("财政局"), QStringLiteral("公安局"),
                                  QStringLiteral("教育局"), QStringLiteral("政法委")});

    QStringList byCodePoint = names;
    std::sort(byCodePoint.begin(), byCodePoint.end());
    CHECK(byCodePoint != byPinyin);
}

TEST_CASE("numbers inside names sort by their value")
{
    CHECK(pinyinLess(QStringLiteral("第2督查组"), QStringLiteral("第10督查组")));
}

TEST_CASE("ordinals written in Chinese numerals sort by their value, not by the numerals' pinyin")
{
    QStringList names{QStringLiteral("公安局第十二分局"),     QStringLiteral("公安局第八分局"),
                      QStringLiteral("公安局第一分局"),       QStringLiteral("公安局第二十分局"),
                      QStringLiteral("公安局第一百零五分局"), QStringLiteral("公安局第十分局")};
    std::sort(names.begin(), names.end(), pinyinLess);
    CHECK(names == QStringList({QStringLiteral("公安局第一分局"), QStringLiteral("公安局第八分局"),
                                QStringLiteral("公安局第十分局"), QStringLiteral("公安局第十二分局"),
                                QStringLiteral("公安局第二十分局"), QStringLiteral("公安局第一百零五分局")}));
    // Digits and numerals agree, and a name without an ordinal keeps its pinyin place.
    CHECK(compareChinese(QStringLiteral("第三督查组"), QStringLiteral("第3督查组")) == 0);
    CHECK(pinyinLess(QStringLiteral("安监局"), QStringLiteral("第一分局")));
    CHECK(pinyinLess(QStringLiteral("一站式服务中心"), QStringLiteral("政法委"))); // 一 as a word stays a word
}
