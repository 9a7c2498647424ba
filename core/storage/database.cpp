// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/database.h"

#include "core/storage/bigramtokenizer.h"
#include "core/storage/dialect.h"
#include "core/storage/migrations.h"
#include "core/storage/sqlsupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>

#include <algorithm>

namespace branddesk {
namespace {

constexpr const char* kSqliteMagic = "SQLite format 3";
/// Files up to this size are checked (PRAGMA quick_check) when opened: about a second's reading at most.
constexpr qint64 kQuickCheckLimit = qint64(256) * 1024 * 1024;

/// What a file on disk is, found out without writing to it.
struct FileIdentity {
    bool fresh = false; ///< absent or empty: a new database will be created
    int applicationId = 0;
    int userVersion = 0;
    int objectCount = 0;
};

Result<FileIdentity> identify(const QString& path, int busyTimeoutMs, bool quickCheck)
{
    FileIdentity identity;
    const QFileInfo info(path);
    const QFileInfo wal(path + QStringLiteral("-wal"));
    if (!info.exists() || (info.size() == 0 && (!wal.exists() || wal.size() == 0))) {
        identity.fresh = true;
        return identity;
    }
    if (info.isDir())
        return fail(Error::Code::ForeignFile,
                    QCoreApplication::translate("Database", "%1 is a folder, not a BrandDesk database.").arg(path));
    if (info.size() > 0) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return fail(Error::Code::Storage,
                        QCoreApplication::translate("Database", "The database file %1 could not be read.").arg(path),
                        file.errorString());
        if (!file.read(16).startsWith(kSqliteMagic))
            return fail(
                Error::Code::ForeignFile,
                QCoreApplication::translate(
                    "Database", "%1 is not a BrandDesk database (it is not an SQLite file). It was left unchanged.")
                    .arg(path));
    }

    // Look inside through a read-only connection: nothing is written to a file we may refuse.
    const QString name = QStringLiteral("branddesk-probe-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    Result<void> outcome;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs));
        if (!db.open()) {
            outcome =
                fail(Error::Code::Storage,
                     QCoreApplication::translate("Database", "The database file %1 could not be opened.").arg(path),
                     db.lastError().text());
        } else {
            QSqlQuery query(db);
            auto scalar = [&query](const char* statement, int& out) {
                if (!query.exec(QString::fromLatin1(statement)) || !query.next())
                    return false;
                out = query.value(0).toInt();
                return true;
            };
            const bool ok = scalar("PRAGMA application_id", identity.applicationId) &&
                            scalar("PRAGMA user_version", identity.userVersion) &&
                            scalar("SELECT count(*) FROM sqlite_master", identity.objectCount);
            // Our own file (its header says so) that SQLite cannot read is damaged; anything else is foreign.
            if (!ok && sql::isCorruption(query.lastError()) && identity.applicationId == Database::kApplicationId)
                outcome = fail(sql::storageError(
                    query.lastError(),
                    QCoreApplication::translate("Database", "%1 could not be read").arg(QFileInfo(path).fileName())));
            else if (!ok)
                outcome = fail(Error::Code::ForeignFile,
                               QCoreApplication::translate(
                                   "Database", "%1 is not a readable BrandDesk database. It was left unchanged.")
                                   .arg(path),
                               query.lastError().text());
            // A damaged file of ours is told apart from a foreign one, so the user is offered a backup. The check
            // reads the whole file: an office's database (tens of megabytes) is checked at every start, a very
            // large one only by SQLite as it reads, by the daily backup's integrity check and `branddesk check`.
            if (quickCheck && ok && identity.applicationId == Database::kApplicationId &&
                info.size() <= kQuickCheckLimit) {
                const bool checked = query.exec(QStringLiteral("PRAGMA quick_check(1)")) && query.next();
                const QString verdict = checked ? query.value(0).toString() : query.lastError().text();
                if (verdict != QLatin1String("ok"))
                    outcome = fail(sql::corruptFileError(path, verdict));
            }
            query.finish();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    if (!outcome)
        return fail(outcome.error());
    return identity;
}

} // namespace

Database::Database(QString path, QString connectionName)
    : m_path(std::move(path))
    , m_connectionName(std::move(connectionName))
{}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QString Database::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/branddesk.sqlite");
}

int Database::latestSchemaVersion()
{
    return migrations().constLast().version;
}

bool Database::needsUpgrade(const QString& path)
{
    // The SQLite header: user_version at byte 60 and application_id at byte 68, big-endian.
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray header = file.read(100);
    if (header.size() < 100 || !header.startsWith(kSqliteMagic))
        return false;
    const auto number = [&header](int at) {
        return qint32(quint32(quint8(header[at])) << 24 | quint32(quint8(header[at + 1])) << 16 |
                      quint32(quint8(header[at + 2])) << 8 | quint32(quint8(header[at + 3])));
    };
    return number(68) == kApplicationId && number(60) < latestSchemaVersion();
}

const Dialect& Database::dialect() const
{
    return m_isServer ? Dialect::postgres() : Dialect::sqlite();
}

QSqlDatabase Database::connection() const
{
    if (m_isServer)
        reopenIfLost();
    return QSqlDatabase::database(m_connectionName, false);
}

Result<std::unique_ptr<Database>> Database::open(const QString& path)
{
    return open(path, OpenOptions{});
}

Result<std::unique_ptr<Database>> Database::open(const QString& path, const OpenOptions& options)
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE")))
        return fail(Error::Code::Storage,
                    QCoreApplication::translate(
                        "Database", "The SQLite driver for Qt is not installed (package libqt6sql6-sqlite)."));
    const QString absolute = QFileInfo(path).absoluteFilePath();
    Result<FileIdentity> identity = identify(absolute, options.busyTimeoutMs, options.quickCheck);
    if (!identity)
        return fail(identity.error());
    if (!identity->fresh) {
        const bool ours = identity->applicationId == kApplicationId;
        const bool emptySqlite =
            identity->applicationId == 0 && identity->userVersion == 0 && identity->objectCount == 0;
        if (!ours && !emptySqlite)
            return fail(
                Error::Code::ForeignFile,
                QCoreApplication::translate(
                    "Database", "%1 is an SQLite database of another program, not of BrandDesk. It was left unchanged.")
                    .arg(absolute));
        if (ours && identity->userVersion > latestSchemaVersion())
            return fail(Error::Code::TooNew,
                        QCoreApplication::translate(
                            "Database",
                            "%1 was written by a newer version of BrandDesk (data version %2; this program knows up "
                            "to %3). Please update BrandDesk. The file was left unchanged.")
                            .arg(absolute)
                            .arg(identity->userVersion)
                            .arg(latestSchemaVersion()));
    }
    if (!identity->fresh && !QFileInfo(absolute).isWritable())
        return fail(Error::Code::Storage,
                    QCoreApplication::translate("Database",
                                                "The database file %1 is read-only. Check the file's permissions or "
                                                "choose another location. It was left unchanged.")
                        .arg(absolute));
    if (!identity->fresh && identity->userVersion < latestSchemaVersion() && options.beforeMigration) {
        if (Result<void> prepared = options.beforeMigration(absolute, identity->userVersion); !prepared)
            return fail(prepared.error());
    }
    if (identity->fresh) {
        const QDir folder = QFileInfo(absolute).absoluteDir();
        if (!folder.exists() && !QDir().mkpath(folder.absolutePath()))
            return fail(Error::Code::Storage,
                        QCoreApplication::translate("Database", "The folder %1 could not be created.")
                            .arg(folder.absolutePath()));
    }

    const QString name = QStringLiteral("branddesk-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    std::unique_ptr<Database> database(new Database(absolute, name));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(absolute);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(options.busyTimeoutMs));
    if (!db.open())
        return fail(Error::Code::Storage,
                    QCoreApplication::translate("Database", "The database file %1 could not be opened.").arg(absolute),
                    db.lastError().text());
    if (Result<void> registered = registerBigramTokenizer(db); !registered)
        return fail(registered.error());
    if (Result<void> configured = database->configure(); !configured)
        return fail(configured.error());
    if (Result<void> migrated = database->migrate(identity->fresh ? 0 : identity->userVersion, options); !migrated)
        return fail(migrated.error());
    return database;
}

Result<std::unique_ptr<Database>> Database::openAnother() const
{
    if (m_isServer)
        return openServer(m_server);
    OpenOptions options;
    options.quickCheck = false;
    return open(m_path, options);
}

Result<void> Database::configure()
{
    const QSqlDatabase db = connection();
    for (const char* pragma : {"PRAGMA foreign_keys = ON", "PRAGMA journal_mode = WAL", "PRAGMA synchronous = FULL"}) {
        QSqlQuery query(db);
        if (!query.exec(QString::fromLatin1(pragma)))
            return fail(sql::storageError(
                query.lastError(), QCoreApplication::translate("Database", "the database could not be configured")));
    }
    return {};
}

Result<void> Database::migrate(int fromVersion)
{
    return migrate(fromVersion, OpenOptions{});
}

Result<void> Database::migrate(int fromVersion, const OpenOptions& options)
{
    if (fromVersion >= latestSchemaVersion())
        return {};
    return transaction([this, fromVersion, &options]() -> Result<void> {
        const QSqlDatabase db = connection();
        for (const Migration& step : dialect().migrations()) {
            if (step.version <= fromVersion)
                continue;
            for (const char* statement : step.statements) {
                QSqlQuery query(db);
                if (!query.exec(QString::fromUtf8(statement)))
                    return fail(sql::storageError(
                        query.lastError(),
                        QCoreApplication::translate("Database", "the database could not be upgraded to data version %1")
                            .arg(step.version)));
            }
            if (Result<void> filled = fill(step, options); !filled)
                return filled;
            if (Result<void> recorded = recordVersion(step.version); !recorded)
                return recorded;
        }
        return {};
    });
}

Result<void> Database::fill(const Migration& step, const OpenOptions& options)
{
    // Ids per slice: a few hundred milliseconds of indexing, so that progress moves and Cancel answers.
    constexpr qint64 kSlice = 5000;
    if (step.fill.range == nullptr)
        return {};
    const QString failed =
        QCoreApplication::translate("Database", "the database could not be upgraded to data version %1")
            .arg(step.version);
    const QSqlDatabase db = connection();
    Result<QSqlQuery> range = sql::run(db, step.fill.range, {}, failed);
    if (!range)
        return fail(range.error());
    if (!range->next() || range->value(0).isNull())
        return {};
    const qint64 lowest = range->value(0).toLongLong();
    const qint64 highest = range->value(1).toLongLong();
    range->finish();
    const qint64 total = highest - lowest + 1;
    for (qint64 first = lowest; first <= highest; first += kSlice) {
        const qint64 last = std::min(highest, first + kSlice - 1);
        if (Result<QSqlQuery> done = sql::run(db, step.fill.slice, {{":first", first}, {":last", last}}, failed); !done)
            return fail(done.error());
        if (options.migrationProgress && !options.migrationProgress(step.version, last - lowest + 1, total))
            return fail(Error::Code::Cancelled,
                        QCoreApplication::translate("Database", "The upgrade of the database was cancelled; it "
                                                                "was left as it was."));
    }
    return {};
}

Result<void> Database::recordVersion(int version)
{
    QSqlQuery query(connection());
    bool recorded = false;
    if (m_isServer) {
        recorded = query.prepare(QStringLiteral("UPDATE branddesk_schema SET version = :version"));
        query.bindValue(QStringLiteral(":version"), version);
        recorded = recorded && query.exec();
    } else {
        // PRAGMA cannot take bound values; both figures are integers of our own.
        recorded = query.exec(QStringLiteral("PRAGMA user_version = %1").arg(version)) &&
                   query.exec(QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId));
    }
    if (!recorded)
        return fail(sql::storageError(
            query.lastError(), QCoreApplication::translate("Database", "the data version could not be recorded")));
    return {};
}

Result<void> Database::transaction(const std::function<Result<void>()>& work)
{
    QSqlDatabase db = connection();
    if (m_transactionDepth > 0) {
        ++m_transactionDepth;
        Result<void> result = work();
        --m_transactionDepth;
        return result;
    }
    // Writes to a file deleted or moved away while open would be lost with the last connection: refuse them.
    if (!m_isServer && !QFileInfo::exists(m_path))
        return fail(Error::Code::Storage,
                    QCoreApplication::translate(
                        "Database", "The database file %1 was moved or deleted while BrandDesk had it open; nothing "
                                    "more can be saved to it. Close BrandDesk and put the file back or restore a "
                                    "backup.")
                        .arg(m_path));
    if (Result<void> begun = beginTransaction(); !begun)
        return begun;
    m_transactionDepth = 1;
    m_afterCommit.clear();
    m_pendingOwnAudit.clear();
    Result<void> result = work();
    m_transactionDepth = 0;
    // Taken now: what was asked belongs to this transaction alone, whatever an announcement starts next.
    auto announcements = std::exchange(m_afterCommit, {});
    auto ownAudit = std::exchange(m_pendingOwnAudit, {});
    if (!result) {
        db.rollback();
        return result;
    }
    if (!db.commit()) {
        const QSqlError error = db.lastError();
        db.rollback();
        // A server that went away during COMMIT may or may not have kept the changes: say so, never guess.
        if (m_isServer && sql::isConnectionLoss(error))
            return fail(Error::Code::Unreachable,
                        QCoreApplication::translate(
                            "Database", "The connection to the server %1 was lost while the changes were being saved. "
                                        "They may or may not have been kept: check the record once the server is "
                                        "back before entering it again.")
                            .arg(m_server.displayName()),
                        error.text());
        return fail(
            sql::storageError(error, QCoreApplication::translate("Database", "the changes could not be saved")));
    }
    m_committedOwnAudit.insert(m_committedOwnAudit.end(), ownAudit.begin(), ownAudit.end());
    // A program that never listens for changes must not collect ids for ever: keep the newest few thousand.
    constexpr std::size_t kOwnAuditKept = 4096;
    if (m_committedOwnAudit.size() > kOwnAuditKept)
        m_committedOwnAudit.erase(m_committedOwnAudit.begin(),
                                  m_committedOwnAudit.end() - static_cast<std::ptrdiff_t>(kOwnAuditKept));
    for (auto& [owner, announce] : announcements)
        announce();
    return {};
}

void Database::noteOwnAuditEntry(qint64 auditId)
{
    m_pendingOwnAudit.push_back(auditId);
}

bool Database::takeOwnAuditEntry(qint64 auditId)
{
    const auto found = std::find(m_committedOwnAudit.begin(), m_committedOwnAudit.end(), auditId);
    if (found == m_committedOwnAudit.end())
        return false;
    m_committedOwnAudit.erase(found);
    return true;
}

bool Database::isConnectionOpen() const
{
    return QSqlDatabase::database(m_connectionName, false).isOpen();
}

void Database::afterCommit(const void* owner, std::function<void()> announce)
{
    if (m_transactionDepth == 0) {
        announce();
        return;
    }
    for (const auto& pending : m_afterCommit)
        if (pending.first == owner)
            return;
    m_afterCommit.emplace_back(owner, std::move(announce));
}

Result<void> Database::beginTransaction()
{
    QSqlDatabase db = connection();
    if (!m_isServer) {
        // Every transaction() writes. BEGIN IMMEDIATE takes the file's write lock at once, waiting out the busy
        // timeout behind another connection's writer; the driver's plain (deferred) BEGIN would start as a
        // reader, and a reader cannot become the writer once another connection has committed in between —
        // that save would fail at once with "database is locked". COMMIT and ROLLBACK stay the driver's.
        QSqlQuery begin(db);
        if (begin.exec(QStringLiteral("BEGIN IMMEDIATE")))
            return {};
        return fail(sql::storageError(begin.lastError(),
                                      QCoreApplication::translate("Database", "a transaction could not be started")));
    }
    if (db.transaction())
        return {};
    const QSqlError error = db.lastError();
    // Nothing has been done yet: a server connection lost since the last statement is opened again, once.
    if (m_isServer && sql::isConnectionLoss(error)) {
        if (Result<void> back = reconnect(); !back)
            return back;
        if (connection().transaction())
            return {};
        return fail(sql::storageError(connection().lastError(),
                                      QCoreApplication::translate("Database", "a transaction could not be started")));
    }
    return fail(
        sql::storageError(error, QCoreApplication::translate("Database", "a transaction could not be started")));
}

} // namespace branddesk
