// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/mergeoffer.h"

#include "core/audit/auditlabels.h"
#include "ui/widgets/messagebox.h"

#include <QCoreApplication>

namespace branddesk::mergeoffer {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("MergeOffer", text);
}

QString labels(const QString& entity, const QStringList& keys)
{
    QStringList names;
    for (const QString& key : keys)
        names.append(auditFieldLabel(entity, key));
    return names.join(tr(", "));
}

} // namespace

Result<void> confirm(QWidget* parent, const Error& refusal, const QString& entity, const QStringList& myFields,
                     const QStringList& theirFields, const QStringList& collisions)
{
    if (!collisions.isEmpty()) {
        Error collided = refusal;
        collided.message +=
            QLatin1Char('\n') +
            tr("Both of you changed: %1. Reload to see the stored version, then make your change again.")
                .arg(labels(entity, collisions));
        return fail(collided);
    }
    // The refusal's first line tells the user to reopen the form: here the form offers better.
    const qsizetype firstBreak = refusal.message.indexOf(QLatin1Char('\n'));
    const QString meanwhile = firstBreak < 0 ? QString() : refusal.message.mid(firstBreak + 1) + QStringLiteral("\n\n");
    const QString question = tr("Someone else saved this record after you opened it.") + QLatin1Char('\n') + meanwhile +
                             tr("Your changes (%1) and theirs (%2) touch different fields. Save both together?")
                                 .arg(labels(entity, myFields), labels(entity, theirFields));
    if (MessageBox::question(parent, tr("Merge the changes?"), question, QMessageBox::Save | QMessageBox::Cancel,
                             QMessageBox::Save) != QMessageBox::Save)
        return fail(Error::make(Error::Code::Cancelled, tr("Nothing was saved.")));
    return {};
}

} // namespace branddesk::mergeoffer
