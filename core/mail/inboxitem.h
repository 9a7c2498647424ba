// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/mail/mailmatch.h"
#include "core/mail/mailmessage.h"

#include <QString>

namespace branddesk {

/// What accepting a mail would make of it for its department and week.
enum class MailTimeliness {
    OnTime,     ///< the week's first report, by the due moment
    Late,       ///< the week's first report, after the due moment
    Supplement, ///< the department already has a report for the week (补报)
};

/// A line of the inbox (周报收件箱): the message and what the inbox proposes for it.
struct InboxItem {
    MailMessage message;
    MailProposal proposal;
    QString departmentName; ///< empty when unmatched
    MailTimeliness timeliness = MailTimeliness::OnTime;
};

} // namespace branddesk
