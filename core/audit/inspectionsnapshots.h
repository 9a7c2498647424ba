// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/inspections/inspection.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QLatin1String>

namespace branddesk {

namespace InspectionAuditEntities {
inline constexpr QLatin1String kInspection{"inspection"};
} // namespace InspectionAuditEntities

/// What the audit log keeps of an inspection: its own fields, and one key per checklist item
/// ("check:<item key>": a JSON array [label, result code, note] as text) and per stored rectification
/// demand ("rectification:<id>": [demand, deadline, status code, done date, follow-up] as text), so an edit's
/// entry names exactly the items and demands that changed.
QJsonObject snapshotOf(const Inspection& inspection);

/// A snapshot value of an inspection's checklist item or demand as a reader wants it ("品牌标识: 未达标 —
/// 未上传标识图片"); other values are returned as they are.
QString describeInspectionValue(const QString& key, const QJsonValue& value);

} // namespace branddesk
