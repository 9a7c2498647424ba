// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonValue>
#include <QString>

namespace branddesk {

/// Translated name of an audited entity ("department" → 部门); the code itself when unknown.
QString auditEntityName(const QString& entity);
/// Translated label of a field in an audit snapshot ("contact_person" → 联系人); the key when unknown.
QString auditFieldLabel(const QString& entity, const QString& key);
/// A stored value as a user reads it: codes become names, booleans yes/no, absent values "—".
QString auditValueText(const QString& entity, const QString& key, const QJsonValue& value);

} // namespace branddesk
