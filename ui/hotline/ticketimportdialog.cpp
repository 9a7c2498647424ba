// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/hotline/ticketimportdialog.h"

#include "core/services/departmentimport.h"
#include "core/services/session.h"
#include "ui/backup/backupwithprogress.h"
#include "ui/widgets/filedialog.h"
#include "ui/widgets/messagebox.h"

#include "ui_ticketimportdialog.h"

#include <QCryptographicHash>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QSettings>

namespace branddesk {

TicketImportDialog::TicketImportDialog(Session& session, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::TicketImportDialog>())
    , m_session(session)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("ticketImportDialog"));
    // In the order of TicketImportField.
    m_columnCombos = {m_ui->numberComboBox,     m_ui->receivedAtComboBox,  m_ui->channelComboBox,
                      m_ui->callerNameComboBox, m_ui->callerPhoneComboBox, m_ui->kindComboBox,
                      m_ui->departmentComboBox, m_ui->contentComboBox};
    for (QComboBox* combo : m_columnCombos)
        connect(combo, &QComboBox::currentIndexChanged, this, &TicketImportDialog::replan);
    m_importButton = m_ui->dialogButtonBox->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_importButton->setObjectName(QStringLiteral("importPushButton"));
    m_importButton->setEnabled(false);
    m_importButton->setDefault(true);

    connect(m_ui->chooseFilePushButton, &QPushButton::clicked, this, &TicketImportDialog::chooseFile);
    // The Import button is an AcceptRole button: the box's accepted() does the import, which closes on success.
    connect(m_ui->dialogButtonBox, &QDialogButtonBox::accepted, this, &TicketImportDialog::importRows);
    connect(m_ui->dialogButtonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

TicketImportDialog::~TicketImportDialog() = default;

bool TicketImportDialog::chooseFile()
{
    const QString path =
        FileDialog::getOpenFileName(this, tr("Import from 12345"), tr("Spreadsheets (*.xlsx *.csv);;All files (*)"));
    if (path.isEmpty())
        return false;
    load(path);
    return true;
}

void TicketImportDialog::load(const QString& path)
{
    m_table.reset();
    m_plan.reset();
    m_ui->fileLabel->setText(path);
    Result<Table> table = DepartmentImport::readFile(path);
    if (table && table->size() < 2)
        table = fail(Error::Code::Validation, tr("The file has no rows under its column titles."));
    if (!table) {
        fillColumnChoices({});
        m_ui->summaryLabel->setText(table.error().message);
        showPlan();
        return;
    }
    m_table = std::move(*table);
    const TicketColumnMapping remembered = TicketColumnMapping::fromString(QSettings().value(settingsKey()).toString());
    fillColumnChoices(remembered == TicketColumnMapping() ? TicketImport::guessMapping(m_table->first().cells)
                                                          : remembered);
    replan();
}

QString TicketImportDialog::settingsKey() const
{
    const QByteArray header = m_table ? m_table->first().cells.join(QChar(0x1f)).toUtf8() : QByteArray();
    return QStringLiteral("hotlineImport/mapping/") +
           QString::fromLatin1(QCryptographicHash::hash(header, QCryptographicHash::Sha1).toHex().left(16));
}

void TicketImportDialog::fillColumnChoices(const TicketColumnMapping& mapping)
{
    const QStringList titles = m_table ? m_table->first().cells : QStringList();
    for (TicketImportField field : allTicketImportFields()) {
        QComboBox* combo = m_columnCombos.at(std::size_t(field));
        const QSignalBlocker block(combo);
        combo->clear();
        combo->addItem(isRequiredTicketImportField(field) ? tr("(choose a column)") : tr("(none)"), -1);
        for (int c = 0; c < titles.size(); ++c)
            combo->addItem(titles.at(c).isEmpty() ? tr("Column %1").arg(c + 1) : titles.at(c), c);
        combo->setCurrentIndex(std::max(0, combo->findData(mapping.column(field))));
    }
}

TicketColumnMapping TicketImportDialog::mapping() const
{
    TicketColumnMapping mapping;
    for (TicketImportField field : allTicketImportFields())
        mapping.set(field, m_columnCombos.at(std::size_t(field))->currentData().toInt());
    return mapping;
}

void TicketImportDialog::replan()
{
    m_plan.reset();
    if (!m_table) {
        showPlan();
        return;
    }
    const TicketColumnMapping chosen = mapping();
    if (!chosen.isComplete()) {
        QStringList names;
        for (TicketImportField field : chosen.missing())
            names.append(ticketImportFieldName(field));
        m_ui->summaryLabel->setText(tr("Choose the columns of: %1.").arg(names.join(tr(", "))));
        showPlan();
        return;
    }
    const Result<QList<Department>> departments = m_session.departments().activeDepartments();
    const Result<QList<Ticket>> stored = m_session.hotline().tickets();
    if (!departments || !stored) {
        m_ui->summaryLabel->setText((departments ? stored.error() : departments.error()).message);
        showPlan();
        return;
    }
    // Remembered as soon as it is complete: a clerk who fixes a bad row in the file comes back to the same columns.
    QSettings().setValue(settingsKey(), chosen.toString());
    m_plan = TicketImport::plan(*m_table, chosen, *departments, *stored);
    showPlan();
}

void TicketImportDialog::showPlan()
{
    m_ui->previewTableWidget->setRowCount(0);
    m_importButton->setEnabled(false);
    if (!m_plan)
        return;
    const QStringList actions = {tr("new"), tr("update"), tr("error")};
    m_ui->previewTableWidget->setRowCount(int(m_plan->rows.size()));
    for (int r = 0; r < m_plan->rows.size(); ++r) {
        const TicketImportRow& row = m_plan->rows.at(r);
        const bool error = row.action == TicketImportAction::Error;
        const Ticket& t = row.ticket;
        const QStringList cells = {QString::number(row.line),
                                   actions.at(int(row.action)),
                                   t.number,
                                   error || !t.receivedAt.isValid()
                                       ? QString()
                                       : t.receivedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                                   error ? QString() : t.departmentName,
                                   error ? row.reason : t.content.left(80)};
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells.at(c));
            if (error)
                item->setForeground(QColor(0xb0, 0x1c, 0x1c));
            m_ui->previewTableWidget->setItem(r, c, item);
        }
    }
    m_ui->previewTableWidget->resizeColumnsToContents();
    QString summary = tr("%1 new, %2 to update, %3 with errors.")
                          .arg(m_plan->count(TicketImportAction::New))
                          .arg(m_plan->count(TicketImportAction::Update))
                          .arg(m_plan->count(TicketImportAction::Error));
    if (m_plan->hasErrors())
        summary += QLatin1Char(' ') + tr("Nothing can be imported until every row is correct.");
    m_ui->summaryLabel->setText(summary);
    m_importButton->setEnabled(!m_plan->hasErrors() && !m_plan->rows.isEmpty());
}

void TicketImportDialog::importRows()
{
    if (!m_plan || m_plan->hasErrors())
        return;
    // The backup before the import is a copy of the whole file: off the UI thread, and it can be cancelled.
    const Result<BackupFile> backup =
        backUpWithProgress(this, tr("Backing up the database before the import…"), m_session.database().path(),
                           m_session.clock(), BackupReason::Import);
    if (!backup && backup.error().code == Error::Code::Cancelled) {
        MessageBox::information(this, tr("Import from 12345"),
                                tr("The backup was cancelled, so nothing was imported."));
        return;
    }
    if (!backup) {
        MessageBox::error(this, tr("Import from 12345"), backup.error());
        return;
    }
    const Result<int> written = m_session.hotline().importTickets(*m_plan);
    if (!written) {
        MessageBox::error(this, tr("Import from 12345"), written.error());
        return;
    }
    accept();
}

} // namespace branddesk
