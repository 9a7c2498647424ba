// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/brands/brandeditorpage.h"

#include <QPlainTextEdit>

namespace branddesk {

void BrandEditorPage::bindText(BrandField field, QPlainTextEdit* edit)
{
    m_bindings.append({field, edit});
    edit->setPlaceholderText(brandFieldName(field));
    connect(edit, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_loading)
            emit edited();
    });
}

void BrandEditorPage::load(const Brand& brand)
{
    m_loading = true;
    for (const auto& [field, edit] : m_bindings)
        edit->setPlainText(brand.text(field));
    m_loading = false;
}

void BrandEditorPage::commit(Brand& brand) const
{
    for (const auto& [field, edit] : m_bindings)
        brand.setText(field, edit->toPlainText());
}

} // namespace branddesk
