// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/departments/departmentdialog.h"

#include "ui_departmentdialog.h"

#include "core/audit/auditentry.h"
#include "core/domain/validation.h"
#include "core/services/session.h"
#include "ui/mail/reminderlogview.h"
#include "ui/widgets/mergeoffer.h"
#include "ui/widgets/messagebox.h"
#include "ui/widgets/recordwatch.h"

#include <QLabel>
#include <QPushButton>

namespace branddesk {

DepartmentDialog::DepartmentDialog(Session& session, std::optional<Department> existing, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::DepartmentDialog>())
    , m_service(session.departments())
    , m_original(std::move(existing))
{
    m_ui->setupUi(this);
    for (DepartmentCategory category : allDepartmentCategories())
        m_ui->categoryComboBox->addItem(departmentCategoryName(category), static_cast<int>(category));
    m_ui->nameLineEdit->setMaxLength(TextLimits::kName);
    m_ui->shortNameLineEdit->setMaxLength(TextLimits::kShortName);
    m_ui->principalLeaderLineEdit->setMaxLength(TextLimits::kPerson);
    m_ui->leaderInChargeLineEdit->setMaxLength(TextLimits::kPerson);
    m_ui->contactLineEdit->setMaxLength(TextLimits::kPerson);
    m_ui->phoneLineEdit->setMaxLength(TextLimits::kPhone);
    m_ui->emailLineEdit->setMaxLength(TextLimits::kEmail);
    m_ui->nameLineEdit->setPlaceholderText(tr("e.g. 常州市发展和改革委员会"));
    m_ui->phoneLineEdit->setPlaceholderText(tr("e.g. 0519-85680780"));
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setText(tr("Sa&ve")); // Alt+S is the sort order
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &DepartmentDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &DepartmentDialog::reject);

    if (m_original) {
        setWindowTitle(tr("Edit department — %1").arg(m_original->name));
        load(*m_original);
        RecordWatch::attach(
            session, this, AuditEntities::kDepartment, m_original->id, [this] { reloadStored(); },
            [this] { return hasUnsavedEdits(); });
        // The department's record: the reminders (催报) it was sent, as they went out.
        auto* log = new ReminderLogView(session, this);
        log->setMinimumHeight(fontMetrics().height() * 6);
        log->showDepartment(m_original->id, m_original->name);
        auto* caption = new QLabel(tr("&Reminders sent:"), this);
        caption->setBuddy(log);
        const int at = m_ui->mainLayout->indexOf(m_ui->buttonBox);
        m_ui->mainLayout->insertWidget(at, caption);
        m_ui->mainLayout->insertWidget(at + 1, log, 1);
    } else {
        setWindowTitle(tr("New department"));
        Department fresh;
        fresh.active = true;
        load(fresh);
    }
    m_ui->nameLineEdit->setFocus();
}

DepartmentDialog::~DepartmentDialog() = default;

void DepartmentDialog::load(const Department& d)
{
    m_department = d;
    m_ui->nameLineEdit->setText(d.name);
    m_ui->shortNameLineEdit->setText(d.shortName);
    m_ui->categoryComboBox->setCurrentIndex(m_ui->categoryComboBox->findData(static_cast<int>(d.category)));
    m_ui->enterpriseFacingCheckBox->setChecked(d.enterpriseFacing);
    m_ui->supervisesCheckBox->setChecked(d.supervisesIntermediaries);
    m_ui->principalLeaderLineEdit->setText(d.principalLeader);
    m_ui->leaderInChargeLineEdit->setText(d.leaderInCharge);
    m_ui->contactLineEdit->setText(d.contactPerson);
    m_ui->phoneLineEdit->setText(d.phone);
    m_ui->emailLineEdit->setText(d.email);
    m_ui->sortOrderSpinBox->setValue(d.sortOrder);
    m_ui->activeCheckBox->setChecked(d.active);
}

Department DepartmentDialog::commit() const
{
    Department d = m_department;
    d.name = m_ui->nameLineEdit->text();
    d.shortName = m_ui->shortNameLineEdit->text();
    d.category = static_cast<DepartmentCategory>(m_ui->categoryComboBox->currentData().toInt());
    d.enterpriseFacing = m_ui->enterpriseFacingCheckBox->isChecked();
    d.supervisesIntermediaries = m_ui->supervisesCheckBox->isChecked();
    d.principalLeader = m_ui->principalLeaderLineEdit->text().trimmed();
    d.leaderInCharge = m_ui->leaderInChargeLineEdit->text().trimmed();
    d.contactPerson = m_ui->contactLineEdit->text().trimmed();
    d.phone = m_ui->phoneLineEdit->text().trimmed();
    d.email = m_ui->emailLineEdit->text().trimmed();
    d.sortOrder = m_ui->sortOrderSpinBox->value();
    d.active = m_ui->activeCheckBox->isChecked();
    return d;
}

void DepartmentDialog::reloadStored()
{
    Result<Department> stored = m_service.find(m_department.id);
    if (!stored) {
        MessageBox::error(this, tr("The department could not be read"), stored.error());
        return;
    }
    m_original = *stored;
    load(*stored);
}

bool DepartmentDialog::hasUnsavedEdits() const
{
    return !mergeDepartments(m_department, commit(), m_department).myFields.isEmpty();
}

Result<Department> DepartmentDialog::offerMerge(const Department& edited, const Error& refusal)
{
    Result<Department> theirs = m_service.find(edited.id);
    if (!theirs)
        return fail(refusal);
    const MergeResult<Department> merge = mergeDepartments(m_department, edited, *theirs);
    if (Result<void> agreed = mergeoffer::confirm(this, refusal, AuditEntities::kDepartment, merge); !agreed)
        return fail(agreed.error());
    // Undo takes the department back to the version the other PC stored, not past it.
    m_original = *theirs;
    m_department = *theirs;
    load(merge.merged);
    return m_service.update(merge.merged);
}

void DepartmentDialog::accept()
{
    const Department edited = commit();
    Result<Department> stored = m_original ? m_service.update(edited) : m_service.add(edited);
    if (!stored && m_original && stored.error().code == Error::Code::Conflict)
        stored = offerMerge(edited, stored.error());
    if (!stored && stored.error().code == Error::Code::Cancelled)
        return;
    if (!stored) {
        MessageBox::error(this, tr("The department was not saved"), stored.error());
        m_ui->nameLineEdit->setFocus();
        return;
    }
    m_department = *stored;
    QDialog::accept();
}

} // namespace branddesk
