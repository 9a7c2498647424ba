// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/evaluation/entrydialog.h"

#include "ui_entrydialog.h"

#include "core/services/evaluationservice.h"
#include "ui/widgets/filedialog.h"
#include "ui/widgets/messagebox.h"
#include "ui/widgets/readonlyform.h"

#include <QFile>
#include <QFileInfo>
#include <QPushButton>
#include <QSaveFile>

namespace branddesk {
namespace {

constexpr qint64 kMaxFileBytes = 20 * 1024 * 1024;

} // namespace

EntryDialog::EntryDialog(EvaluationService& service, const EvaluationEntry& entry, const QList<BrandOverview>& brands,
                         const QDate& today, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::EntryDialog>())
    , m_service(service)
    , m_entry(entry)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("entryDialog"));
    if (m_entry.id == 0) {
        for (const BrandOverview& overview : brands)
            m_ui->brandComboBox->addItem(tr("%1 (%2)").arg(overview.brand.name(), overview.departmentName),
                                         overview.brand.id);
        m_ui->submittedDateEdit->setDate(today);
    } else {
        m_ui->brandComboBox->addItem(tr("%1 (%2)").arg(m_entry.brandName, m_entry.departmentName), m_entry.brandId);
        m_ui->brandComboBox->setEnabled(false);
        m_ui->submittedDateEdit->setDate(m_entry.submittedOn);
        m_ui->declarationPlainTextEdit->setPlainText(m_entry.declaration);
    }
    m_ui->submittedDateEdit->setMaximumDate(today);
    showFile();
    connect(m_ui->fillDeclarationPushButton, &QPushButton::clicked, this, &EntryDialog::fillDeclaration);
    connect(m_ui->attachFilePushButton, &QPushButton::clicked, this, &EntryDialog::attachFile);
    connect(m_ui->saveFilePushButton, &QPushButton::clicked, this, &EntryDialog::saveFileAs);
    connect(m_ui->removeFilePushButton, &QPushButton::clicked, this, [this] {
        m_entry.file.clear();
        m_entry.fileName.clear();
        m_fileChanged = true;
        showFile();
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &EntryDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &EntryDialog::reject);
    connect(m_ui->brandComboBox, &QComboBox::currentIndexChanged, this, [this] {
        if (m_ui->declarationPlainTextEdit->toPlainText().trimmed().isEmpty())
            fillDeclaration();
    });
    if (m_entry.id == 0 && m_ui->brandComboBox->count() > 0)
        fillDeclaration();
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setEnabled(m_ui->brandComboBox->count() > 0);
}

EntryDialog::~EntryDialog() = default;

void EntryDialog::setReadOnly(bool readOnly)
{
    if (!readOnly)
        return; // the form opens editable
    // A leader, or a locked round: the declaration is read, its file can be saved as a copy, nothing changes.
    m_ui->buttonBox->setStandardButtons(QDialogButtonBox::Close);
    readonlyform::apply(this, {m_ui->saveFilePushButton});
}

void EntryDialog::fillDeclaration()
{
    const qint64 brandId = m_ui->brandComboBox->currentData().toLongLong();
    if (brandId == 0)
        return;
    const Result<QString> draft = m_service.declarationDraft(brandId);
    if (!draft) {
        MessageBox::error(this, tr("Self-declaration"), draft.error());
        return;
    }
    m_ui->declarationPlainTextEdit->setPlainText(*draft);
}

void EntryDialog::attachFile()
{
    const QString path = FileDialog::getOpenFileName(this, tr("Attach the declaration file"), tr("All files (*)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).size() > kMaxFileBytes) {
        MessageBox::warning(this, tr("Self-declaration"), tr("The file is larger than 20 MB."));
        return;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        MessageBox::warning(this, tr("Self-declaration"),
                            tr("%1 cannot be read: %2").arg(QFileInfo(path).fileName(), file.errorString()));
        return;
    }
    m_entry.file = file.readAll();
    m_entry.fileName = QFileInfo(path).fileName();
    m_fileChanged = true;
    showFile();
}

void EntryDialog::saveFileAs()
{
    if (m_entry.fileName.isEmpty())
        return;
    const QString path = FileDialog::getSaveFileName(this, tr("Save a copy of the declaration file"), m_entry.fileName,
                                                     tr("All files (*)"));
    if (path.isEmpty())
        return;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(m_entry.file) != m_entry.file.size() || !file.commit())
        MessageBox::warning(this, tr("Self-declaration"),
                            tr("The file %1 could not be written: %2").arg(path, file.errorString()));
}

void EntryDialog::showFile()
{
    const bool has = !m_entry.fileName.isEmpty();
    m_ui->fileLabel->setText(has ? m_entry.fileName : tr("None"));
    m_ui->removeFilePushButton->setEnabled(has);
    m_ui->saveFilePushButton->setEnabled(has);
}

void EntryDialog::accept()
{
    m_entry.brandId = m_ui->brandComboBox->currentData().toLongLong();
    m_entry.submittedOn = m_ui->submittedDateEdit->date();
    m_entry.declaration = m_ui->declarationPlainTextEdit->toPlainText();
    const Result<EvaluationEntry> saved =
        m_entry.id == 0 ? m_service.enter(m_entry) : m_service.saveEntry(m_entry, !m_fileChanged);
    if (!saved) {
        MessageBox::error(this, tr("Self-declaration"), saved.error());
        return;
    }
    m_entry = *saved;
    QDialog::accept();
}

} // namespace branddesk
