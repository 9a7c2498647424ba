// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/safety/damage.h"

#include <QByteArray>
#include <QFile>

#include <catch2/catch.hpp>

namespace branddesk::test {

void damagePage(const QString& path, int page)
{
    constexpr qint64 kPageSize = 4096;
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadWrite));
    REQUIRE(file.size() >= page * kPageSize);
    REQUIRE(file.seek((page - 1) * kPageSize));
    REQUIRE(file.write(QByteArray(kPageSize, '\xa5')) == kPageSize);
}

} // namespace branddesk::test
