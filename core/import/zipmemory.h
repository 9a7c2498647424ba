// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace branddesk {

/// A zip archive held in memory, read with libminizip, that refuses to unpack more than it was told to:
/// at most `maxParts` entries and `maxPartBytes` unpacked bytes per part (counted while unpacking).
class ZipMemory {
public:
    ZipMemory(const QByteArray& bytes, int maxParts, qint64 maxPartBytes);
    ~ZipMemory();
    ZipMemory(const ZipMemory&) = delete;
    ZipMemory& operator=(const ZipMemory&) = delete;

    bool isOpen() const { return m_zip != nullptr; }
    QString errorDetail() const { return m_errorDetail; }
    bool hasPart(const char* name);
    /// The names of the archive's entries, in the order stored.
    QStringList partNames();
    Result<QByteArray> part(const char* name);

    /// For the minizip callbacks.
    struct Stream {
        const QByteArray* data = nullptr;
        qint64 position = 0;
    };

private:
    Stream m_stream;
    void* m_zip = nullptr;
    qint64 m_maxPartBytes;
    QString m_errorDetail;
};

} // namespace branddesk
