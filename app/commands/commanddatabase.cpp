// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/commands/commanddatabase.h"

#include "app/commands/command.h"
#include "core/services/backupmanager.h"
#include "core/services/databasechecks.h"
#include "core/storage/database.h"

#include <QTextStream>

namespace branddesk {

std::unique_ptr<Database> openCommandDatabase(CommandContext& context, bool createFile)
{
    Result<std::unique_ptr<Database>> database = [&context, createFile]() -> Result<std::unique_ptr<Database>> {
        if (context.server)
            return Database::openServer(*context.server);
        if (Result<void> ours = DatabaseChecks::requireBrandDeskFile(context.databasePath, Database::kBusyTimeoutMs);
            !ours && !(createFile && ours.error().code == Error::Code::NotFound))
            return fail(ours.error());
        return Database::open(context.databasePath, BackupManager::openOptions(context.clock));
    }();
    if (!database) {
        context.err << database.error().fullText() << Qt::endl;
        return nullptr;
    }
    return std::move(*database);
}

} // namespace branddesk
