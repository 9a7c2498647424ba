// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/evaluation/publicitydialog.h"

#include "ui_publicitydialog.h"

#include "core/services/evaluationservice.h"
#include "ui/widgets/messagebox.h"

namespace branddesk {

PublicityDialog::PublicityDialog(EvaluationService& service, qint64 entryId, const QDate& today, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::PublicityDialog>())
    , m_service(service)
    , m_entryId(entryId)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("publicityDialog"));
    for (PublicityOutlet outlet : allPublicityOutlets())
        m_ui->outletComboBox->addItem(publicityOutletName(outlet), static_cast<int>(outlet));
    m_ui->dateDateEdit->setDate(today);
    m_ui->dateDateEdit->setMaximumDate(today);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &PublicityDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &PublicityDialog::reject);
}

PublicityDialog::~PublicityDialog() = default;

void PublicityDialog::accept()
{
    PublicityRecord record;
    record.entryId = m_entryId;
    record.outlet = static_cast<PublicityOutlet>(m_ui->outletComboBox->currentData().toInt());
    record.date = m_ui->dateDateEdit->date();
    record.title = m_ui->titleLineEdit->text();
    const Result<PublicityRecord> saved = m_service.addPublicity(record);
    if (!saved) {
        MessageBox::error(this, tr("Publicity"), saved.error());
        return;
    }
    QDialog::accept();
}

} // namespace branddesk
