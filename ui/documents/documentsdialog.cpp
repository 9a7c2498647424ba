// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/documents/documentsdialog.h"

#include "ui_documentsdialog.h"

#include "core/services/figurescollector.h"
#include "core/services/inspectionsheet.h"
#include "core/services/session.h"
#include "core/summary/supervisionsummary.h"
#include "ui/print/printpreview.h"
#include "ui/widgets/busywork.h"
#include "ui/widgets/filedialog.h"
#include "ui/widgets/messagebox.h"

#include <QCompleter>
#include <QShortcut>

namespace branddesk {

DocumentsDialog::DocumentsDialog(Session& session, Document document, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::DocumentsDialog>())
    , m_session(session)
{
    m_ui->setupUi(this);
    m_ui->documentComboBox->addItem(tr("Supervision summary (督查通报)"), int(Document::Summary));
    m_ui->documentComboBox->addItem(tr("Inspection sheets (督查表)"), int(Document::InspectionSheets));
    m_ui->documentComboBox->setCurrentIndex(m_ui->documentComboBox->findData(int(document)));

    QComboBox* departments = m_ui->departmentComboBox;
    departments->addItem(tr("All departments, each on its own pages"), 0);
    if (Result<QList<Department>> all = session.departments().activeDepartments(); all)
        for (const Department& d : *all)
            departments->addItem(d.name, d.id);
    auto* completer = new QCompleter(departments->model(), departments);
    completer->setFilterMode(Qt::MatchContains);
    completer->setCompletionMode(QCompleter::PopupCompletion);
    departments->setCompleter(completer);

    if (Result<std::optional<Campaign>> campaign = session.campaigns().current(); campaign && *campaign)
        m_ui->issuerLineEdit->setText(SummaryOptions::issuerFromNotice((*campaign)->noticeReference));
    m_ui->copyToLineEdit->setText(SummaryOptions::defaultCopyTo());
    setMonth(0);

    connect(m_ui->documentComboBox, &QComboBox::currentIndexChanged, this, &DocumentsDialog::documentChanged);
    connect(m_ui->thisMonthPushButton, &QPushButton::clicked, this, [this] { setMonth(0); });
    connect(m_ui->lastMonthPushButton, &QPushButton::clicked, this, [this] { setMonth(-1); });
    connect(m_ui->previewPushButton, &QPushButton::clicked, this, &DocumentsDialog::preview);
    connect(m_ui->pdfPushButton, &QPushButton::clicked, this, &DocumentsDialog::saveAsPdf);
    connect(m_ui->closePushButton, &QPushButton::clicked, this, &QDialog::accept);
    connect(new QShortcut(QKeySequence::Print, this), &QShortcut::activated, this, &DocumentsDialog::preview);
    documentChanged();
}

DocumentsDialog::~DocumentsDialog() = default;

DocumentsDialog::Document DocumentsDialog::document() const
{
    return Document(m_ui->documentComboBox->currentData().toInt());
}

DateRange DocumentsDialog::period() const
{
    return {m_ui->fromDateEdit->date(), m_ui->toDateEdit->date()};
}

void DocumentsDialog::setMonth(int offset)
{
    const QDate month = m_session.clock().today().addMonths(offset);
    m_ui->fromDateEdit->setDate(QDate(month.year(), month.month(), 1));
    m_ui->toDateEdit->setDate(QDate(month.year(), month.month(), month.daysInMonth()));
}

void DocumentsDialog::documentChanged()
{
    const bool summary = document() == Document::Summary;
    for (QWidget* widget :
         {static_cast<QWidget*>(m_ui->issuerLineEdit), static_cast<QWidget*>(m_ui->issuerLabel),
          static_cast<QWidget*>(m_ui->numberLineEdit), static_cast<QWidget*>(m_ui->numberLabel),
          static_cast<QWidget*>(m_ui->titleLineEdit), static_cast<QWidget*>(m_ui->titleLabel),
          static_cast<QWidget*>(m_ui->nextStepsPlainTextEdit), static_cast<QWidget*>(m_ui->nextStepsLabel),
          static_cast<QWidget*>(m_ui->copyToLineEdit), static_cast<QWidget*>(m_ui->copyToLabel)})
        widget->setVisible(summary);
    m_ui->departmentComboBox->setVisible(!summary);
    m_ui->departmentLabel->setVisible(!summary);
    setWindowTitle(summary ? tr("Supervision summary") : tr("Inspection sheets"));
}

Result<QList<PrintDocument>> DocumentsDialog::build()
{
    const DateRange range = period();
    if (range.end < range.start)
        return fail(Error::Code::Validation, tr("The period ends before it begins."));
    if (document() == Document::Summary) {
        Result<CampaignFigures> figures =
            readBusy<CampaignFigures>(this, tr("Collecting the figures…"), m_session,
                                      [&range](Session& reader) { return collectCampaignFigures(reader, range); });
        if (!figures)
            return fail(figures.error());
        SummaryOptions options;
        options.issuer = m_ui->issuerLineEdit->text().trimmed();
        options.documentNumber = m_ui->numberLineEdit->text().trimmed();
        options.title = m_ui->titleLineEdit->text().trimmed();
        options.nextSteps = m_ui->nextStepsPlainTextEdit->toPlainText();
        options.copyTo = m_ui->copyToLineEdit->text().trimmed();
        options.date = m_session.clock().today();
        return QList<PrintDocument>{buildSupervisionSummary(*figures, options)};
    }
    QList<qint64> ids;
    const QComboBox* departments = m_ui->departmentComboBox;
    const int chosen = departments->findText(departments->currentText(), Qt::MatchFixedString);
    if (chosen < 0)
        return fail(Error::Code::Validation,
                    tr("No department is called “%1”. Pick one from the list.").arg(departments->currentText()));
    if (const qint64 id = departments->itemData(chosen).toLongLong(); id != 0)
        ids.append(id);
    // Collected and made into documents in the worker: a thousand sheets are a moment's work either way.
    Result<QList<PrintDocument>> documents =
        readBusy<QList<PrintDocument>>(this, tr("Collecting the inspection sheets…"), m_session,
                                       [&ids, &range](Session& reader) -> Result<QList<PrintDocument>> {
                                           Result<QList<InspectionSheetData>> sheets =
                                               collectInspectionSheets(reader, ids, range);
                                           if (!sheets)
                                               return fail(sheets.error());
                                           QList<PrintDocument> built;
                                           built.reserve(sheets->size());
                                           for (const InspectionSheetData& sheet : *sheets)
                                               built.append(buildInspectionSheet(sheet));
                                           return built;
                                       });
    if (!documents)
        return fail(documents.error());
    if (documents->isEmpty())
        return fail(Error::Code::Validation, tr("There is no active department to print."));
    return documents;
}

void DocumentsDialog::preview()
{
    Result<QList<PrintDocument>> documents = build();
    if (!documents) {
        MessageBox::error(this, windowTitle(), documents.error());
        return;
    }
    PrintPreview::show(this, *documents);
}

void DocumentsDialog::saveAsPdf()
{
    Result<QList<PrintDocument>> documents = build();
    if (!documents) {
        MessageBox::error(this, windowTitle(), documents.error());
        return;
    }
    const QString name =
        document() == Document::Summary
            ? tr("Supervision summary %1.pdf").arg(m_ui->fromDateEdit->date().toString(QStringLiteral("yyyy-MM")))
            : tr("Inspection sheets %1.pdf").arg(m_session.clock().today().toString(Qt::ISODate));
    PrintPreview::saveAsPdf(this, *documents, name);
}

bool DocumentsDialog::saveTo(const QString& path)
{
    Result<QList<PrintDocument>> documents = build();
    if (!documents)
        return false;
    Result<PrintOutcome> written = PrintPreview::exportWithProgress(this, path, *documents);
    return written && *written == PrintOutcome::Done;
}

} // namespace branddesk
