// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/backup/durablefile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <filesystem>
#include <system_error>

#ifdef Q_OS_WIN
#include <io.h>
#else
#include <fcntl.h>
#include <unistd.h>
#endif

namespace branddesk {
namespace {

std::filesystem::path nativePath(const QString& path)
{
    return std::filesystem::path(path.toStdU16String());
}

} // namespace

Result<void> DurableFile::flush(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite))
        return fail(
            Error::Code::Storage,
            QCoreApplication::translate("DurableFile", "The file %1 could not be opened to save it to disk.").arg(path),
            file.errorString());
#ifdef Q_OS_WIN
    const bool synced = ::_commit(file.handle()) == 0;
#else
    const bool synced = ::fsync(file.handle()) == 0;
#endif
    if (!synced)
        return fail(Error::Code::Storage,
                    QCoreApplication::translate("DurableFile", "The file %1 could not be saved to disk.").arg(path));
    return {};
}

Result<void> DurableFile::flushFolder(const QString& folder)
{
#ifdef Q_OS_WIN
    Q_UNUSED(folder);
#else
    const int fd = ::open(QFile::encodeName(folder).constData(), O_RDONLY | O_DIRECTORY);
    if (fd < 0)
        return fail(
            Error::Code::Storage,
            QCoreApplication::translate("DurableFile", "The folder %1 could not be saved to disk.").arg(folder));
    const bool synced = ::fsync(fd) == 0;
    ::close(fd);
    if (!synced)
        return fail(
            Error::Code::Storage,
            QCoreApplication::translate("DurableFile", "The folder %1 could not be saved to disk.").arg(folder));
#endif
    return {};
}

Result<void> DurableFile::replace(const QString& from, const QString& to)
{
    std::error_code error;
    std::filesystem::rename(nativePath(from), nativePath(to), error);
    if (error)
        return fail(Error::Code::Storage,
                    QCoreApplication::translate("DurableFile", "The file %1 could not be renamed to %2.").arg(from, to),
                    QString::fromStdString(error.message()));
    return flushFolder(QFileInfo(to).absolutePath());
}

Result<void> DurableFile::copy(const QString& from, const QString& to)
{
    if (!QFile::copy(from, to))
        return fail(Error::Code::Storage,
                    QCoreApplication::translate("DurableFile", "The file %1 could not be copied to %2.").arg(from, to));
    QFile::setPermissions(to, QFile::ReadOwner | QFile::WriteOwner);
    return flush(to);
}

} // namespace branddesk
