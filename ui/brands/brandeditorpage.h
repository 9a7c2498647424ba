// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/brand.h"

#include <QWidget>

class QPlainTextEdit;

namespace branddesk {

/// One page of the brand editor, one standard each. A page loads its fields from a Brand and commits
/// them back; text fields bound with bindText() are handled here, so most pages only bind.
class BrandEditorPage : public QWidget {
    Q_OBJECT
public:
    using QWidget::QWidget;

    virtual BrandStandard standard() const = 0;
    virtual void load(const Brand& brand);
    virtual void commit(Brand& brand) const;

signals:
    /// The user changed something on the page.
    void edited();

protected:
    void bindText(BrandField field, QPlainTextEdit* edit);
    /// True while load() runs, so programmatic changes do not count as edits.
    bool isLoading() const { return m_loading; }
    void setLoading(bool loading) { m_loading = loading; }

private:
    QList<std::pair<BrandField, QPlainTextEdit*>> m_bindings;
    bool m_loading = false;
};

} // namespace branddesk
