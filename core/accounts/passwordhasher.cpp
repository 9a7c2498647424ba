// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/accounts/passwordhasher.h"

#include <QCoreApplication>

#include <sodium.h>

#include <array>

namespace branddesk {
namespace {

bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0; // idempotent and thread-safe; < 0 only on failure
    return ready;
}

} // namespace

PasswordHasher::PasswordHasher(Cost cost)
    : m_cost(cost)
{}

Result<QByteArray> PasswordHasher::hash(const QString& password) const
{
    if (!sodiumReady())
        return fail(Error::Code::Generic,
                    QCoreApplication::translate("PasswordHasher", "The password library could not be started."));
    const QByteArray utf8 = password.toUtf8();
    const bool minimal = m_cost == Cost::Minimal;
    const unsigned long long opsLimit = minimal ? crypto_pwhash_OPSLIMIT_MIN : crypto_pwhash_OPSLIMIT_INTERACTIVE;
    const std::size_t memLimit = minimal ? crypto_pwhash_MEMLIMIT_MIN : crypto_pwhash_MEMLIMIT_INTERACTIVE;
    std::array<char, crypto_pwhash_STRBYTES> out{};
    if (crypto_pwhash_str_alg(out.data(), utf8.constData(), static_cast<unsigned long long>(utf8.size()), opsLimit,
                              memLimit, crypto_pwhash_ALG_ARGON2ID13) != 0)
        return fail(Error::Code::Generic,
                    QCoreApplication::translate(
                        "PasswordHasher", "The password could not be protected: the computer ran out of memory."));
    return QByteArray(out.data());
}

bool PasswordHasher::verify(const QByteArray& encodedHash, const QString& password)
{
    if (!sodiumReady() || encodedHash.isEmpty() || encodedHash.size() >= crypto_pwhash_STRBYTES)
        return false;
    std::array<char, crypto_pwhash_STRBYTES> stored{};
    std::copy(encodedHash.begin(), encodedHash.end(), stored.begin());
    const QByteArray utf8 = password.toUtf8();
    return crypto_pwhash_str_verify(stored.data(), utf8.constData(), static_cast<unsigned long long>(utf8.size())) == 0;
}

} // namespace branddesk
