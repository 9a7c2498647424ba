// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/brand.h"

#include <QDialog>

#include <memory>

namespace Ui {
class BrandEditorDialog;
}

namespace branddesk {

class BrandEditorPage;
class Completeness;
class CompletenessWidget;
class Session;

/// Edits one service brand, a page per standard, with the live completeness checklist beside it.
/// Ctrl+S saves and keeps the editor open; closing with unsaved edits asks first.
class BrandEditorDialog : public QDialog {
    Q_OBJECT
public:
    /// Opens brand `brandId`, or a new brand for `departmentId` when `brandId` is 0.
    BrandEditorDialog(Session& session, qint64 brandId, qint64 departmentId, QWidget* parent = nullptr);
    ~BrandEditorDialog() override;

    /// False when the brand could not be loaded (the reason was shown); do not exec() then.
    bool isLoaded() const { return m_loaded; }
    bool isModified() const { return m_modified; }
    /// The brand as last saved (id 0 if never saved).
    const Brand& brand() const { return m_brand; }

public slots:
    /// Saves the pages' contents; returns false (and says why) when the save was refused.
    bool save();
    /// Close, Esc and the window's close button all come here: unsaved edits are asked about first.
    void reject() override;

signals:
    void saved(qint64 brandId);

private:
    Brand collect() const;
    /// For a reader who may not write (a leader): every field shown, nothing changeable.
    void makeReadOnly();
    void onEdited();
    /// The checklist beside the pages, and a light on each page's tab.
    void showCompleteness(const Completeness& completeness);
    void updateTitle();
    /// Asks what to do with unsaved edits; true when it is fine to close.
    bool confirmClose();

    std::unique_ptr<Ui::BrandEditorDialog> m_ui;
    Session& m_session;
    QList<BrandEditorPage*> m_pages;
    CompletenessWidget* m_checklist;
    Brand m_brand;
    bool m_loaded = false;
    bool m_modified = false;
};

} // namespace branddesk
