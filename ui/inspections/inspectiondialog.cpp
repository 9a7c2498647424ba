// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/inspections/inspectiondialog.h"

#include "ui_inspectiondialog.h"

#include "core/audit/inspectionsnapshots.h"
#include "core/services/session.h"
#include "core/text/dates.h"
#include "ui/inspections/checklistmodel.h"
#include "ui/inspections/choicedelegate.h"
#include "ui/inspections/rectificationmodel.h"
#include "ui/widgets/departmentpicker.h"
#include "ui/widgets/messagebox.h"
#include "ui/widgets/readonlyform.h"
#include "ui/widgets/recordwatch.h"
#include "ui/widgets/textfieldshortcut.h"

#include <QApplication>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLocale>
#include <QShortcut>

namespace branddesk {
namespace {

/// Days a new demand is given by default: a month, as the office usually allows.
constexpr int kDefaultDeadlineDays = 30;

} // namespace

InspectionDialog::InspectionDialog(Session& session, qint64 departmentId, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::InspectionDialog>())
    , m_session(session)
    , m_checklist(new ChecklistModel(this))
    , m_rectifications(new RectificationModel(this))
{
    setUp();
    m_inspection.date = session.clock().today();
    setWindowTitle(tr("Record an inspection"));
    m_ui->dateDateEdit->setDate(m_inspection.date);
    m_ui->kindComboBox->setCurrentIndex(0);
    if (departmentId != 0)
        m_ui->departmentComboBox->setCurrentIndex(m_ui->departmentComboBox->findData(departmentId));
    refreshChecklist();
    m_ui->departmentComboBox->setFocus();
    if (m_readOnly)
        makeReadOnly();
}

InspectionDialog::InspectionDialog(Session& session, const Inspection& inspection, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::InspectionDialog>())
    , m_session(session)
    , m_checklist(new ChecklistModel(this))
    , m_rectifications(new RectificationModel(this))
    , m_inspection(inspection)
{
    setUp();
    load(inspection);
    if (m_readOnly)
        makeReadOnly();
    RecordWatch::attach(session, this, InspectionAuditEntities::kInspection, inspection.id);
}

InspectionDialog::~InspectionDialog() = default;

void InspectionDialog::setUp()
{
    m_ui->setupUi(this);
    m_readOnly = !m_session.currentUser().canWrite();
    const QDate today = m_session.clock().today();
    m_ui->dateDateEdit->setMaximumDate(today);
    for (InspectionKind kind : allInspectionKinds())
        m_ui->kindComboBox->addItem(inspectionKindName(kind), int(kind));
    fillDepartments();

    QTableView* checks = m_ui->checklistTableView;
    checks->setModel(m_checklist);
    checks->verticalHeader()->hide();
    checks->setSelectionBehavior(QAbstractItemView::SelectRows);
    QList<QPair<QString, int>> results;
    for (CheckResult result : allCheckResults())
        results.append({checkResultName(result), int(result)});
    checks->setItemDelegateForColumn(ChecklistModel::ResultColumn, new ChoiceDelegate(results, this));
    checks->horizontalHeader()->setSectionResizeMode(ChecklistModel::ItemColumn, QHeaderView::Interactive);
    checks->horizontalHeader()->setSectionResizeMode(ChecklistModel::ResultColumn, QHeaderView::ResizeToContents);
    checks->horizontalHeader()->setStretchLastSection(true);
    checks->setColumnWidth(ChecklistModel::ItemColumn, 24 * checks->fontMetrics().horizontalAdvance(QChar(0x4e2d)));
    checks->installEventFilter(this);

    m_rectifications->setToday(today);
    QTableView* demands = m_ui->rectificationsTableView;
    demands->setModel(m_rectifications);
    demands->verticalHeader()->hide();
    QList<QPair<QString, int>> statuses;
    for (RectificationStatus status : allRectificationStatuses())
        statuses.append({rectificationStatusName(status), int(status)});
    demands->setItemDelegateForColumn(RectificationModel::StatusColumn, new ChoiceDelegate(statuses, this));
    demands->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    demands->horizontalHeader()->setStretchLastSection(true);
    const int em = demands->fontMetrics().horizontalAdvance(QChar(0x4e2d));
    demands->setColumnWidth(RectificationModel::DemandColumn, 22 * em);
    demands->setColumnWidth(RectificationModel::DeadlineColumn, 7 * em);
    demands->setColumnWidth(RectificationModel::StatusColumn, 11 * em);
    demands->setColumnWidth(RectificationModel::DoneDateColumn, 7 * em);

    auto* saveShortcut = new QShortcut(QKeySequence::Save, this);
    connect(saveShortcut, &QShortcut::activated, this, &InspectionDialog::save);
    // Ctrl+Ins adds a demand while the cursor is in the findings too (a text field takes it as Copy otherwise).
    QShortcut* addShortcut = TextFieldShortcut::add(this, QKeySequence(Qt::CTRL | Qt::Key_Insert));
    connect(addShortcut, &QShortcut::activated, this, &InspectionDialog::addRectification);
    connect(m_ui->savePushButton, &QPushButton::clicked, this, &InspectionDialog::save);
    connect(m_ui->closePushButton, &QPushButton::clicked, this, &InspectionDialog::reject);
    connect(m_ui->addRectificationPushButton, &QPushButton::clicked, this, &InspectionDialog::addRectification);
    connect(m_ui->removeRectificationPushButton, &QPushButton::clicked, this, &InspectionDialog::removeRectification);
    connect(m_ui->departmentComboBox, &QComboBox::currentIndexChanged, this, &InspectionDialog::refreshChecklist);
    connect(m_ui->departmentComboBox, &QComboBox::editTextChanged, this, &InspectionDialog::refreshChecklist);
    connect(m_ui->dateDateEdit, &QDateEdit::dateChanged, this, &InspectionDialog::refreshChecklist);
}

void InspectionDialog::fillDepartments()
{
    QComboBox* combo = m_ui->departmentComboBox;
    Result<QList<Department>> departments = m_session.departments().activeDepartments();
    if (!departments) {
        MessageBox::error(this, tr("Inspections"), departments.error());
        return;
    }
    departmentpicker::fill(combo, *departments);
}

void InspectionDialog::load(const Inspection& inspection)
{
    setWindowTitle(tr("Inspection"));
    QComboBox* combo = m_ui->departmentComboBox;
    const int department = combo->findData(inspection.departmentId);
    if (department < 0) { // a deactivated department: still shown for its old inspections
        Result<Department> found = m_session.departments().find(inspection.departmentId);
        combo->addItem(found ? found->name : QString::number(inspection.departmentId), inspection.departmentId);
        combo->setCurrentIndex(combo->count() - 1);
    } else {
        combo->setCurrentIndex(department);
    }
    m_ui->dateDateEdit->setMinimumDate(std::min(inspection.date, m_ui->dateDateEdit->minimumDate()));
    m_ui->dateDateEdit->setDate(inspection.date);
    m_ui->kindComboBox->setCurrentIndex(m_ui->kindComboBox->findData(int(inspection.kind)));
    m_ui->inspectorsLineEdit->setText(inspection.inspectors);
    m_checklist->setChecks(inspection.checks);
    m_checklistFor = {inspection.departmentId, inspection.date};
    m_ui->findingsPlainTextEdit->setPlainText(inspection.findings);
    m_rectifications->setRectifications(inspection.rectifications);
    m_ui->recordedLabel->setText(tr("Recorded by %1 on %2")
                                     .arg(inspection.recordedBy.isEmpty() ? tr("unknown") : inspection.recordedBy,
                                          dates::shown(inspection.recordedAt.toLocalTime())));
    // Opened again, usually to follow the demands up.
    if (!inspection.rectifications.isEmpty()) {
        m_ui->rectificationsTableView->setFocus();
        m_ui->rectificationsTableView->setCurrentIndex(m_rectifications->index(0, RectificationModel::StatusColumn));
    } else {
        m_ui->findingsPlainTextEdit->setFocus();
    }
}

void InspectionDialog::makeReadOnly()
{
    setWindowTitle(tr("Inspection (read only)"));
    m_checklist->setReadOnly(true);
    m_rectifications->setReadOnly(true);
    readonlyform::apply(this, {m_ui->closePushButton});
}

qint64 InspectionDialog::selectedDepartmentId() const
{
    return departmentpicker::selectedId(m_ui->departmentComboBox);
}

void InspectionDialog::refreshChecklist()
{
    if (m_inspection.id != 0 || m_readOnly)
        return; // a stored inspection keeps the checklist it was made with
    const QPair<qint64, QDate> wanted{selectedDepartmentId(), m_ui->dateDateEdit->date()};
    if (wanted == m_checklistFor)
        return;
    m_checklistFor = wanted;
    if (wanted.first == 0) {
        m_checklist->mergeGenerated({});
        return;
    }
    Result<QList<InspectionCheck>> generated = m_session.inspections().checklistFor(wanted.first, wanted.second);
    if (!generated) {
        MessageBox::error(this, tr("Inspections"), generated.error());
        return;
    }
    m_checklist->mergeGenerated(*generated);
}

Inspection InspectionDialog::collect() const
{
    Inspection inspection = m_inspection;
    inspection.departmentId = selectedDepartmentId();
    inspection.date = m_ui->dateDateEdit->date();
    inspection.kind = InspectionKind(m_ui->kindComboBox->currentData().toInt());
    inspection.inspectors = m_ui->inspectorsLineEdit->text();
    inspection.checks = m_checklist->checks();
    inspection.findings = m_ui->findingsPlainTextEdit->toPlainText();
    inspection.rectifications = m_rectifications->rectifications();
    return inspection;
}

bool InspectionDialog::save()
{
    if (m_readOnly)
        return false;
    // A cell still being edited is committed when its editor loses the focus.
    if (QWidget* focused = QApplication::focusWidget(); focused != nullptr)
        for (QTableView* table : {m_ui->checklistTableView, m_ui->rectificationsTableView})
            if (table->viewport()->isAncestorOf(focused))
                table->setFocus();
    if (selectedDepartmentId() == 0 && !m_ui->departmentComboBox->currentText().trimmed().isEmpty()) {
        MessageBox::warning(this, tr("The inspection was not saved"),
                            tr("No single department matches “%1”. Type more of its name, or pick it from the list.")
                                .arg(m_ui->departmentComboBox->currentText().trimmed()));
        m_ui->departmentComboBox->setFocus();
        return false;
    }
    Result<Inspection> saved = m_session.inspections().save(collect());
    if (!saved) {
        MessageBox::error(this, tr("The inspection was not saved"), saved.error());
        return false;
    }
    m_saved = *saved;
    m_inspection = *saved;
    QDialog::accept();
    return true;
}

bool InspectionDialog::hasUnsavedInput() const
{
    if (m_readOnly)
        return false;
    const Inspection now = collect();
    if (m_inspection.id == 0)
        return !m_ui->departmentComboBox->currentText().trimmed().isEmpty() || !now.inspectors.trimmed().isEmpty() ||
               !now.findings.trimmed().isEmpty() || !now.rectifications.isEmpty() || m_checklist->isTouched();
    return now.departmentId != m_inspection.departmentId || now.date != m_inspection.date ||
           now.kind != m_inspection.kind || now.inspectors.simplified() != m_inspection.inspectors ||
           now.findings.trimmed() != m_inspection.findings || now.checks != m_inspection.checks ||
           now.rectifications != m_inspection.rectifications;
}

void InspectionDialog::reject()
{
    if (hasUnsavedInput() &&
        MessageBox::question(this, tr("Unsaved inspection"), tr("Discard the changes you have not saved?"),
                             QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel) != QMessageBox::Discard)
        return;
    QDialog::reject();
}

void InspectionDialog::addRectification()
{
    if (m_readOnly)
        return;
    const int row = m_rectifications->addRectification(m_ui->dateDateEdit->date().addDays(kDefaultDeadlineDays));
    QTableView* table = m_ui->rectificationsTableView;
    const QModelIndex demand = m_rectifications->index(row, RectificationModel::DemandColumn);
    table->setFocus();
    table->setCurrentIndex(demand);
    table->edit(demand);
}

void InspectionDialog::removeRectification()
{
    if (m_readOnly)
        return;
    const QModelIndex current = m_ui->rectificationsTableView->currentIndex();
    if (current.isValid())
        m_rectifications->removeRectification(current.row());
}

bool InspectionDialog::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_ui->checklistTableView && event->type() == QEvent::KeyPress && !m_readOnly) {
        const auto* key = static_cast<QKeyEvent*>(event);
        const Qt::KeyboardModifiers modifiers = key->modifiers() & ~Qt::KeypadModifier;
        std::optional<CheckResult> result;
        switch (key->key()) {
        case Qt::Key_1:
            result = CheckResult::Met;
            break;
        case Qt::Key_2:
            result = CheckResult::Partly;
            break;
        case Qt::Key_3:
            result = CheckResult::NotMet;
            break;
        case Qt::Key_0:
            result = CheckResult::NotChecked;
            break;
        default:
            break;
        }
        QTableView* table = m_ui->checklistTableView;
        const QModelIndex current = table->currentIndex();
        if (result && modifiers == Qt::NoModifier && current.column() != ChecklistModel::NoteColumn) {
            const int row = current.isValid() ? current.row() : 0;
            m_checklist->setResult(row, *result);
            const int next = std::min(row + 1, m_checklist->rowCount() - 1);
            table->setCurrentIndex(m_checklist->index(next, ChecklistModel::ResultColumn));
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace branddesk
