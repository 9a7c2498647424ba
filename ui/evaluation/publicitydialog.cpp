// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/evaluation/publicitydialog.h"

#include "ui_publicitydialog.h"

#include "core/services/evaluationservice.h"
#include "ui/widgets/messagebox.h"

#include <QPushButton>

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
    m_ui->publicityTableWidget->setColumnWidth(0, 120);
    m_ui->publicityTableWidget->setColumnWidth(1, 100);
    connect(m_ui->addPublicityPushButton, &QPushButton::clicked, this, &PublicityDialog::addRecord);
    connect(m_ui->deletePublicityPushButton, &QPushButton::clicked, this, &PublicityDialog::deleteSelected);
    connect(m_ui->publicityTableWidget, &QTableWidget::itemSelectionChanged, this, [this] {
        m_ui->deletePublicityPushButton->setEnabled(!m_ui->publicityTableWidget->selectedItems().isEmpty());
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &PublicityDialog::reject);
    showRecords();
    m_ui->titleLineEdit->setFocus();
}

PublicityDialog::~PublicityDialog() = default;

void PublicityDialog::showRecords()
{
    const Result<QList<PublicityRecord>> records = m_service.publicity(m_entryId);
    if (!records)
        MessageBox::error(this, tr("Publicity"), records.error());
    m_records = records ? *records : QList<PublicityRecord>();
    QTableWidget* table = m_ui->publicityTableWidget;
    table->setRowCount(int(m_records.size()));
    for (int row = 0; row < m_records.size(); ++row) {
        const PublicityRecord& record = m_records.at(row);
        table->setItem(row, 0, new QTableWidgetItem(publicityOutletName(record.outlet)));
        table->setItem(row, 1, new QTableWidgetItem(record.date.toString(QStringLiteral("yyyy-MM-dd"))));
        table->setItem(row, 2, new QTableWidgetItem(record.title));
    }
    m_ui->deletePublicityPushButton->setEnabled(!table->selectedItems().isEmpty());
}

void PublicityDialog::addRecord()
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
    m_ui->titleLineEdit->clear();
    showRecords();
    m_ui->titleLineEdit->setFocus();
}

void PublicityDialog::deleteSelected()
{
    const QList<QTableWidgetItem*> selected = m_ui->publicityTableWidget->selectedItems();
    if (selected.isEmpty())
        return;
    const PublicityRecord record = m_records.at(selected.first()->row());
    if (MessageBox::question(this, tr("Publicity"),
                             tr("Delete the publicity “%1” (%2, %3)? The audit log keeps a copy.")
                                 .arg(record.title, publicityOutletName(record.outlet),
                                      record.date.toString(QStringLiteral("yyyy-MM-dd"))),
                             QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes)
        return;
    if (Result<void> removed = m_service.removePublicity(record.id); !removed)
        MessageBox::error(this, tr("Publicity"), removed.error());
    showRecords();
}

} // namespace branddesk
