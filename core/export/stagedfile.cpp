// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/export/stagedfile.h"

#include "core/backup/durablefile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>

#include <utility>

namespace branddesk {

StagedFile::StagedFile(QString target, QString path)
    : m_target(std::move(target))
    , m_path(std::move(path))
{}

StagedFile::StagedFile(StagedFile&& other) noexcept
    : m_target(std::move(other.m_target))
    , m_path(std::exchange(other.m_path, QString()))
{}

StagedFile& StagedFile::operator=(StagedFile&& other) noexcept
{
    if (this != &other) {
        discard();
        m_target = std::move(other.m_target);
        m_path = std::exchange(other.m_path, QString());
    }
    return *this;
}

StagedFile::~StagedFile()
{
    discard();
}

Result<StagedFile> StagedFile::create(const QString& target)
{
    const QFileInfo info(target);
    const QString folder = QDir::toNativeSeparators(info.absolutePath());
    if (!QFileInfo(info.absolutePath()).isDir())
        return fail(Error::Code::Storage,
                    QCoreApplication::translate("StagedFile", "The folder %1 does not exist.").arg(folder));
    if (info.isDir())
        return fail(Error::Code::Storage,
                    QCoreApplication::translate("StagedFile", "%1 is a folder; choose a file name.")
                        .arg(QDir::toNativeSeparators(info.absoluteFilePath())));
    // A hidden name in the same folder, so the rename stays on one file system and is atomic.
    QTemporaryFile temporary(info.absolutePath() + QLatin1String("/.") + info.fileName() +
                             QLatin1String(".XXXXXX.part"));
    temporary.setAutoRemove(false);
    if (!temporary.open())
        return fail(
            Error::Code::Storage,
            QCoreApplication::translate("StagedFile", "The folder %1 cannot be written to. Choose another folder.")
                .arg(folder),
            temporary.errorString());
    const QString path = temporary.fileName();
    temporary.close();
    return StagedFile(info.absoluteFilePath(), path);
}

Result<void> StagedFile::commit()
{
    if (m_path.isEmpty())
        return fail(Error::Code::Generic,
                    QCoreApplication::translate("StagedFile", "The file %1 was already saved or given up.")
                        .arg(QDir::toNativeSeparators(m_target)));
    // A temporary file is private to its owner; the export should read like any other document, or like the
    // file it replaces.
    const QFileDevice::Permissions permissions =
        QFileInfo::exists(m_target) ? QFile::permissions(m_target)
                                    : QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser |
                                          QFileDevice::WriteUser | QFileDevice::ReadGroup | QFileDevice::ReadOther;
    QFile::setPermissions(m_path, permissions);
    if (Result<void> flushed = DurableFile::flush(m_path); !flushed) {
        discard();
        return fail(Error::Code::Storage,
                    QCoreApplication::translate("StagedFile", "The file %1 could not be saved to disk.")
                        .arg(QDir::toNativeSeparators(m_target)),
                    flushed.error().fullText());
    }
    if (Result<void> replaced = DurableFile::replace(m_path, m_target); !replaced) {
        // The rename itself may have happened with only the folder's flush failing: then nothing is left to remove.
        discard();
        return fail(Error::Code::Storage,
                    QCoreApplication::translate("StagedFile", "The file %1 could not be replaced. If it is open in "
                                                              "Excel or WPS, close it there, or choose another name.")
                        .arg(QDir::toNativeSeparators(m_target)),
                    replaced.error().fullText());
    }
    m_path.clear();
    return {};
}

void StagedFile::discard()
{
    if (m_path.isEmpty())
        return;
    QFile::remove(m_path);
    m_path.clear();
}

} // namespace branddesk
