// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"
#include "core/services/auditlog.h"
#include "core/storage/database.h"

#include <QDateTime>
#include <QString>

#include <optional>
#include <type_traits>
#include <utility>

/// The write steps every service repeats inside its transaction, for a repository with insert(), update(),
/// find() and remove() and a record with an `id` (0 until it is stored). The audit log's snapshot of a record
/// is `snapshotOf(record)` from the record's core/audit/*snapshots.h, found by argument-dependent lookup.
namespace branddesk::audited {

/// Inserts `record` (id 0) or updates it — a stale update's Conflict is explained from the audit log: who
/// changed the record since `loadedAt` — then reads back what was stored (ids of its parts, the version) and
/// records exactly that in the audit log. Returns the stored record. Call it inside a transaction.
template <typename Record, typename Repository>
Result<Record> save(Repository& repository, AuditLog& audit, const QString& entity, Record record,
                    const QDateTime& loadedAt)
{
    std::optional<Record> before;
    if (record.id == 0) {
        Result<qint64> id = repository.insert(record);
        if (!id)
            return fail(id.error());
        record.id = *id;
    } else {
        Result<Record> old = repository.find(record.id);
        if (!old)
            return fail(old.error());
        before = std::move(*old);
        if (Result<void> saved = repository.update(record); !saved)
            return fail(saved.error().code == Error::Code::Conflict
                            ? audit.explainConflict(saved.error(), entity, record.id, loadedAt)
                            : saved.error());
    }
    Result<Record> after = repository.find(record.id);
    if (!after)
        return after;
    const Result<void> audited = before ? audit.recordUpdate(entity, after->id, snapshotOf(*before), snapshotOf(*after))
                                        : audit.recordInsert(entity, after->id, snapshotOf(*after));
    if (!audited)
        return fail(audited.error());
    return after;
}

/// Deletes record `id` and records what it was in the audit log. Call it inside a transaction.
template <typename Repository>
Result<void> remove(Repository& repository, AuditLog& audit, const QString& entity, qint64 id)
{
    auto before = repository.find(id);
    if (!before)
        return fail(before.error());
    if (Result<void> removed = repository.remove(id); !removed)
        return removed;
    return audit.recordDelete(entity, id, snapshotOf(*before));
}

/// Announces `service`'s changed() once the write's outermost transaction has committed, and never for one that
/// rolled back (Database::afterCommit): a write nested in another's transaction (a selection of many entries, an
/// import of many departments) announces once, after all of it is kept. Every service announces this way.
template <typename Service> void announceChanged(Database& database, Service* service)
{
    database.afterCommit(service, [service] { emit service->changed(); });
}

/// The rest of a service's write, after requireWrite() and the validation: runs `work` (returning Result<T> or
/// Result<void>: the audited::save() or audited::remove() with the steps around it) in one transaction, returns
/// what it returned, and once the transaction is kept announces `service`'s changed() (announceChanged()). A
/// failure anywhere rolls everything back and announces nothing.
template <typename Service, typename Work>
std::invoke_result_t<Work&> write(Database& database, Service* service, Work&& work)
{
    using Returned = std::invoke_result_t<Work&>;
    if constexpr (std::is_same_v<Returned, Result<void>>) {
        Result<void> done = database.transaction([&] { return work(); });
        if (done)
            announceChanged(database, service);
        return done;
    } else {
        std::optional<typename Returned::value_type> stored;
        Result<void> done = database.transaction([&]() -> Result<void> {
            Returned result = work();
            if (!result)
                return fail(result.error());
            stored = std::move(*result);
            return {};
        });
        if (!done)
            return fail(done.error());
        announceChanged(database, service);
        return std::move(*stored);
    }
}

} // namespace branddesk::audited
