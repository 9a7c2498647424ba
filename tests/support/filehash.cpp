// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/filehash.h"

#include "tests/support/stringmakers.h"

#include <QCryptographicHash>
#include <QFile>

namespace branddesk::test {

QByteArray sha256OfFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        FAIL("cannot read " << path.toStdString() << ": " << file.errorString().toStdString());
    QCryptographicHash hash(QCryptographicHash::Sha256);
    REQUIRE(hash.addData(&file));
    return hash.result().toHex();
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        FAIL("cannot write " << path.toStdString() << ": " << file.errorString().toStdString());
    REQUIRE(file.write(bytes) == bytes.size());
}

} // namespace branddesk::test
