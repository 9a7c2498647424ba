// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/logo.h"
#include "ui/brands/brandeditorpage.h"

#include <memory>
#include <optional>

namespace Ui {
class BrandLogoPage;
}

namespace branddesk {

/// Standard 2: the logo image, picked from a file and previewed, and the meaning of the logo.
class BrandLogoPage : public BrandEditorPage {
    Q_OBJECT
public:
    explicit BrandLogoPage(QWidget* parent = nullptr);
    ~BrandLogoPage() override;
    BrandStandard standard() const override { return BrandStandard::Logo; }
    void load(const Brand& brand) override;
    void commit(Brand& brand) const override;

public slots:
    /// Asks for an image file, checks it, and shows it; a refused file leaves the current logo.
    void chooseLogo();
    void removeLogo();

private:
    void showLogo();

    std::unique_ptr<Ui::BrandLogoPage> m_ui;
    std::optional<Logo> m_logo;
};

} // namespace branddesk
