// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <functional>

class QAction;
class QWidget;

namespace branddesk {

class AuditLog;

/// Adds "History…" (Ctrl+H) to a record list page: it opens the AuditHistoryDialog of the record
/// `selectedId()` returns (nothing happens while it returns 0). Returns the action for the page's tool bar.
QAction* addHistoryAction(QWidget* page, const AuditLog& audit, const QString& entity,
                          std::function<qint64()> selectedId);

} // namespace branddesk
