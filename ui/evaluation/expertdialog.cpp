// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/evaluation/expertdialog.h"

#include "ui_expertdialog.h"

#include "core/services/evaluationservice.h"
#include "ui/widgets/messagebox.h"

namespace branddesk {

ExpertDialog::ExpertDialog(EvaluationService& service, const EvaluationExpert& expert,
                           const QList<Department>& departments, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ExpertDialog>())
    , m_service(service)
    , m_expert(expert)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("expertDialog"));
    m_ui->nameLineEdit->setText(expert.name);
    m_ui->unitLineEdit->setText(expert.unit);
    m_ui->departmentComboBox->addItem(tr("None (outside expert)"), qint64(0));
    for (const Department& department : departments)
        m_ui->departmentComboBox->addItem(department.name, department.id);
    m_ui->departmentComboBox->setCurrentIndex(std::max(0, m_ui->departmentComboBox->findData(expert.departmentId)));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ExpertDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &ExpertDialog::reject);
}

ExpertDialog::~ExpertDialog() = default;

void ExpertDialog::accept()
{
    m_expert.name = m_ui->nameLineEdit->text();
    m_expert.unit = m_ui->unitLineEdit->text();
    m_expert.departmentId = m_ui->departmentComboBox->currentData().toLongLong();
    const Result<EvaluationExpert> saved = m_service.saveExpert(m_expert);
    if (!saved) {
        MessageBox::error(this, tr("Expert"), saved.error());
        return;
    }
    m_expert = *saved;
    QDialog::accept();
}

} // namespace branddesk
