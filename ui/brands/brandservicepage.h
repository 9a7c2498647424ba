// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/brands/brandeditorpage.h"

#include <memory>

namespace Ui {
class BrandServicePage;
}

namespace branddesk {

/// Standard 4: the service system (服务主体, 内容, 举措, 承诺, 制度).
class BrandServicePage : public BrandEditorPage {
    Q_OBJECT
public:
    explicit BrandServicePage(QWidget* parent = nullptr);
    ~BrandServicePage() override;
    BrandStandard standard() const override { return BrandStandard::ServiceSystem; }

private:
    std::unique_ptr<Ui::BrandServicePage> m_ui;
};

} // namespace branddesk
