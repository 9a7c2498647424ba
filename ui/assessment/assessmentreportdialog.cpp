// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/assessment/assessmentreportdialog.h"

#include "ui_assessmentreportdialog.h"

#include "core/assessment/assessmentdocuments.h"
#include "core/services/session.h"
#include "core/summary/supervisionsummary.h"
#include "ui/print/printpreview.h"

namespace branddesk {

AssessmentReportDialog::AssessmentReportDialog(Session& session, AssessmentTable table, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::AssessmentReportDialog>())
    , m_table(std::move(table))
{
    m_ui->setupUi(this);
    m_ui->yearValueLabel->setText(
        m_table.finalised ? tr("%1 (finalised)").arg(m_table.year)
                          : tr("%1 (preview as of %2)").arg(m_table.year).arg(m_table.asOf.toString(Qt::ISODate)));
    if (Result<std::optional<Campaign>> campaign = session.campaigns().current(); campaign && *campaign)
        m_ui->issuerLineEdit->setText(SummaryOptions::issuerFromNotice((*campaign)->noticeReference));
    m_ui->dateEdit->setDate(session.clock().today());
    connect(m_ui->previewPushButton, &QPushButton::clicked, this, [this] { PrintPreview::show(this, {document()}); });
    connect(m_ui->pdfPushButton, &QPushButton::clicked, this,
            [this] { PrintPreview::saveAsPdf(this, {document()}, tr("Assessment %1.pdf").arg(m_table.year)); });
    connect(m_ui->closePushButton, &QPushButton::clicked, this, &QDialog::reject);
}

AssessmentReportDialog::~AssessmentReportDialog() = default;

PrintDocument AssessmentReportDialog::document() const
{
    AssessmentReportOptions options;
    options.issuer = m_ui->issuerLineEdit->text().trimmed();
    options.documentNumber = m_ui->numberLineEdit->text().trimmed();
    options.date = m_ui->dateEdit->date();
    return assessmentdocuments::report(m_table, options);
}

} // namespace branddesk
