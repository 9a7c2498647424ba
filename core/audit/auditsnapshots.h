// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace branddesk {

struct Brand;
enum class BrandField;
struct Department;
struct User;

/// The fields of a record as the audit log keeps them: every field a user can change, keyed by its
/// column name, with stable codes (not translated names) for enumerations. Not the id, the times or the
/// version: those are the entry's own. A new kind of record adds its snapshotOf() beside these.
QJsonObject snapshotOf(const Department& department);
/// `logoDigest` stands for the logo (the image itself is not copied into the log).
QJsonObject snapshotOf(const Brand& brand, const QString& logoDigest);
/// Never the password hash.
QJsonObject snapshotOf(const User& user);

/// The key of a brand text field in the brand snapshot: its column name ("logo_meaning").
QString snapshotKey(BrandField field);

/// A short fingerprint of a logo's PNG (the first 16 hex digits of its SHA-256), empty for no logo.
QString logoDigest(const QByteArray& png);

} // namespace branddesk
