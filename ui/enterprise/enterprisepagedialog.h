// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/enterprise/enterprisepage.h"

#include <QDate>
#include <QDialog>

#include <memory>

namespace Ui {
class EnterprisePageDialog;
}

namespace branddesk {

/// An enterprise's page: the departments that served it, then every visit, every delivery and every problem
/// (with its leader, deadline, status and latest progress; overdue ones in red), across departments.
class EnterprisePageDialog : public QDialog {
    Q_OBJECT
public:
    EnterprisePageDialog(const EnterprisePage& page, const QDate& today, QWidget* parent = nullptr);
    ~EnterprisePageDialog() override;

    /// The page as HTML (what the dialog shows).
    static QString html(const EnterprisePage& page, const QDate& today);

private:
    std::unique_ptr<Ui::EnterprisePageDialog> m_ui;
};

} // namespace branddesk
