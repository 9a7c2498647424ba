// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/recordmerge.h"
#include "core/error.h"

#include <QString>
#include <QStringList>

class QWidget;

/// What a form says when its save was refused because another PC saved the same record first (a Conflict).
namespace branddesk::mergeoffer {

/// Whether to save the merge of this form's edits with the stored version. Where both changed the same field, the
/// refusal is returned with those fields named (the user reloads and decides); otherwise the user is asked, naming
/// their fields and the other PC's, and declining gives Cancelled. Success: save the merged record now.
Result<void> confirm(QWidget* parent, const Error& refusal, const QString& entity, const QStringList& myFields,
                     const QStringList& theirFields, const QStringList& collisions);

template <typename Record>
Result<void> confirm(QWidget* parent, const Error& refusal, const QString& entity, const MergeResult<Record>& merge)
{
    return confirm(parent, refusal, entity, merge.myFields, merge.theirFields, merge.collisions);
}

} // namespace branddesk::mergeoffer
