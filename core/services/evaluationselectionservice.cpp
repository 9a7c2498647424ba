// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/evaluationselectionservice.h"

#include "core/accounts/currentuser.h"
#include "core/audit/auditentry.h"
#include "core/audit/evaluationsnapshots.h"
#include "core/clock.h"
#include "core/services/auditedwrites.h"
#include "core/services/auditlog.h"
#include "core/services/evaluationservice.h"
#include "core/storage/database.h"
#include "core/text/characters.h"

namespace branddesk {

EvaluationSelectionService::EvaluationSelectionService(Database& database, const Clock& clock, const CurrentUser& user,
                                                       AuditLog& audit, EvaluationService& owner)
    : m_database(database)
    , m_clock(clock)
    , m_user(user)
    , m_audit(audit)
    , m_owner(owner)
    , m_writes(database, clock, audit)
    , m_evaluation(database)
{}

Result<EvaluationEntry> EvaluationSelectionService::setSelected(qint64 entryId, int version, bool selected)
{
    if (Result<void> allowed = m_user.requireWrite(); !allowed)
        return fail(allowed.error());
    EvaluationEntry stored;
    Result<void> done = audited::write(m_database, &m_owner, [&]() -> Result<void> {
        Result<EvaluationEntry> before = m_evaluation.findEntry(entryId);
        if (!before)
            return fail(before.error());
        if (!selected && before->isNamed())
            return fail(
                Error::Code::Validation,
                EvaluationService::tr("%1 has been named already; it stays a typical brand.").arg(before->brandName));
        EvaluationEntry after = *before;
        after.version = version;
        after.selected = selected;
        after.selectedOn = selected ? (before->selected ? before->selectedOn : m_clock.today()) : QDate();
        Result<EvaluationEntry> saved = m_writes.updateEntry(*before, after, true);
        if (!saved)
            return fail(saved.error());
        stored = *saved;
        return selected
                   ? m_writes.moveBrand(after.brandId, BrandStatus::Typical,
                                        {BrandStatus::Cultivating, BrandStatus::Practising, BrandStatus::Nominated})
                   : m_writes.moveBrand(after.brandId, BrandStatus::Nominated, {BrandStatus::Typical});
    });
    if (!done)
        return fail(done.error());
    return stored;
}

Result<int> EvaluationSelectionService::selectTop(qint64 roundId, int perCategory)
{
    if (Result<void> allowed = m_user.requireWrite(); !allowed)
        return fail(allowed.error());
    Result<QList<BrandResult>> ranked = m_owner.results(roundId);
    if (!ranked)
        return fail(ranked.error());
    const QList<qint64> top = EvaluationCalculator::suggestTop(*ranked, perCategory);
    int marked = 0;
    Result<void> done = m_database.transaction([&]() -> Result<void> {
        for (qint64 entryId : top) {
            Result<EvaluationEntry> entry = m_evaluation.findEntry(entryId);
            if (!entry)
                return fail(entry.error());
            if (entry->selected)
                continue;
            Result<EvaluationEntry> selected = setSelected(entryId, entry->version, true);
            if (!selected)
                return fail(selected.error());
            ++marked;
        }
        return {};
    });
    if (!done)
        return fail(done.error());
    return marked;
}

Result<PublicityRecord> EvaluationSelectionService::addPublicity(PublicityRecord record)
{
    if (Result<void> allowed = m_user.requireWrite(); !allowed)
        return fail(allowed.error());
    record.title = record.title.simplified();
    QStringList problems;
    if (!record.date.isValid())
        problems.append(EvaluationService::tr("Enter the date of the publicity."));
    else if (record.date > m_clock.today())
        problems.append(EvaluationService::tr("The publicity date lies in the future."));
    if (record.title.isEmpty())
        problems.append(EvaluationService::tr("Enter the title of the programme or article."));
    else if (characterCount(record.title) > 200)
        problems.append(EvaluationService::tr("The title is too long: at most %1 characters.").arg(200));
    if (!problems.isEmpty())
        return fail(Error::Code::Validation, problems.join(QLatin1Char('\n')));
    Result<void> done = audited::write(m_database, &m_owner, [&]() -> Result<void> {
        Result<EvaluationEntry> entry = m_evaluation.findEntry(record.entryId);
        if (!entry)
            return fail(entry.error());
        if (!entry->selected)
            return fail(Error::Code::Validation,
                        EvaluationService::tr(
                            "%1 is not selected as a typical brand; select it before recording its publicity.")
                            .arg(entry->brandName));
        Result<qint64> id = m_evaluation.insertPublicity(record);
        if (!id)
            return fail(id.error());
        record.id = *id;
        return m_audit.recordInsert(EvaluationAuditEntities::kPublicity, record.id, snapshotOf(record));
    });
    if (!done)
        return fail(done.error());
    return record;
}

Result<void> EvaluationSelectionService::removePublicity(qint64 id)
{
    if (Result<void> allowed = m_user.requireWrite(); !allowed)
        return allowed;
    return audited::write(m_database, &m_owner, [&]() -> Result<void> {
        Result<PublicityRecord> before = m_evaluation.findPublicity(id);
        if (!before)
            return fail(before.error());
        if (Result<void> removed = m_evaluation.removePublicity(id); !removed)
            return removed;
        return m_audit.recordDelete(EvaluationAuditEntities::kPublicity, id, snapshotOf(*before));
    });
}

Result<EvaluationEntry> EvaluationSelectionService::name(qint64 entryId, int version, const QDate& date,
                                                         const QString& document)
{
    if (Result<void> allowed = m_user.requireWrite(); !allowed)
        return fail(allowed.error());
    const QString number = document.simplified();
    QStringList problems;
    if (!date.isValid())
        problems.append(EvaluationService::tr("Enter the date of the naming."));
    else if (date > m_clock.today())
        problems.append(EvaluationService::tr("The naming date lies in the future."));
    if (number.isEmpty())
        problems.append(EvaluationService::tr("Enter the document number of the naming."));
    else if (characterCount(number) > kMaxEvaluationName)
        problems.append(
            EvaluationService::tr("The document number is too long: at most %1 characters.").arg(kMaxEvaluationName));
    if (!problems.isEmpty())
        return fail(Error::Code::Validation, problems.join(QLatin1Char('\n')));
    EvaluationEntry stored;
    Result<void> done = audited::write(m_database, &m_owner, [&]() -> Result<void> {
        Result<EvaluationEntry> before = m_evaluation.findEntry(entryId);
        if (!before)
            return fail(before.error());
        if (!before->selected)
            return fail(
                Error::Code::Validation,
                EvaluationService::tr("Only a typical brand can be named; select %1 first.").arg(before->brandName));
        EvaluationEntry after = *before;
        after.version = version;
        after.namedOn = date;
        after.namingDocument = number;
        Result<EvaluationEntry> saved = m_writes.updateEntry(*before, after, true);
        if (!saved)
            return fail(saved.error());
        stored = *saved;
        return m_writes.moveBrand(
            after.brandId, BrandStatus::Named,
            {BrandStatus::Cultivating, BrandStatus::Practising, BrandStatus::Nominated, BrandStatus::Typical});
    });
    if (!done)
        return fail(done.error());
    return stored;
}

} // namespace branddesk
