// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"

#include <QByteArray>
#include <QString>

namespace branddesk {

/// Hashes and checks passwords with Argon2id (libsodium's crypto_pwhash_str). The stored string carries
/// the algorithm, its parameters and a random salt, so hashes made at any cost verify later.
class PasswordHasher {
public:
    enum class Cost {
        Interactive, ///< libsodium's interactive limits (64 MiB, 2 passes): what the program uses
        Minimal,     ///< the smallest Argon2id limits: for tests, which make hundreds of accounts
    };

    explicit PasswordHasher(Cost cost = Cost::Interactive);
    void setCost(Cost cost) { m_cost = cost; }

    /// The encoded hash of `password` (UTF-8), with a fresh salt.
    Result<QByteArray> hash(const QString& password) const;
    /// Whether `password` matches `encodedHash`. The comparison takes the same time wherever the
    /// bytes differ (libsodium compares in constant time).
    static bool verify(const QByteArray& encodedHash, const QString& password);

private:
    Cost m_cost;
};

} // namespace branddesk
