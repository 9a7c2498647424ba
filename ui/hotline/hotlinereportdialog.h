// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/documents/printdocument.h"

#include <QDialog>

#include <memory>
#include <optional>

namespace Ui {
class HotlineReportDialog;
}

namespace branddesk {

class Session;

/// The monthly hotline report (热线工作通报): the month (the last one by default), the issuer, the document
/// number and the date, then a preview that prints, or a PDF.
class HotlineReportDialog : public QDialog {
    Q_OBJECT
public:
    explicit HotlineReportDialog(Session& session, QWidget* parent = nullptr);
    ~HotlineReportDialog() override;

    /// The report as the form stands; a failure is shown and gives nothing.
    std::optional<PrintDocument> document();

private:
    std::unique_ptr<Ui::HotlineReportDialog> m_ui;
    Session& m_session;
};

} // namespace branddesk
