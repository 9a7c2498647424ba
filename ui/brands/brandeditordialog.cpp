// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/brands/brandeditordialog.h"

#include "ui_brandeditordialog.h"

#include "core/audit/auditentry.h"
#include "core/domain/completeness.h"
#include "core/services/session.h"
#include "ui/brands/brandbenefitpage.h"
#include "ui/brands/brandculturepage.h"
#include "ui/brands/brandlogopage.h"
#include "ui/brands/brandnamepage.h"
#include "ui/brands/brandservicepage.h"
#include "ui/brands/completenesswidget.h"
#include "ui/widgets/messagebox.h"
#include "ui/widgets/readonlyform.h"
#include "ui/widgets/recordwatch.h"
#include "ui/widgets/statusicon.h"

#include <QAction>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>

namespace branddesk {

BrandEditorDialog::BrandEditorDialog(Session& session, qint64 brandId, qint64 departmentId, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::BrandEditorDialog>())
    , m_session(session)
    , m_checklist(new CompletenessWidget(this))
{
    m_ui->setupUi(this);
    m_ui->checklistLayout->addWidget(m_checklist);
    m_ui->splitter->setStretchFactor(0, 3);
    m_ui->splitter->setStretchFactor(1, 1);
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setText(tr("Sa&ve")); // Alt+S is the status
    m_ui->buttonBox->button(QDialogButtonBox::Close)->setText(tr("Close"));
    connect(m_ui->buttonBox->button(QDialogButtonBox::Save), &QPushButton::clicked, this, &BrandEditorDialog::save);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &BrandEditorDialog::reject);

    auto* saveAction = new QAction(tr("Save"), this);
    saveAction->setShortcut(QKeySequence::Save);
    connect(saveAction, &QAction::triggered, this, &BrandEditorDialog::save);
    addAction(saveAction);

    Result<QList<Department>> departments = session.departments().activeDepartments();
    if (!departments) {
        MessageBox::error(parent, tr("Service brand"), departments.error());
        return;
    }
    if (brandId != 0) {
        Result<Brand> loaded = session.brands().find(brandId);
        if (!loaded) {
            MessageBox::error(parent, tr("Service brand"), loaded.error());
            return;
        }
        m_brand = *loaded;
    } else {
        m_brand.departmentId = departmentId;
    }

    m_pages = {new BrandNamePage(*departments, this), new BrandLogoPage(this), new BrandCulturePage(this),
               new BrandServicePage(this), new BrandBenefitPage(this)};
    for (BrandEditorPage* page : m_pages) {
        page->load(m_brand);
        m_ui->pagesTabWidget->addTab(page, brandStandardName(page->standard()));
        connect(page, &BrandEditorPage::edited, this, &BrandEditorDialog::onEdited);
    }
    showCompleteness(Completeness::of(m_brand));
    m_loaded = true;
    updateTitle();
    if (!session.currentUser().canWrite())
        makeReadOnly();
    RecordWatch::attach(session, this, AuditEntities::kBrand, m_brand.id);
}

void BrandEditorDialog::makeReadOnly()
{
    // A leader reads every field (and can select and copy the text) but is offered no change.
    readonlyform::apply(this);
    setWindowTitle(tr("%1 (read only)").arg(windowTitle()));
}

BrandEditorDialog::~BrandEditorDialog() = default;

Brand BrandEditorDialog::collect() const
{
    Brand brand = m_brand;
    for (const BrandEditorPage* page : m_pages)
        page->commit(brand);
    return brand;
}

void BrandEditorDialog::onEdited()
{
    m_modified = true;
    showCompleteness(Completeness::of(collect()));
    updateTitle();
}

void BrandEditorDialog::showCompleteness(const Completeness& completeness)
{
    m_checklist->show(completeness);
    for (int index = 0; index < m_pages.size(); ++index) {
        const BrandStandard standard = m_pages.at(index)->standard();
        const Light light = completeness.isMet(standard)          ? Light::Green
                            : completeness.metCount(standard) > 0 ? Light::Yellow
                                                                  : Light::Red;
        m_ui->pagesTabWidget->setTabIcon(index, lightIcon(light));
    }
}

void BrandEditorDialog::updateTitle()
{
    const QString name = m_brand.id == 0 ? tr("New service brand") : tr("Service brand — %1").arg(m_brand.name());
    setWindowTitle(m_modified ? name + QStringLiteral(" *") : name);
}

bool BrandEditorDialog::save()
{
    const Brand edited = collect();
    Result<Brand> stored = edited.id == 0 ? m_session.brands().add(edited) : m_session.brands().update(edited);
    if (!stored) {
        MessageBox::error(this, tr("The brand was not saved"), stored.error());
        return false;
    }
    m_brand = *stored;
    m_modified = false;
    for (BrandEditorPage* page : m_pages)
        page->load(m_brand);
    showCompleteness(Completeness::of(m_brand));
    updateTitle();
    emit saved(m_brand.id);
    return true;
}

bool BrandEditorDialog::confirmClose()
{
    if (!m_modified)
        return true;
    const auto answer = MessageBox::question(
        this, tr("Unsaved changes"), tr("The brand has changes that are not saved. Save them before closing?"),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

void BrandEditorDialog::reject()
{
    if (confirmClose())
        QDialog::reject();
}

} // namespace branddesk
