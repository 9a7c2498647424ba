// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"

#include <QString>

namespace branddesk {

/// A file written beside its target under a temporary name and moved over the target only when complete, so
/// the target is never seen half-written: the writers of exported tables write to path(), then commit().
/// A staged file that is not committed (a failure, an early return) removes its temporary file when destroyed.
class StagedFile {
public:
    /// Reserves a temporary file in the folder of `target`. Fails with a message a user can read when the
    /// folder does not exist or cannot be written, or when `target` is a folder.
    static Result<StagedFile> create(const QString& target);

    StagedFile(StagedFile&& other) noexcept;
    StagedFile& operator=(StagedFile&& other) noexcept;
    StagedFile(const StagedFile&) = delete;
    StagedFile& operator=(const StagedFile&) = delete;
    ~StagedFile();

    /// The temporary file to write, in the target's folder.
    const QString& path() const { return m_path; }
    /// The file it will replace.
    const QString& target() const { return m_target; }

    /// Gives the temporary file the target's permissions (or the usual ones of a new document), forces it to
    /// the disk and renames it over the target. On failure the temporary file is removed and the target kept.
    Result<void> commit();
    /// Removes the temporary file now; the target is kept as it was.
    void discard();

private:
    StagedFile(QString target, QString path);

    QString m_target;
    QString m_path; ///< empty once committed or discarded
};

} // namespace branddesk
