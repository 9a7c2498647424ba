// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"

#include <QString>
#include <QStringList>

namespace branddesk {

class Database;

namespace serveradmin {

/// The database login the program uses day to day, as `server init --app-login` made it.
struct ProgramLogin {
    QString login;      ///< the LOGIN role the PCs sign in to the server with
    QString group;      ///< the NOLOGIN role that holds the rights (ProgramLogin::groupFor)
    QStringList grants; ///< the GRANT and REVOKE statements that were run, for the administrator to read
};

/// The NOLOGIN role that holds the program's rights on `database`: "<database>_program" (roles belong to the whole
/// server, rights to one database). Empty when the name would not be a plain name of at most 63 characters.
QString programGroupFor(const QString& database);

/// Creates (or refreshes) the restricted login the program uses on `database`, which must be a server database
/// opened — and migrated — by the administrator's login (who needs CREATEROLE, or is the superuser). The group
/// role gets exactly what the program needs and nothing more: CONNECT on the database, USAGE (not CREATE) on the
/// schema, SELECT/INSERT/UPDATE/DELETE on the tables it writes, SELECT/INSERT only on the append-only audit_log,
/// SELECT only on branddesk_schema, USAGE on the id sequences and EXECUTE on the triggers' functions; PUBLIC loses
/// CONNECT and TEMPORARY on the database and CREATE on the schema. The login gets `password` (set again when it
/// exists; an empty password leaves an existing login's as it was) and membership of the group, and is made
/// NOSUPERUSER NOCREATEDB NOCREATEROLE. Run it again after every migration (server init does): new tables get
/// their rights. In one transaction: on failure nothing changes.
Result<ProgramLogin> setUpProgramLogin(Database& database, const QString& login, const QString& password);

} // namespace serveradmin
} // namespace branddesk
