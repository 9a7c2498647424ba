// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace branddesk::test {

/// The SHA-256 of a file's bytes, in hex; fails the current test when the file cannot be read.
/// Used to prove that a refused file was left byte-identical.
QByteArray sha256OfFile(const QString& path);

/// Writes `bytes` to `path`, replacing it; fails the current test on error.
void writeFile(const QString& path, const QByteArray& bytes);

} // namespace branddesk::test
