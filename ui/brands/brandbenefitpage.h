// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/brands/brandeditorpage.h"

#include <memory>

namespace Ui {
class BrandBenefitPage;
}

namespace branddesk {

/// Standard 5: the evidence of social benefit (社会效益).
class BrandBenefitPage : public BrandEditorPage {
    Q_OBJECT
public:
    explicit BrandBenefitPage(QWidget* parent = nullptr);
    ~BrandBenefitPage() override;
    BrandStandard standard() const override { return BrandStandard::SocialBenefit; }

private:
    std::unique_ptr<Ui::BrandBenefitPage> m_ui;
};

} // namespace branddesk
