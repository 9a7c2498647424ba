// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/department.h"
#include "ui/brands/brandeditorpage.h"

#include <memory>

namespace Ui {
class BrandNamePage;
}

namespace branddesk {

/// Standard 1: the brand's name, with its department and its status along the campaign.
class BrandNamePage : public BrandEditorPage {
    Q_OBJECT
public:
    /// `departments` are offered in the picker (the brand's own is added if it is inactive).
    BrandNamePage(const QList<Department>& departments, QWidget* parent = nullptr);
    ~BrandNamePage() override;
    BrandStandard standard() const override { return BrandStandard::Name; }
    void load(const Brand& brand) override;
    void commit(Brand& brand) const override;

private:
    void updateNameHint();

    std::unique_ptr<Ui::BrandNamePage> m_ui;
    QList<Department> m_departments;
};

} // namespace branddesk
