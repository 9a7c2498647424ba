// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/audit/auditentry.h"

#include <QDialog>

#include <memory>

namespace Ui {
class AuditHistoryDialog;
}

namespace branddesk {

class AuditLog;

/// The history of one record: who changed it, when, and each field before and after, oldest first.
/// One row per changed field.
class AuditHistoryDialog : public QDialog {
    Q_OBJECT
public:
    AuditHistoryDialog(const AuditLog& audit, const QString& entity, qint64 recordId, QWidget* parent = nullptr);
    ~AuditHistoryDialog() override;

    /// The number of changes (entries) shown.
    int entryCount() const { return m_entryCount; }

private:
    void addRows(const QString& entity, const AuditEntry& entry);

    std::unique_ptr<Ui::AuditHistoryDialog> m_ui;
    int m_entryCount = 0;
};

} // namespace branddesk
