// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

class QWidget;

/// How every form looks to someone who may not change it (a leader, a locked record): one mechanism for all.
namespace branddesk::readonlyform {

/// Makes everything in `form` that could change the record unchangeable, from the moment it opens: text fields
/// read-only (their text can still be selected and copied), choices, dates, numbers and ticks disabled, tables not
/// editable, every button disabled but those in `keep` (viewing or saving a copy of an attachment) and the
/// Close/Cancel of the button box, whose Save/OK/Apply are hidden; the form's own shortcuts (save, save and next)
/// are switched off. The line that says what others do with the record (RecordWatch) stays as it is.
void apply(QWidget* form, const QList<QWidget*>& keep = {});

} // namespace branddesk::readonlyform
