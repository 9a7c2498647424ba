// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/audit/auditentry.h"

#include "core/clock.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace branddesk {
namespace {

QJsonObject parseObject(const QString& json)
{
    return QJsonDocument::fromJson(json.toUtf8()).object();
}

} // namespace

QString auditActionCode(AuditAction action)
{
    switch (action) {
    case AuditAction::Insert:
        return QStringLiteral("insert");
    case AuditAction::Update:
        return QStringLiteral("update");
    case AuditAction::Delete:
        return QStringLiteral("delete");
    }
    return {};
}

std::optional<AuditAction> auditActionFromCode(const QString& code)
{
    for (AuditAction action : {AuditAction::Insert, AuditAction::Update, AuditAction::Delete})
        if (auditActionCode(action) == code)
            return action;
    return std::nullopt;
}

QString auditActionName(AuditAction action)
{
    switch (action) {
    case AuditAction::Insert:
        return QCoreApplication::translate("AuditEntry", "Added");
    case AuditAction::Update:
        return QCoreApplication::translate("AuditEntry", "Changed");
    case AuditAction::Delete:
        return QCoreApplication::translate("AuditEntry", "Deleted");
    }
    return {};
}

QString auditGenesisHash()
{
    return QString(64, QLatin1Char('0'));
}

QJsonObject AuditEntry::before() const
{
    return parseObject(beforeJson);
}

QJsonObject AuditEntry::after() const
{
    return parseObject(afterJson);
}

QString AuditEntry::computeHash() const
{
    const QJsonArray content{toStorageTimestamp(at),  userId,     userName, entity, recordId,
                             auditActionCode(action), beforeJson, afterJson};
    QCryptographicHash sha(QCryptographicHash::Sha256);
    sha.addData(previousHash.toLatin1());
    sha.addData(QByteArrayView("\n"));
    sha.addData(QJsonDocument(content).toJson(QJsonDocument::Compact));
    return QString::fromLatin1(sha.result().toHex());
}

} // namespace branddesk
