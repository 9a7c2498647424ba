// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QLatin1String>
#include <QString>

#include <optional>

namespace branddesk {

/// The entity names the audit log uses (the `entity` of an entry). A new kind of record adds its own
/// here and a label in auditlabels.cpp.
namespace AuditEntities {
inline constexpr QLatin1String kDepartment{"department"};
inline constexpr QLatin1String kBrand{"brand"};
inline constexpr QLatin1String kUser{"user"};
} // namespace AuditEntities

enum class AuditAction { Insert, Update, Delete };

/// Stable code stored in the database ("insert", "update", "delete").
QString auditActionCode(AuditAction action);
std::optional<AuditAction> auditActionFromCode(const QString& code);
/// Translated name (新增, 修改, 删除).
QString auditActionName(AuditAction action);

/// The hash the first entry of the chain points back to: 64 zeros.
QString auditGenesisHash();

/// One line of the audit log: who changed which record, when, and the changed fields before and after.
struct AuditEntry {
    qint64 id = 0; ///< ascending in the order written
    QDateTime at;  ///< UTC, from the Clock
    qint64 userId = 0;
    QString userName; ///< as it was when the change was made
    QString entity;   ///< AuditEntities::…
    qint64 recordId = 0;
    AuditAction action = AuditAction::Update;
    /// The changed fields as compact JSON objects, exactly as stored and hashed. An insert has an empty
    /// `before`, a delete an empty `after`; an update holds only the fields that changed, in both.
    QString beforeJson;
    QString afterJson;
    QString previousHash; ///< the hash of the entry before (auditGenesisHash() for the first)
    QString hash;         ///< hex SHA-256 of previousHash and this entry's content (computeHash())

    QJsonObject before() const;
    QJsonObject after() const;
    /// The hash this entry should carry: SHA-256 over previousHash, a newline, and a canonical JSON array
    /// of the stored fields (time, user id and name, entity, record id, action, before, after).
    QString computeHash() const;
};

} // namespace branddesk
