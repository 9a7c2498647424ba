// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/evaluation/rounddialog.h"

#include "ui_rounddialog.h"

#include "core/services/evaluationservice.h"
#include "ui/widgets/messagebox.h"

namespace branddesk {

RoundDialog::RoundDialog(EvaluationService& service, const EvaluationRound& round, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::RoundDialog>())
    , m_service(service)
    , m_round(round)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("roundDialog"));
    m_ui->nameLineEdit->setText(round.name);
    m_ui->startDateEdit->setDate(round.startDate);
    m_ui->endDateEdit->setDate(round.endDate.isValid() ? round.endDate : round.startDate.addMonths(1));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &RoundDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &RoundDialog::reject);
}

RoundDialog::~RoundDialog() = default;

void RoundDialog::accept()
{
    m_round.name = m_ui->nameLineEdit->text();
    m_round.startDate = m_ui->startDateEdit->date();
    m_round.endDate = m_ui->endDateEdit->date();
    const Result<EvaluationRound> saved = m_service.saveRound(m_round);
    if (!saved) {
        MessageBox::error(this, tr("Evaluation round"), saved.error());
        return;
    }
    m_round = *saved;
    QDialog::accept();
}

} // namespace branddesk
