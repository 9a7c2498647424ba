// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"

#include <QByteArray>
#include <QString>

namespace branddesk {

/// The reminder (催报) a department gets when its weekly report has not arrived, from the "reminder" block of a
/// campaign definition: a subject and a body in which {department}, {week} and {due} stand for the department's
/// name, the week ("2009年第20周（5月11日—5月17日）") and the due moment ("2009年5月15日 23:59").
struct ReminderTemplate {
    QString subject;
    QString body;

    /// The shipped wording, used when a definition has no "reminder" block.
    static ReminderTemplate defaults();
    /// The template of a campaign definition (JSON bytes) — CampaignDefinition::parse has checked it when the
    /// campaign was made; defaults() without a block.
    static Result<ReminderTemplate> fromDefinition(const QByteArray& definition);
    /// What is wrong with a subject or body (an unknown placeholder, an unclosed brace), or an empty text.
    static QString problemIn(const QString& text);

    /// The template with the placeholders filled in.
    QString fillSubject(const QString& department, const QString& week, const QString& due) const;
    QString fillBody(const QString& department, const QString& week, const QString& due) const;

private:
    static QString fill(const QString& text, const QString& department, const QString& week, const QString& due);
};

} // namespace branddesk
