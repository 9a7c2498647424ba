// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

class QWidget;

namespace branddesk {

class Session;

/// Opens the inspection form on a stored inspection (the inspections list and "behind today" both do this;
/// read-only for a user who may not write). Says why and returns false when it cannot be read; returns true
/// when the inspection was saved.
bool openInspection(Session& session, qint64 inspectionId, QWidget* parent);

} // namespace branddesk
