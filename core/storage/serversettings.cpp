// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/serversettings.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringList>

namespace branddesk {
namespace {

/// Splits "a=1 b='x y'" into key/value pairs; false on a dangling quote or a word without '='.
bool splitPairs(const QString& text, QList<std::pair<QString, QString>>& pairs)
{
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i < n) {
        while (i < n && text.at(i).isSpace())
            ++i;
        if (i >= n)
            break;
        const qsizetype equals = text.indexOf(QLatin1Char('='), i);
        if (equals < 0)
            return false;
        const QString key = text.mid(i, equals - i).trimmed();
        i = equals + 1;
        QString value;
        if (i < n && text.at(i) == QLatin1Char('\'')) {
            ++i;
            bool closed = false;
            while (i < n) {
                const QChar c = text.at(i++);
                if (c == QLatin1Char('\\') && i < n) {
                    value += text.at(i++);
                } else if (c == QLatin1Char('\'')) {
                    closed = true;
                    break;
                } else {
                    value += c;
                }
            }
            if (!closed)
                return false;
        } else {
            while (i < n && !text.at(i).isSpace())
                value += text.at(i++);
        }
        if (key.isEmpty())
            return false;
        pairs.append({key, value});
    }
    return true;
}

/// A value as libpq reads it in a "key=value" string: as it is, or in '…' with \ before ' and \.
QString quoted(const QString& value)
{
    if (!value.isEmpty() && !value.contains(QLatin1Char(' ')) && !value.contains(QLatin1Char('\'')) &&
        !value.contains(QLatin1Char('\\')))
        return value;
    QString escaped = value;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char('\''), QStringLiteral("\\'"));
    return QLatin1Char('\'') + escaped + QLatin1Char('\'');
}

} // namespace

Result<ServerSettings> ServerSettings::parse(const QString& connectionString)
{
    QList<std::pair<QString, QString>> pairs;
    if (!splitPairs(connectionString, pairs))
        return fail(Error::Code::Validation,
                    QCoreApplication::translate("ServerSettings",
                                                "The server connection \"%1\" is not of the form key=value key=value.")
                        .arg(connectionString));
    ServerSettings settings;
    settings.database.clear();
    for (const auto& [key, value] : pairs) {
        if (key == QLatin1String("host") || key == QLatin1String("hostaddr")) {
            settings.host = value;
        } else if (key == QLatin1String("port")) {
            bool ok = false;
            settings.port = value.toInt(&ok);
            if (!ok || settings.port <= 0 || settings.port > 65535)
                return fail(Error::Code::Validation,
                            QCoreApplication::translate("ServerSettings",
                                                        "The server's port \"%1\" is not a number from 1 to 65535.")
                                .arg(value));
        } else if (key == QLatin1String("dbname") || key == QLatin1String("database")) {
            settings.database = value;
        } else if (key == QLatin1String("user")) {
            settings.user = value;
        } else if (key == QLatin1String("password")) {
            settings.password = value;
        } else if (key == QLatin1String("sslmode")) {
            static const QStringList modes{QStringLiteral("disable"),   QStringLiteral("allow"),
                                           QStringLiteral("prefer"),    QStringLiteral("require"),
                                           QStringLiteral("verify-ca"), QStringLiteral("verify-full")};
            if (!modes.contains(value))
                return fail(Error::Code::Validation,
                            QCoreApplication::translate("ServerSettings", "sslmode \"%1\" is not one of %2.")
                                .arg(value, modes.join(QStringLiteral(", "))));
            settings.sslMode = value;
        } else if (key == QLatin1String("sslrootcert")) {
            settings.sslRootCert = value;
        } else {
            return fail(
                Error::Code::Validation,
                QCoreApplication::translate("ServerSettings", "The server connection has an unknown setting \"%1\".")
                    .arg(key));
        }
    }
    if (settings.host.isEmpty())
        settings.host = QStringLiteral("localhost");
    if (settings.database.isEmpty())
        settings.database = QStringLiteral("branddesk");
    return settings;
}

QString ServerSettings::connectionString() const
{
    QStringList parts{QStringLiteral("host=") + quoted(host), QStringLiteral("port=%1").arg(port),
                      QStringLiteral("dbname=") + quoted(database)};
    if (!user.isEmpty())
        parts.append(QStringLiteral("user=") + quoted(user));
    parts.append(QStringLiteral("sslmode=") + sslMode);
    if (!sslRootCert.isEmpty())
        parts.append(QStringLiteral("sslrootcert=") + quoted(sslRootCert));
    return parts.join(QLatin1Char(' '));
}

QString ServerSettings::displayName() const
{
    const QString where = port == kDefaultPort ? host : host + QLatin1Char(':') + QString::number(port);
    return where + QLatin1Char('/') + database;
}

QString ServerSettings::connectOptions() const
{
    QStringList options{QStringLiteral("sslmode=") + sslMode,
                        QStringLiteral("connect_timeout=%1").arg(kConnectTimeoutSeconds),
                        QStringLiteral("keepalives=1"),
                        QStringLiteral("keepalives_idle=10"),
                        QStringLiteral("keepalives_interval=5"),
                        QStringLiteral("keepalives_count=3"),
                        QStringLiteral("application_name=BrandDesk")};
    // QPSQL hands the options to libpq as "key=value" words (';' becomes a space): a path with a space is quoted.
    if (!sslRootCert.isEmpty())
        options.append(QStringLiteral("sslrootcert=") + quoted(sslRootCert));
    return options.join(QLatin1Char(';'));
}

ServerSettings ServerSettings::withDatabase(const QString& name) const
{
    ServerSettings other = *this;
    other.database = name;
    return other;
}

bool ServerSettings::isPlainName(const QString& name)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z_][a-z0-9_]{0,62}$"));
    return pattern.match(name).hasMatch();
}

} // namespace branddesk
