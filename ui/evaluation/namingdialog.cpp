// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/evaluation/namingdialog.h"

#include "ui_namingdialog.h"

#include "core/services/evaluationservice.h"
#include "ui/widgets/messagebox.h"

namespace branddesk {

NamingDialog::NamingDialog(EvaluationService& service, const EvaluationEntry& entry, const QDate& today,
                           QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::NamingDialog>())
    , m_service(service)
    , m_entry(entry)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("namingDialog"));
    setWindowTitle(tr("Naming of %1").arg(entry.brandName));
    m_ui->dateDateEdit->setDate(entry.namedOn.isValid() ? entry.namedOn : today);
    m_ui->dateDateEdit->setMaximumDate(today);
    m_ui->documentLineEdit->setText(entry.namingDocument);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &NamingDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &NamingDialog::reject);
}

NamingDialog::~NamingDialog() = default;

void NamingDialog::accept()
{
    const Result<EvaluationEntry> saved =
        m_service.name(m_entry.id, m_entry.version, m_ui->dateDateEdit->date(), m_ui->documentLineEdit->text());
    if (!saved) {
        MessageBox::error(this, tr("Naming"), saved.error());
        return;
    }
    QDialog::accept();
}

} // namespace branddesk
