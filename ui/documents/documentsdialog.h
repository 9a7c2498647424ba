// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/campaign/dekad.h"
#include "core/documents/printdocument.h"
#include "core/error.h"

#include <QDialog>

#include <memory>

namespace Ui {
class DocumentsDialog;
}

namespace branddesk {

class Session;

/// Prints the supervision summary (督查通报) of a period, or the inspection sheets (督查表) of one or all
/// departments: the clerk sets the period, the document number and the next steps, previews, prints or
/// saves a PDF (the batch runs off the UI thread with progress and cancel).
class DocumentsDialog : public QDialog {
    Q_OBJECT
public:
    enum class Document { Summary, InspectionSheets };

    DocumentsDialog(Session& session, Document document, QWidget* parent = nullptr);
    ~DocumentsDialog() override;

    /// The documents as the dialog's fields say, built from the database now.
    Result<QList<PrintDocument>> build();
    /// Writes the documents to `path` (with progress); returns whether it did.
    bool saveTo(const QString& path);

public slots:
    void preview();
    void saveAsPdf();

private:
    Document document() const;
    DateRange period() const;
    void documentChanged();
    void setMonth(int offset);

    std::unique_ptr<Ui::DocumentsDialog> m_ui;
    Session& m_session;
};

} // namespace branddesk
