// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

namespace branddesk {

/// One step of the schema: the statements that take the database from `version - 1` to `version`.
/// Steps are never edited once released; a change to the schema is a new step.
struct Migration {
    int version;
    QList<const char*> statements;
};

/// Every step, in order; the last one's version is the schema this build writes.
const QList<Migration>& migrations();

} // namespace branddesk
