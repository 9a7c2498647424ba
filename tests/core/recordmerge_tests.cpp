// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Merging a form's edits with another PC's save of the same record, field by field.
#include "core/domain/department.h"

#include <catch2/catch.hpp>

using namespace branddesk;

namespace {

Department stored()
{
    Department d;
    d.id = 4;
    d.name = QStringLiteral("市统计局");
    d.phone = QStringLiteral("0519-1");
    d.email = QStringLiteral("a@example.gov.cn");
    d.version = 3;
    return d;
}

} // namespace

TEST_CASE("edits of different fields merge: mine and theirs both kept, at their version")
{
    const Department base = stored();
    Department mine = base;
    mine.email = QStringLiteral("tjj@example.gov.cn");
    Department theirs = base;
    theirs.phone = QStringLiteral("0519-85680780");
    theirs.enterpriseFacing = true;
    theirs.version = 4;

    const MergeResult<Department> merge = mergeDepartments(base, mine, theirs);
    CHECK(merge.clean());
    CHECK(merge.merged.email == QStringLiteral("tjj@example.gov.cn"));
    CHECK(merge.merged.phone == QStringLiteral("0519-85680780"));
    CHECK(merge.merged.enterpriseFacing);
    CHECK(merge.merged.version == 4);
    CHECK(merge.myFields == QStringList{QStringLiteral("email")});
    CHECK(merge.theirFields == QStringList({QStringLiteral("enterprise_facing"), QStringLiteral("phone")}));
}

TEST_CASE("the same field changed to different values is a collision; changed alike it is not")
{
    const Department base = stored();
    Department mine = base;
    mine.phone = QStringLiteral("0519-2");
    mine.name = QStringLiteral("常州市统计局");
    Department theirs = base;
    theirs.phone = QStringLiteral("0519-3");
    theirs.name = QStringLiteral("常州市统计局");

    const MergeResult<Department> merge = mergeDepartments(base, mine, theirs);
    CHECK_FALSE(merge.clean());
    CHECK(merge.collisions == QStringList{QStringLiteral("phone")});
    CHECK(merge.merged.phone == QStringLiteral("0519-2")); // the form's value stays until the user decides
    CHECK(merge.merged.name == QStringLiteral("常州市统计局"));
}

TEST_CASE("a form without edits has no fields of its own")
{
    const Department base = stored();
    CHECK(mergeDepartments(base, base, base).myFields.isEmpty());
}
