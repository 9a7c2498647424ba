// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/campaign/newcampaigndialog.h"

#include "ui_newcampaigndialog.h"

#include "core/services/campaignservice.h"
#include "ui/widgets/messagebox.h"

#include <QPushButton>

namespace branddesk {

NewCampaignDialog::NewCampaignDialog(CampaignService& service, const QList<Campaign>& campaigns, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::NewCampaignDialog>())
    , m_service(service)
{
    m_ui->setupUi(this);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("C&reate"));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    int newest = 0;
    for (const Campaign& c : campaigns) {
        m_ui->sourceComboBox->addItem(tr("%1 (%2)").arg(c.title).arg(c.year), c.id);
        newest = std::max(newest, c.year);
    }
    m_ui->yearSpinBox->setValue(newest + 1);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &NewCampaignDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &NewCampaignDialog::reject);
    m_ui->yearSpinBox->setFocus();
    m_ui->yearSpinBox->selectAll();
}

NewCampaignDialog::~NewCampaignDialog() = default;

void NewCampaignDialog::accept()
{
    Result<Campaign> created =
        m_service.createFromTemplate(m_ui->sourceComboBox->currentData().toLongLong(), m_ui->yearSpinBox->value());
    if (!created) {
        MessageBox::error(this, tr("The campaign was not created"), created.error());
        return;
    }
    if (m_ui->makeCurrentCheckBox->isChecked() && !created->isCurrent) {
        if (Result<void> current = m_service.setCurrent(created->id); !current)
            MessageBox::error(this, tr("The campaign was not made current"), current.error());
    }
    m_created = *created;
    QDialog::accept();
}

} // namespace branddesk
