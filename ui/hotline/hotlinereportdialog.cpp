// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/hotline/hotlinereportdialog.h"

#include "ui_hotlinereportdialog.h"

#include "core/hotline/hotlinereport.h"
#include "core/services/session.h"
#include "core/summary/supervisionsummary.h"
#include "ui/print/printpreview.h"
#include "ui/widgets/messagebox.h"

namespace branddesk {

HotlineReportDialog::HotlineReportDialog(Session& session, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::HotlineReportDialog>())
    , m_session(session)
{
    m_ui->setupUi(this);
    const QDate today = session.clock().today();
    for (int back = 0; back < 24; ++back) {
        const QDate month = QDate(today.year(), today.month(), 1).addMonths(-back);
        m_ui->monthComboBox->addItem(month.toString(QStringLiteral("yyyy-MM")), month);
    }
    m_ui->monthComboBox->setCurrentIndex(1);
    if (Result<std::optional<Campaign>> campaign = session.campaigns().current(); campaign && *campaign)
        m_ui->issuerLineEdit->setText(SummaryOptions::issuerFromNotice((*campaign)->noticeReference));
    m_ui->dateEdit->setDate(today);
    connect(m_ui->previewPushButton, &QPushButton::clicked, this, [this] {
        if (std::optional<PrintDocument> doc = document())
            PrintPreview::show(this, {*doc});
    });
    connect(m_ui->pdfPushButton, &QPushButton::clicked, this, [this] {
        if (std::optional<PrintDocument> doc = document())
            PrintPreview::saveAsPdf(this, {*doc}, tr("Hotline report %1.pdf").arg(m_ui->monthComboBox->currentText()));
    });
    connect(m_ui->closePushButton, &QPushButton::clicked, this, &QDialog::reject);
}

HotlineReportDialog::~HotlineReportDialog() = default;

std::optional<PrintDocument> HotlineReportDialog::document()
{
    Result<HotlineReportData> data = m_session.hotline().monthlyReport(m_ui->monthComboBox->currentData().toDate());
    if (!data) {
        MessageBox::error(this, windowTitle(), data.error());
        return std::nullopt;
    }
    HotlineReportOptions options;
    options.issuer = m_ui->issuerLineEdit->text().trimmed();
    options.documentNumber = m_ui->numberLineEdit->text().trimmed();
    options.date = m_ui->dateEdit->date();
    return hotlinereport::build(*data, options);
}

} // namespace branddesk
