// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/databasetransfer.h"

#include "core/backup/durablefile.h"
#include "core/services/auditlog.h"
#include "core/storage/database.h"

#include <QCoreApplication>
#include <QFile>

namespace branddesk {

Result<DatabaseTransfer> transferDatabase(Database& from, Database& to,
                                          const std::function<bool(const CopiedTable& done)>& progress)
{
    Result<AuditChainReport> before = verifyAuditChain(from);
    if (!before)
        return fail(before.error());
    if (!before->intact())
        return fail(Error::Code::Corrupt,
                    QCoreApplication::translate("DatabaseTransfer", "The audit trail of %1 does not verify (%2); "
                                                                    "nothing was copied. Run \"branddesk check\".")
                        .arg(from.location(), before->problem));
    Result<DatabaseCopyReport> copied = copyDatabase(from, to, progress);
    if (!copied)
        return fail(copied.error());
    Result<AuditChainReport> after = verifyAuditChain(to);
    if (!after)
        return fail(after.error());
    if (!after->intact() || after->entriesChecked != before->entriesChecked)
        return fail(
            Error::Code::Corrupt,
            QCoreApplication::translate("DatabaseTransfer", "The audit trail does not verify on the copy at %1 (%2).")
                .arg(to.location(), after->problem));
    return DatabaseTransfer{*copied, after->entriesChecked};
}

Result<DatabaseTransfer> copyServerToFile(const ServerSettings& server, const QString& out,
                                          const std::function<bool(const CopiedTable& done)>& progress)
{
    const QString partial = out + QStringLiteral(".partial");
    auto removePartial = [&partial] {
        for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(partial + suffix);
    };
    removePartial();
    Result<DatabaseTransfer> moved = [&]() -> Result<DatabaseTransfer> {
        Result<std::unique_ptr<Database>> source = Database::openServer(server);
        if (!source)
            return fail(source.error());
        Result<std::unique_ptr<Database>> target = Database::open(partial);
        if (!target)
            return fail(target.error());
        return transferDatabase(**source, **target, progress);
    }(); // both connections are closed here, the file's WAL folded in
    if (!moved) {
        removePartial();
        return moved;
    }
    // Flushed, then renamed over `out` in one step: a power cut leaves the old file or the whole copy.
    Result<void> kept = DurableFile::flush(partial);
    if (kept)
        kept = DurableFile::replace(partial, out);
    if (!kept) {
        removePartial();
        return fail(kept.error());
    }
    return moved;
}

} // namespace branddesk
