// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"

#include <QStringList>

#include <memory>

namespace branddesk {
class Session;
class Clock;
} // namespace branddesk

namespace branddesk::load {

/// Opens the server of a libpq "key=value" string into a session; prints the reason and answers nullptr if it
/// cannot.
std::unique_ptr<Session> openSession(const QString& connection, const Clock& clock);

/// `setup CONNECTION ADMIN PASSWORD N`: as the administrator, the current campaign, N clerks and their departments.
int runSetup(const QStringList& arguments);
/// `run CONNECTION CLIENT SECONDS JOURNAL`: client CLIENT's writes and reads for SECONDS, journalled.
int runClient(const QStringList& arguments);
/// `verify CONNECTION JOURNALS N SECONDS KILLED RESTART_FROM_MS RESTART_TO_MS`: the checks and the figures.
int runVerify(const QStringList& arguments);

} // namespace branddesk::load
