// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"

#include <QString>

namespace branddesk {

/// Where an office's shared BrandDesk database lives: a PostgreSQL server, a database on it, and the login.
struct ServerSettings {
    static constexpr int kDefaultPort = 5432;
    static constexpr int kConnectTimeoutSeconds = 5;

    QString host;
    int port = kDefaultPort;
    QString database = QStringLiteral("branddesk");
    QString user;
    QString password; ///< never stored by BrandDesk on disk
    /// libpq's sslmode: disable, allow, prefer, require, verify-ca, verify-full.
    QString sslMode = QStringLiteral("prefer");
    /// The CA certificate for verify-ca / verify-full (libpq's sslrootcert); empty for libpq's default.
    QString sslRootCert;

    /// Reads a libpq-style "key=value key=value" string (host, port, dbname, user, password, sslmode,
    /// sslrootcert); values may be quoted with '. Unknown keys and a bad port are refused with the reason.
    static Result<ServerSettings> parse(const QString& connectionString);
    /// The settings as parse() reads them back, without the password (what is remembered on a PC and passed to
    /// `--server`): "host=… port=… dbname=… user=… sslmode=…".
    QString connectionString() const;
    /// "host:port/database", as the title and status bars show it.
    QString displayName() const;
    /// The QPSQL connect options (libpq parameters): sslmode, timeouts and TCP keep-alives, so that a pulled
    /// cable is noticed within half a minute instead of the system's two hours.
    QString connectOptions() const;
    /// The same settings for another database on the server (the maintenance database "postgres", say).
    ServerSettings withDatabase(const QString& name) const;
    /// Whether `name` can be a BrandDesk database's name: lower-case letters, digits and _, not starting with a
    /// digit, at most 63 characters (no quoting is ever needed).
    static bool isPlainName(const QString& name);
};

} // namespace branddesk
