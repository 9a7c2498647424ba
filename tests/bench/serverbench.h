// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QTextStream>

namespace branddesk::bench {

/// `branddesk_bench --server`: the dashboard, search and save figures of the generated file on SQLite and on a
/// local PostgreSQL server of the bench's own (ThrowawayCluster, durable commits), side by side, and N = 1, 5
/// and 20 concurrent writers on each: every writer a thread with its own connection and a signed-in clerk,
/// saving `savesPerWriter` reports through ReportService (each its own transaction, audit entry included).
/// The file is copied into `scratch` first and loaded onto the server from the copy (transferDatabase, as
/// `branddesk server copy-from` does); the file itself is left as it was. Prints a table on `out`; returns the
/// process's exit code (1 when something failed, with the reason on standard error).
int runServerBench(const QString& file, int runs, int savesPerWriter, const QString& scratch, QTextStream& out);

} // namespace branddesk::bench
