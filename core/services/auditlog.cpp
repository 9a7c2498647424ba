// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/auditlog.h"

#include "core/accounts/currentuser.h"
#include "core/audit/auditlabels.h"
#include "core/clock.h"
#include "core/storage/database.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QLocale>

namespace branddesk {
namespace {

QString compact(const QJsonObject& object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

} // namespace

AuditLog::AuditLog(Database& database, const Clock& clock, const CurrentUser& user)
    : m_database(database)
    , m_clock(clock)
    , m_user(user)
    , m_entries(database)
{}

Result<void> AuditLog::recordInsert(const QString& entity, qint64 recordId, const QJsonObject& after)
{
    return append(entity, recordId, AuditAction::Insert, {}, after);
}

Result<void> AuditLog::recordUpdate(const QString& entity, qint64 recordId, const QJsonObject& before,
                                    const QJsonObject& after)
{
    QJsonObject changedBefore;
    QJsonObject changedAfter;
    for (auto it = after.begin(); it != after.end(); ++it) {
        if (before.value(it.key()) != it.value()) {
            changedBefore.insert(it.key(), before.value(it.key()));
            changedAfter.insert(it.key(), it.value());
        }
    }
    for (auto it = before.begin(); it != before.end(); ++it)
        if (!after.contains(it.key()))
            changedBefore.insert(it.key(), it.value());
    if (changedBefore.isEmpty() && changedAfter.isEmpty())
        return {};
    return append(entity, recordId, AuditAction::Update, changedBefore, changedAfter);
}

Result<void> AuditLog::recordDelete(const QString& entity, qint64 recordId, const QJsonObject& before)
{
    return append(entity, recordId, AuditAction::Delete, before, {});
}

Result<void> AuditLog::append(const QString& entity, qint64 recordId, AuditAction action, const QJsonObject& before,
                              const QJsonObject& after)
{
    // Both are mistakes in the calling service, not in what the user did: say so plainly.
    if (!m_database.inTransaction())
        return fail(
            Error::Code::Generic,
            QCoreApplication::translate("AuditLog", "The change was not saved: it was not recorded in the audit log."),
            QStringLiteral("AuditLog: a change to %1 %2 was recorded outside a transaction").arg(entity).arg(recordId));
    if (!m_user.isSignedIn())
        return fail(Error::Code::Forbidden,
                    QCoreApplication::translate("AuditLog", "Nobody is signed in. Sign in to make changes."));
    Result<QString> previous = m_entries.lastHash();
    if (!previous)
        return fail(previous.error());
    AuditEntry entry;
    entry.at = m_clock.nowUtc();
    entry.userId = m_user.id();
    entry.userName = m_user.name();
    entry.entity = entity;
    entry.recordId = recordId;
    entry.action = action;
    entry.beforeJson = compact(before);
    entry.afterJson = compact(after);
    entry.previousHash = *previous;
    entry.hash = entry.computeHash();
    Result<qint64> id = m_entries.append(entry);
    return id ? Result<void>() : fail(id.error());
}

Result<QList<AuditEntry>> AuditLog::history(const QString& entity, qint64 recordId) const
{
    return m_entries.history(entity, recordId);
}

Error AuditLog::explainConflict(Error conflict, const QString& entity, qint64 recordId, const QDateTime& loadedAt) const
{
    Result<QList<AuditEntry>> entries = m_entries.history(entity, recordId);
    if (!entries)
        return conflict;
    QStringList lines;
    for (const AuditEntry& entry : *entries) {
        if (!loadedAt.isValid() || entry.at <= loadedAt || entry.action != AuditAction::Update)
            continue;
        const QJsonObject before = entry.before();
        const QJsonObject after = entry.after();
        QStringList fields;
        for (auto it = after.begin(); it != after.end(); ++it)
            fields.append(QCoreApplication::translate("AuditLog", "%1: “%2” → “%3”")
                              .arg(auditFieldLabel(entity, it.key()),
                                   auditValueText(entity, it.key(), before.value(it.key())),
                                   auditValueText(entity, it.key(), it.value())));
        lines.append(QCoreApplication::translate("AuditLog", "%1 changed it at %2 — %3")
                         .arg(entry.userName, QLocale().toString(entry.at.toLocalTime(), QLocale::ShortFormat),
                              fields.join(QCoreApplication::translate("AuditLog", "; "))));
    }
    if (!lines.isEmpty())
        conflict.message += QLatin1Char('\n') + QCoreApplication::translate("AuditLog", "Changed meanwhile:") +
                            QLatin1Char('\n') + lines.join(QLatin1Char('\n'));
    return conflict;
}

Result<AuditChainReport> verifyAuditChain(Database& database)
{
    const AuditRepository repository(database);
    Result<QList<AuditEntry>> entries = repository.all();
    if (!entries)
        return fail(entries.error());
    Result<qint64> highest = repository.highestIdIssued();
    if (!highest)
        return fail(highest.error());
    AuditChainReport report;
    QString previousHash = auditGenesisHash();
    qint64 expectedId = 1;
    for (const AuditEntry& entry : *entries) {
        if (entry.id != expectedId) {
            report.firstBrokenId = expectedId;
            report.problem = QCoreApplication::translate(
                                 "AuditLog", "Audit entries %1 to %2 are missing: they were removed outside BrandDesk.")
                                 .arg(expectedId)
                                 .arg(entry.id - 1);
            return report;
        }
        if (entry.previousHash != previousHash) {
            report.firstBrokenId = entry.id;
            report.problem =
                QCoreApplication::translate(
                    "AuditLog",
                    "Audit entry %1 does not follow the entry before it: the log was changed outside BrandDesk.")
                    .arg(entry.id);
            return report;
        }
        if (entry.hash != entry.computeHash()) {
            report.firstBrokenId = entry.id;
            report.problem =
                QCoreApplication::translate(
                    "AuditLog",
                    "Audit entry %1 (%2, %3) was altered outside BrandDesk: its content no longer matches its hash.")
                    .arg(entry.id)
                    .arg(entry.userName, toStorageTimestamp(entry.at));
            return report;
        }
        previousHash = entry.hash;
        ++expectedId;
        ++report.entriesChecked;
    }
    if (*highest >= expectedId) {
        report.firstBrokenId = expectedId;
        report.problem =
            QCoreApplication::translate(
                "AuditLog", "The last audit entries (from %1 to %2) are missing: they were removed outside BrandDesk.")
                .arg(expectedId)
                .arg(*highest);
    }
    return report;
}

} // namespace branddesk
