// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

namespace branddesk {

/// Where each value of a JSON text starts, by path ("phases[1].milestones[0].name"), so an error about
/// a field can name its line. QJsonDocument checks the syntax; this only scans, and tolerates what it
/// does not understand.
class JsonLineIndex {
public:
    explicit JsonLineIndex(const QByteArray& json);
    /// The line (1-based) where the value at `path` starts; for a missing path, the line of its nearest
    /// existing parent; 1 when nothing matches.
    int lineOf(const QString& path) const;
    /// The line of a byte offset (as QJsonParseError::offset gives).
    int lineOfOffset(qsizetype offset) const;

private:
    QHash<QString, int> m_lines;
    QByteArray m_json;
};

} // namespace branddesk
