// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/safety/runbranddesk.h"

#include <QProcess>

#include <catch2/catch.hpp>

namespace branddesk::test {

Run runBranddesk(const QStringList& arguments, const QByteArray& input)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("QT_QPA_PLATFORM")); // the program must choose offscreen itself
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(BRANDDESK_EXECUTABLE),
                  QStringList{QStringLiteral("--lang"), QStringLiteral("en")} + arguments);
    process.write(input);
    process.closeWriteChannel();
    REQUIRE(process.waitForFinished(60000));
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    return Run{process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
               QString::fromUtf8(process.readAllStandardError())};
}

} // namespace branddesk::test
