// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/brands/brandeditorpage.h"

#include <memory>

namespace Ui {
class BrandCulturePage;
}

namespace branddesk {

/// Standard 3: the brand's culture (机关宗旨, 组织精神, 服务理念, 品牌目标).
class BrandCulturePage : public BrandEditorPage {
    Q_OBJECT
public:
    explicit BrandCulturePage(QWidget* parent = nullptr);
    ~BrandCulturePage() override;
    BrandStandard standard() const override { return BrandStandard::Culture; }

private:
    std::unique_ptr<Ui::BrandCulturePage> m_ui;
};

} // namespace branddesk
