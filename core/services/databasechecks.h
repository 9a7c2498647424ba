// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace branddesk {

/// One check that `branddesk check` (and later the UI) runs on a database file.
struct DatabaseCheck {
    /// English source text in the "DatabaseChecks" context (QT_TRANSLATE_NOOP), translated when shown.
    const char* name;
    /// The problems found, one a line (empty when the file passes); an Error when the check could not run.
    std::function<Result<QStringList>(const QString& databasePath, int busyTimeoutMs)> run;
};

/// The checks of a database file, in the order they run.
class DatabaseChecks {
public:
    /// integrity_check, foreign_key_check — and every check added to the list in databasechecks.cpp
    /// (the audit chain check of the accounts and audit work belongs there).
    static const QList<DatabaseCheck>& all();
    /// Succeeds when `path` is an existing BrandDesk database this program can read; refuses other files.
    static Result<void> requireBrandDeskFile(const QString& path, int busyTimeoutMs);
};

} // namespace branddesk
