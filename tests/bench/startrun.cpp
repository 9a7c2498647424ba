// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/bench/startrun.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QMap>
#include <QProcess>
#include <QThread>

#include <signal.h>
#include <sys/wait.h>

#include <algorithm>

namespace branddesk::bench {
namespace {

double medianOf(QList<double> values)
{
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n == 0 ? 0.0 : n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2.0;
}

} // namespace

XvfbDisplay::XvfbDisplay()
{
    for (int n = 90; n < 160; ++n) {
        if (QFileInfo::exists(QStringLiteral("/tmp/.X%1-lock").arg(n)))
            continue;
        const QString name = QStringLiteral(":%1").arg(n);
        qint64 pid = 0;
        if (!QProcess::startDetached(QStringLiteral("Xvfb"),
                                     {name, QStringLiteral("-screen"), QStringLiteral("0"),
                                      QStringLiteral("1600x1000x24"), QStringLiteral("-nolisten"),
                                      QStringLiteral("tcp"), QStringLiteral("-noreset")},
                                     QString(), &pid))
            return;
        for (int i = 0; i < 200; ++i) {
            if (QFileInfo::exists(QStringLiteral("/tmp/.X11-unix/X%1").arg(n))) {
                m_pid = pid;
                m_name = name;
                QThread::msleep(100);
                return;
            }
            QThread::msleep(25);
        }
        ::kill(pid_t(pid), SIGTERM);
        return;
    }
}

XvfbDisplay::~XvfbDisplay()
{
    if (m_pid > 0)
        ::kill(pid_t(m_pid), SIGTERM);
}

StartRun measureStart(const QString& program, const QString& database, const QString& display, int runs,
                      const QString& scratch)
{
    StartRun result;
    QList<double> painted;
    QMap<QString, QList<double>> phaseTimes;
    QStringList order;
    for (int run = 0; run < runs; ++run) {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
        environment.insert(QStringLiteral("DISPLAY"), display);
        environment.insert(QStringLiteral("BRANDDESK_TRACE_START"), QStringLiteral("1"));
        process.setProcessEnvironment(environment);
        process.setStandardOutputFile(QProcess::nullDevice());
        QElapsedTimer launched;
        double previous = 0;     // the last phase's time since main(), in the program's own clock
        double mainArrived = -1; // when the "main" line arrived, since launch
        double paintedAt = -1;
        launched.start();
        process.start(program, {QStringLiteral("--database"), database, QStringLiteral("--screenshot"),
                                QDir(scratch).filePath(QStringLiteral("start-x.png"))});
        if (!process.waitForStarted()) {
            result.error = QStringLiteral("%1 did not start").arg(program);
            return result;
        }
        process.setReadChannel(QProcess::StandardError);
        for (bool more = true; more;) {
            if (!process.canReadLine())
                more = process.waitForReadyRead(30000); // false once it has exited (or hangs)
            const double arrived = double(launched.nsecsElapsed()) / 1e6;
            while (process.canReadLine()) {
                const QString line = QString::fromUtf8(process.readLine()).trimmed();
                if (!line.startsWith(QLatin1String("start-trace ")))
                    continue;
                const qsizetype space = line.indexOf(QLatin1Char(' '), 12);
                const double at = line.mid(12, space - 12).toDouble();
                const QString phase = line.mid(space + 1);
                if (phase == QLatin1String("main")) {
                    mainArrived = arrived;
                    phaseTimes[QStringLiteral("launch until main() runs (loading the libraries)")].append(arrived);
                    if (run == 0)
                        order.append(QStringLiteral("launch until main() runs (loading the libraries)"));
                } else {
                    phaseTimes[phase].append(at - previous);
                    if (run == 0)
                        order.append(phase);
                }
                previous = at;
                if (phase == QLatin1String("departments painted"))
                    paintedAt = arrived;
            }
        }
        process.waitForFinished(30000);
        if (paintedAt < 0 || mainArrived < 0) {
            result.error = QStringLiteral("%1 never said it painted the departments (start trace)").arg(program);
            return result;
        }
        painted.append(paintedAt);
    }
    result.paintedMs = medianOf(painted);
    for (const QString& phase : std::as_const(order))
        result.phases.append({phase, medianOf(phaseTimes.value(phase))});
    return result;
}

} // namespace branddesk::bench
