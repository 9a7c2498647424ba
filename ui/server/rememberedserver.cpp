// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/server/rememberedserver.h"

#include <QSettings>

namespace branddesk::rememberedserver {
namespace {

constexpr const char* kKey = "server/connection";

} // namespace

std::optional<ServerSettings> load()
{
    const QString text = QSettings().value(QLatin1String(kKey)).toString();
    if (text.isEmpty())
        return std::nullopt;
    Result<ServerSettings> server = ServerSettings::parse(text);
    if (!server)
        return std::nullopt;
    return *server;
}

void save(const ServerSettings& server)
{
    QSettings settings;
    settings.setValue(QLatin1String(kKey), server.connectionString()); // never the password
    settings.sync();
}

void forget()
{
    QSettings settings;
    settings.remove(QLatin1String(kKey));
    settings.sync();
}

} // namespace branddesk::rememberedserver
