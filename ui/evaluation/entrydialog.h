// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/brand.h"
#include "core/evaluation/evaluationrecords.h"

#include <QDialog>

#include <memory>

namespace Ui {
class EntryDialog;
}

namespace branddesk {

class EvaluationService;

/// Enters a brand in a round (自查申报) or edits its declaration: the brand (new entries only: those not yet
/// entered), the submission date, the declaration text — pre-filled from BrandDesk (brand fields, milestones
/// done, typical practices reported) when empty — and an optional file.
class EntryDialog : public QDialog {
    Q_OBJECT
public:
    /// `entry.id` 0: a new entry, choosing among `brands`; otherwise `entry` as stored, with its file.
    EntryDialog(EvaluationService& service, const EvaluationEntry& entry, const QList<BrandOverview>& brands,
                const QDate& today, QWidget* parent = nullptr);
    ~EntryDialog() override;

    const EvaluationEntry& entry() const { return m_entry; }
    /// Shows the declaration without letting it change (a leader, a locked round).
    void setReadOnly(bool readOnly);

public slots:
    void accept() override;
    /// Replaces the declaration with the text BrandDesk composes for the chosen brand.
    void fillDeclaration();
    void attachFile();
    /// Writes the declaration file as stored (or as just attached) where the user chooses.
    void saveFileAs();

private:
    void showFile();

    std::unique_ptr<Ui::EntryDialog> m_ui;
    EvaluationService& m_service;
    EvaluationEntry m_entry;
    bool m_fileChanged = false;
};

} // namespace branddesk
