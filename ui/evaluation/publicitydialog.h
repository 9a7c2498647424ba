// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/evaluation/evaluationrecords.h"

#include <QDialog>

#include <memory>

namespace Ui {
class PublicityDialog;
}

namespace branddesk {

class EvaluationService;

/// Records where a typical brand was publicised: outlet (TV, newspaper, website), date and title.
/// The publicity of one selected typical brand (典型宣传): the records so far, each deletable, and a form to
/// add another. Every change is saved at once (and audited); Close closes.
class PublicityDialog : public QDialog {
    Q_OBJECT
public:
    PublicityDialog(EvaluationService& service, qint64 entryId, const QDate& today, QWidget* parent = nullptr);
    ~PublicityDialog() override;

    /// Records the publicity typed in the form; the list shows it and the form clears for the next one.
    void addRecord();
    /// Deletes the selected record, after asking.
    void deleteSelected();

private:
    void showRecords();

    std::unique_ptr<Ui::PublicityDialog> m_ui;
    EvaluationService& m_service;
    qint64 m_entryId;
    QList<PublicityRecord> m_records;
};

} // namespace branddesk
