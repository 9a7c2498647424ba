// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/assessment/assessmentresult.h"
#include "core/documents/printdocument.h"

#include <QDialog>

#include <memory>

namespace Ui {
class AssessmentReportDialog;
}

namespace branddesk {

class Session;

/// The report (通报) of the annual assessment with its table on A4 landscape: the issuer, the document number and
/// the date, then a preview that prints, or a PDF.
class AssessmentReportDialog : public QDialog {
    Q_OBJECT
public:
    AssessmentReportDialog(Session& session, AssessmentTable table, QWidget* parent = nullptr);
    ~AssessmentReportDialog() override;

    PrintDocument document() const;

private:
    std::unique_ptr<Ui::AssessmentReportDialog> m_ui;
    AssessmentTable m_table;
};

} // namespace branddesk
