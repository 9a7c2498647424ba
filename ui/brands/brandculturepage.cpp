// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/brands/brandculturepage.h"

#include "ui_brandculturepage.h"

namespace branddesk {

BrandCulturePage::BrandCulturePage(QWidget* parent)
    : BrandEditorPage(parent)
    , m_ui(std::make_unique<Ui::BrandCulturePage>())
{
    m_ui->setupUi(this);
    bindText(BrandField::Mission, m_ui->missionPlainTextEdit);
    bindText(BrandField::Spirit, m_ui->spiritPlainTextEdit);
    bindText(BrandField::Philosophy, m_ui->philosophyPlainTextEdit);
    bindText(BrandField::Goal, m_ui->goalPlainTextEdit);
}

BrandCulturePage::~BrandCulturePage() = default;

} // namespace branddesk
