// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

namespace branddesk {

/// Schema version 10 on a file: the office mailbox's settings, the messages fetched from it (周报收件箱), the
/// addresses remembered for departments, and the text of a report's attachments in its full-text index.
QList<const char*> mailSchema();
/// Schema version 10 on a PostgreSQL server: the same tables with identity ids, and a trigram index on the
/// attachments' text.
QList<const char*> mailServerSchema();

} // namespace branddesk
