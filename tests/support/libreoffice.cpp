// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/libreoffice.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUrl>

namespace branddesk::test {

bool LibreOffice::available()
{
    return !QStandardPaths::findExecutable(QStringLiteral("soffice")).isEmpty();
}

QString LibreOffice::toPdf(const QString& docx, const QString& folder, QString* error)
{
    QTemporaryDir profile(QDir::temp().filePath(QStringLiteral("branddesk-soffice-XXXXXX")));
    if (!profile.isValid()) {
        if (error)
            *error = QStringLiteral("no temporary folder for the profile");
        return {};
    }
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QStringLiteral("soffice"),
                  {QStringLiteral("-env:UserInstallation=") + QUrl::fromLocalFile(profile.path()).toString(),
                   QStringLiteral("--headless"), QStringLiteral("--norestore"), QStringLiteral("--convert-to"),
                   QStringLiteral("pdf"), QStringLiteral("--outdir"), folder, docx});
    const bool finished = process.waitForFinished(180000);
    const QString output = QString::fromUtf8(process.readAll());
    const QString pdf = QDir(folder).filePath(QFileInfo(docx).completeBaseName() + QStringLiteral(".pdf"));
    if (!finished || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0 ||
        !QFileInfo::exists(pdf)) {
        if (!finished)
            process.kill();
        if (error)
            *error = QStringLiteral("soffice failed (exit %1): %2").arg(process.exitCode()).arg(output);
        return {};
    }
    return pdf;
}

} // namespace branddesk::test
