// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/bench/throwawaycluster.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>

namespace branddesk::bench {
namespace {

const QString& script()
{
    static const QString path = QStringLiteral(BRANDDESK_SOURCE_DIR "/tests/support/pgcluster.sh");
    return path;
}

/// Runs `pgcluster.sh action stateDir`; its standard output, or nothing with `error` set.
QString runScript(const QString& action, const QString& stateDir, QString& error)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("BRANDDESK_PG_DURABLE"), QStringLiteral("1"));
    environment.remove(QStringLiteral("BRANDDESK_TEST_PG"));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral("bash"), {script(), action, stateDir});
    process.waitForFinished(-1);
    const QString output = QString::fromUtf8(process.readAllStandardOutput()).trimmed();
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        error = QStringLiteral("pgcluster.sh %1 failed: %2")
                    .arg(action, QString::fromUtf8(process.readAllStandardError()).trimmed());
    return output;
}

} // namespace

ThrowawayCluster::ThrowawayCluster(const QString& stateDir)
    : m_stateDir(stateDir)
{
    QDir().mkpath(stateDir);
    m_note = runScript(QStringLiteral("start"), stateDir, m_error);
    m_started = true; // stop even after a failed start: the script takes down what it left behind
    if (!m_error.isEmpty())
        return;
    QFile file(QDir(stateDir).filePath(QStringLiteral("connection")));
    if (!file.open(QIODevice::ReadOnly)) {
        m_error = QStringLiteral("pgcluster.sh wrote no connection into %1").arg(stateDir);
        return;
    }
    Result<ServerSettings> parsed = ServerSettings::parse(QString::fromUtf8(file.readAll()).trimmed());
    if (!parsed) {
        m_error = parsed.error().fullText();
        return;
    }
    m_settings = *parsed;
}

ThrowawayCluster::~ThrowawayCluster()
{
    if (!m_started)
        return;
    QString ignored;
    runScript(QStringLiteral("stop"), m_stateDir, ignored);
}

} // namespace branddesk::bench
