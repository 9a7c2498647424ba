// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/enterprise/activityentrydialog.h"

#include "ui_activityentrydialog.h"

#include "core/audit/enterprisesnapshots.h"
#include "core/services/session.h"
#include "ui/widgets/departmentpicker.h"
#include "ui/widgets/messagebox.h"
#include "ui/widgets/readonlyform.h"
#include "ui/widgets/recordwatch.h"

#include <QCompleter>
#include <QShortcut>
#include <QStringListModel>

namespace branddesk {

ActivityEntryDialog::ActivityEntryDialog(Session& session, qint64 departmentId, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ActivityEntryDialog>())
    , m_session(session)
{
    setUp();
    if (departmentId != 0)
        m_ui->departmentComboBox->setCurrentIndex(m_ui->departmentComboBox->findData(departmentId));
    m_ui->startDateEdit->setDate(session.clock().today());
    m_ui->endDateEdit->setDate(session.clock().today());
    updateKindFields();
}

ActivityEntryDialog::ActivityEntryDialog(Session& session, const Activity& activity, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ActivityEntryDialog>())
    , m_session(session)
    , m_activity(activity)
{
    setUp();
    load(activity);
    if (!session.currentUser().canWrite())
        setReadOnly();
    RecordWatch::attach(session, this, EnterpriseAuditEntities::kActivity, activity.id);
}

ActivityEntryDialog::~ActivityEntryDialog() = default;

void ActivityEntryDialog::setUp()
{
    m_ui->setupUi(this);
    for (ActivityKind kind : allActivityKinds())
        m_ui->kindComboBox->addItem(activityKindName(kind), int(kind));
    for (EnterpriseKind kind : {EnterpriseKind::Zone, EnterpriseKind::Enterprise, EnterpriseKind::Project})
        m_ui->targetComboBox->addItem(enterpriseKindName(kind), int(kind));
    m_ui->targetComboBox->setCurrentIndex(1);
    if (Result<QList<Department>> departments = m_session.departments().activeDepartments(); departments)
        departmentpicker::fill(m_ui->departmentComboBox, *departments);
    QStringList names;
    if (Result<QList<Enterprise>> enterprises = m_session.enterprise().enterprises(); enterprises)
        for (const Enterprise& e : *enterprises)
            names.append(e.name);
    auto* completer = new QCompleter(new QStringListModel(names, this), this);
    completer->setFilterMode(Qt::MatchContains);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_ui->enterpriseLineEdit->setCompleter(completer);
    m_ui->endDateEdit->setEnabled(false);

    auto* saveNext = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    auto* saveNextKeypad = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Enter), this);
    auto* saveClose = new QShortcut(QKeySequence::Save, this);
    connect(saveNext, &QShortcut::activated, this, &ActivityEntryDialog::saveAndNext);
    connect(saveNextKeypad, &QShortcut::activated, this, &ActivityEntryDialog::saveAndNext);
    connect(saveClose, &QShortcut::activated, this, &ActivityEntryDialog::saveAndClose);
    connect(m_ui->saveNextPushButton, &QPushButton::clicked, this, &ActivityEntryDialog::saveAndNext);
    connect(m_ui->savePushButton, &QPushButton::clicked, this, &ActivityEntryDialog::saveAndClose);
    connect(m_ui->closePushButton, &QPushButton::clicked, this, &ActivityEntryDialog::reject);
    connect(m_ui->kindComboBox, &QComboBox::currentIndexChanged, this, &ActivityEntryDialog::updateKindFields);
    connect(m_ui->severalDaysCheckBox, &QCheckBox::toggled, m_ui->endDateEdit, &QWidget::setEnabled);
    connect(m_ui->startDateEdit, &QDateEdit::dateChanged, this, [this](const QDate& start) {
        if (m_ui->endDateEdit->date() < start)
            m_ui->endDateEdit->setDate(start);
    });
}

void ActivityEntryDialog::updateKindFields()
{
    const auto kind = ActivityKind(m_ui->kindComboBox->currentData().toInt());
    m_ui->targetComboBox->setVisible(kind == ActivityKind::ThreeInto);
    const bool deliveries = kind == ActivityKind::FiveDeliveries;
    for (QCheckBox* box : {m_ui->policyCheckBox, m_ui->technologyCheckBox, m_ui->informationCheckBox,
                           m_ui->projectsCheckBox, m_ui->talentCheckBox})
        box->setVisible(deliveries);
    if (kind == ActivityKind::ConcentratedWeek && !m_ui->severalDaysCheckBox->isChecked()) {
        m_ui->severalDaysCheckBox->setChecked(true);
        m_ui->endDateEdit->setDate(m_ui->startDateEdit->date().addDays(4));
    }
}

void ActivityEntryDialog::load(const Activity& a)
{
    setWindowTitle(tr("Enterprise-service activity"));
    m_ui->saveNextPushButton->hide();
    m_ui->savePushButton->setText(tr("&Save (Ctrl+S)"));
    QComboBox* departments = m_ui->departmentComboBox;
    if (departments->findData(a.departmentId) < 0)
        departments->addItem(a.departmentName, a.departmentId);
    departments->setCurrentIndex(departments->findData(a.departmentId));
    m_ui->kindComboBox->setCurrentIndex(m_ui->kindComboBox->findData(int(a.kind)));
    m_ui->targetComboBox->setCurrentIndex(m_ui->targetComboBox->findData(int(a.target)));
    m_ui->policyCheckBox->setChecked(a.deliveries & DeliverPolicy);
    m_ui->technologyCheckBox->setChecked(a.deliveries & DeliverTechnology);
    m_ui->informationCheckBox->setChecked(a.deliveries & DeliverInformation);
    m_ui->projectsCheckBox->setChecked(a.deliveries & DeliverProjects);
    m_ui->talentCheckBox->setChecked(a.deliveries & DeliverTalent);
    m_ui->startDateEdit->setDate(a.startDate);
    m_ui->severalDaysCheckBox->setChecked(a.endDate.isValid());
    m_ui->endDateEdit->setDate(a.lastDate());
    m_ui->enterpriseLineEdit->setText(a.enterpriseName);
    m_ui->leaderLineEdit->setText(a.leadingOfficial);
    m_ui->participantsLineEdit->setText(a.participants);
    m_ui->descriptionPlainTextEdit->setPlainText(a.description);
    m_ui->outcomePlainTextEdit->setPlainText(a.outcome);
    updateKindFields();
}

void ActivityEntryDialog::setReadOnly()
{
    readonlyform::apply(this, {m_ui->closePushButton});
}

Activity ActivityEntryDialog::collect() const
{
    Activity a = m_activity;
    a.departmentId = departmentpicker::selectedId(m_ui->departmentComboBox);
    a.kind = ActivityKind(m_ui->kindComboBox->currentData().toInt());
    a.target = EnterpriseKind(m_ui->targetComboBox->currentData().toInt());
    a.deliveries = (m_ui->policyCheckBox->isChecked() ? DeliverPolicy : 0) |
                   (m_ui->technologyCheckBox->isChecked() ? DeliverTechnology : 0) |
                   (m_ui->informationCheckBox->isChecked() ? DeliverInformation : 0) |
                   (m_ui->projectsCheckBox->isChecked() ? DeliverProjects : 0) |
                   (m_ui->talentCheckBox->isChecked() ? DeliverTalent : 0);
    a.startDate = m_ui->startDateEdit->date();
    a.endDate = m_ui->severalDaysCheckBox->isChecked() ? m_ui->endDateEdit->date() : QDate();
    a.enterpriseName = m_ui->enterpriseLineEdit->text();
    a.leadingOfficial = m_ui->leaderLineEdit->text();
    a.participants = m_ui->participantsLineEdit->text();
    a.description = m_ui->descriptionPlainTextEdit->toPlainText();
    a.outcome = m_ui->outcomePlainTextEdit->toPlainText();
    return a;
}

bool ActivityEntryDialog::save()
{
    if (!m_session.currentUser().canWrite())
        return false;
    Result<Activity> saved = m_session.enterprise().saveActivity(collect());
    if (!saved) {
        MessageBox::error(this, windowTitle(), saved.error());
        return false;
    }
    m_activity = *saved;
    ++m_savedCount;
    m_ui->savedLabel->setText(tr("Saved: %1, %2 — %3 (%n this session)", nullptr, m_savedCount)
                                  .arg(saved->departmentName, saved->kindText(), saved->enterpriseName));
    if (auto* completer = m_ui->enterpriseLineEdit->completer())
        if (auto* names = qobject_cast<QStringListModel*>(completer->model());
            names && !saved->enterpriseName.isEmpty() && !names->stringList().contains(saved->enterpriseName))
            names->setStringList(names->stringList() << saved->enterpriseName);
    return true;
}

bool ActivityEntryDialog::saveAndNext()
{
    if (m_activity.id != 0) { // editing one: no "next"
        saveAndClose();
        return result() == QDialog::Accepted;
    }
    if (!save())
        return false;
    m_activity = Activity();
    m_ui->enterpriseLineEdit->clear();
    m_ui->participantsLineEdit->clear();
    m_ui->descriptionPlainTextEdit->clear();
    m_ui->outcomePlainTextEdit->clear();
    m_ui->enterpriseLineEdit->setFocus();
    return true;
}

void ActivityEntryDialog::saveAndClose()
{
    if (save())
        accept();
}

} // namespace branddesk
