// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/brands/brandbenefitpage.h"

#include "ui_brandbenefitpage.h"

namespace branddesk {

BrandBenefitPage::BrandBenefitPage(QWidget* parent)
    : BrandEditorPage(parent)
    , m_ui(std::make_unique<Ui::BrandBenefitPage>())
{
    m_ui->setupUi(this);
    bindText(BrandField::SocialBenefit, m_ui->socialBenefitPlainTextEdit);
}

BrandBenefitPage::~BrandBenefitPage() = default;

} // namespace branddesk
