// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/bench/stallrun.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>

namespace branddesk::bench {

StallRun::Step StallRun::worst() const
{
    Step found;
    for (const Step& step : steps)
        if (!step.what.startsWith(QLatin1String("start:")) && step.worstMs >= found.worstMs)
            found = step;
    return found;
}

StallRun runStallMeter(const QString& stallsProgram, const QString& database, const QString& scratch)
{
    StallRun run;
    const QString stats = QDir(scratch).filePath(QStringLiteral("stalls-time.txt"));
    QProcess process;
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process.start(QStringLiteral("/usr/bin/time"), {QStringLiteral("-f"), QStringLiteral("%M"), QStringLiteral("-o"),
                                                    stats, stallsProgram, QStringLiteral("--database"), database});
    process.waitForFinished(-1);
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        run.error = QStringLiteral("%1 failed").arg(stallsProgram);
        return run;
    }
    static const QRegularExpression line(QStringLiteral("^stall ([0-9.]+) (.+)$"));
    for (const QString& text : QString::fromUtf8(process.readAllStandardOutput()).split(QLatin1Char('\n')))
        if (const QRegularExpressionMatch match = line.match(text); match.hasMatch())
            run.steps.append({match.captured(2), match.captured(1).toDouble()});
    QFile file(stats);
    if (file.open(QIODevice::ReadOnly))
        run.peakMb = file.readAll().trimmed().toDouble() / 1024.0;
    if (run.steps.isEmpty())
        run.error = QStringLiteral("%1 printed no steps").arg(stallsProgram);
    return run;
}

} // namespace branddesk::bench
