// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <expected>

namespace branddesk {

/// What went wrong, in words a user can read (translated), plus the technical detail for logs and bug reports.
struct Error {
    enum class Code {
        Generic,
        NotFound,
        Validation,  ///< the user's input breaks a rule; message says which
        Conflict,    ///< the record changed since it was loaded (optimistic version check)
        InUse,       ///< the record has dependent data and cannot be removed
        Storage,     ///< the database failed (I/O, locked, full disk)
        ForeignFile, ///< not a BrandDesk database
        TooNew,      ///< written by a newer BrandDesk
        Corrupt,     ///< the database file is damaged (restore a backup)
        Forbidden,   ///< the signed-in user's role does not allow it (or nobody is signed in)
        Locked,      ///< an account is locked for a while after repeated wrong passwords
        Cancelled,   ///< the user stopped long work before it finished; nothing of it was kept
        Unreachable, ///< the database server cannot be reached (network, server down or restarting)
    };

    Code code = Code::Generic;
    QString message; ///< translated, for the user
    QString detail;  ///< untranslated technical detail (driver text, SQL state), may be empty

    static Error make(Code code, const QString& message, const QString& detail = {})
    {
        return Error{code, message, detail};
    }
    /// The message followed by the detail, for dialogs that show both.
    QString fullText() const { return detail.isEmpty() ? message : message + QLatin1Char('\n') + detail; }
};

/// The result of any operation that can fail across a module boundary.
template <typename T> using Result = std::expected<T, Error>;

/// Shorthand for returning a failure: `return fail(Error::Code::NotFound, tr("..."));`
inline std::unexpected<Error> fail(Error::Code code, const QString& message, const QString& detail = {})
{
    return std::unexpected(Error::make(code, message, detail));
}
inline std::unexpected<Error> fail(Error error)
{
    return std::unexpected(std::move(error));
}

} // namespace branddesk
