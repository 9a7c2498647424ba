// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

namespace branddesk {

/// What a step fills in for the rows the database already holds, slice by slice of ids so that a long fill
/// (an index built over every stored report) reports its progress and can be cancelled.
struct MigrationFill {
    const char* range = nullptr; ///< one row: the lowest and the highest id to fill (NULLs: nothing to fill)
    const char* slice = nullptr; ///< fills the ids from :first to :last
};

/// One step of the schema: the statements that take the database from `version - 1` to `version`.
/// Steps are never edited once released; a change to the schema is a new step.
struct Migration {
    int version = 0;
    QList<const char*> statements;
    MigrationFill fill = {}; ///< run after the statements, where the step has one
};

/// Every step, in order; the last one's version is the schema this build writes.
const QList<Migration>& migrations();

} // namespace branddesk
