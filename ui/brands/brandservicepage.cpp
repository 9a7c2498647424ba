// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/brands/brandservicepage.h"

#include "ui_brandservicepage.h"

namespace branddesk {

BrandServicePage::BrandServicePage(QWidget* parent)
    : BrandEditorPage(parent)
    , m_ui(std::make_unique<Ui::BrandServicePage>())
{
    m_ui->setupUi(this);
    bindText(BrandField::ServiceSubjects, m_ui->serviceSubjectsPlainTextEdit);
    bindText(BrandField::ServiceContent, m_ui->serviceContentPlainTextEdit);
    bindText(BrandField::ServiceMeasures, m_ui->serviceMeasuresPlainTextEdit);
    bindText(BrandField::ServiceCommitments, m_ui->serviceCommitmentsPlainTextEdit);
    bindText(BrandField::ServiceRules, m_ui->serviceRulesPlainTextEdit);
}

BrandServicePage::~BrandServicePage() = default;

} // namespace branddesk
