// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/enterprise/problemdialog.h"

#include "ui_problemdialog.h"

#include "core/audit/enterprisesnapshots.h"
#include "core/services/session.h"
#include "ui/widgets/departmentpicker.h"
#include "ui/widgets/messagebox.h"
#include "ui/widgets/readonlyform.h"
#include "ui/widgets/recordwatch.h"

#include <QCompleter>
#include <QHeaderView>
#include <QPushButton>
#include <QStringListModel>

namespace branddesk {

ProblemDialog::ProblemDialog(Session& session, const Problem& problem, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ProblemDialog>())
    , m_session(session)
    , m_problem(problem)
{
    m_ui->setupUi(this);
    m_readOnly = !session.currentUser().canWrite();
    for (ProblemStatus status : allProblemStatuses())
        m_ui->statusComboBox->addItem(problemStatusName(status), int(status));
    if (Result<QList<Department>> departments = session.departments().activeDepartments(); departments)
        departmentpicker::fill(m_ui->departmentComboBox, *departments);
    QStringList names;
    if (Result<QList<Enterprise>> enterprises = session.enterprise().enterprises(); enterprises)
        for (const Enterprise& e : *enterprises)
            names.append(e.name);
    auto* completer = new QCompleter(new QStringListModel(names, this), this);
    completer->setFilterMode(Qt::MatchContains);
    m_ui->enterpriseLineEdit->setCompleter(completer);
    QTableWidget* notes = m_ui->notesTableWidget;
    notes->setHorizontalHeaderLabels({tr("Date"), tr("Progress")});
    notes->horizontalHeader()->setStretchLastSection(true);
    notes->verticalHeader()->hide();
    notes->setEditTriggers(QAbstractItemView::NoEditTriggers);
    notes->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_ui->noteDateEdit->setDate(session.clock().today());
    connect(m_ui->statusComboBox, &QComboBox::currentIndexChanged, this, &ProblemDialog::updateStatusFields);
    connect(m_ui->addNotePushButton, &QPushButton::clicked, this, &ProblemDialog::addNote);
    connect(m_ui->noteLineEdit, &QLineEdit::returnPressed, this, &ProblemDialog::addNote);
    connect(m_ui->removeNotePushButton, &QPushButton::clicked, this, [this] {
        const int row = m_ui->notesTableWidget->currentRow();
        if (row >= 0 && row < m_notes.size()) {
            m_notes.removeAt(row);
            showNotes();
        }
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ProblemDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &ProblemDialog::reject);
    load(problem);
    if (m_readOnly) {
        m_ui->buttonBox->setStandardButtons(QDialogButtonBox::Close);
        readonlyform::apply(this);
    }
    RecordWatch::attach(session, this, EnterpriseAuditEntities::kProblem, problem.id);
}

ProblemDialog::~ProblemDialog() = default;

void ProblemDialog::load(const Problem& p)
{
    if (p.id != 0)
        setWindowTitle(tr("Problem of %1").arg(p.enterpriseName));
    QComboBox* departments = m_ui->departmentComboBox;
    if (p.departmentId != 0 && departments->findData(p.departmentId) < 0)
        departments->addItem(p.departmentName, p.departmentId);
    departments->setCurrentIndex(p.departmentId != 0 ? departments->findData(p.departmentId) : -1);
    m_ui->enterpriseLineEdit->setText(p.enterpriseName);
    const QDate today = m_session.clock().today();
    m_ui->raisedDateEdit->setDate(p.raisedDate.isValid() ? p.raisedDate : today);
    m_ui->deadlineDateEdit->setDate(p.deadline.isValid() ? p.deadline : today.addDays(30));
    m_ui->descriptionPlainTextEdit->setPlainText(p.description);
    m_ui->leaderLineEdit->setText(p.leader);
    m_ui->teamLineEdit->setText(p.team);
    m_ui->planPlainTextEdit->setPlainText(p.plan);
    m_ui->statusComboBox->setCurrentIndex(m_ui->statusComboBox->findData(int(p.status)));
    m_ui->solvedDateEdit->setDate(p.solvedDate.isValid() ? p.solvedDate : today);
    m_ui->reasonLineEdit->setText(p.reason);
    m_notes = p.notes;
    showNotes();
    updateStatusFields();
}

void ProblemDialog::showNotes()
{
    QTableWidget* table = m_ui->notesTableWidget;
    table->setRowCount(static_cast<int>(m_notes.size()));
    for (int row = 0; row < m_notes.size(); ++row) {
        table->setItem(row, 0, new QTableWidgetItem(m_notes.at(row).date.toString(QStringLiteral("yyyy-MM-dd"))));
        table->setItem(row, 1, new QTableWidgetItem(m_notes.at(row).text));
    }
    table->resizeColumnToContents(0);
}

void ProblemDialog::updateStatusFields()
{
    const auto status = ProblemStatus(m_ui->statusComboBox->currentData().toInt());
    m_ui->solvedLabel->setVisible(status == ProblemStatus::Solved);
    m_ui->solvedDateEdit->setVisible(status == ProblemStatus::Solved);
    m_ui->reasonLineEdit->setVisible(status == ProblemStatus::CannotSolve);
}

void ProblemDialog::addNote()
{
    if (m_readOnly || m_ui->noteLineEdit->text().trimmed().isEmpty())
        return;
    ProgressNote note;
    note.date = m_ui->noteDateEdit->date();
    note.text = m_ui->noteLineEdit->text().trimmed();
    const auto later =
        std::find_if(m_notes.begin(), m_notes.end(), [&note](const ProgressNote& n) { return n.date > note.date; });
    m_notes.insert(later, note);
    m_ui->noteLineEdit->clear();
    showNotes();
}

Problem ProblemDialog::collect() const
{
    Problem p = m_problem;
    p.departmentId = departmentpicker::selectedId(m_ui->departmentComboBox);
    p.enterpriseName = m_ui->enterpriseLineEdit->text();
    p.raisedDate = m_ui->raisedDateEdit->date();
    p.deadline = m_ui->deadlineDateEdit->date();
    p.description = m_ui->descriptionPlainTextEdit->toPlainText();
    p.leader = m_ui->leaderLineEdit->text();
    p.team = m_ui->teamLineEdit->text();
    p.plan = m_ui->planPlainTextEdit->toPlainText();
    p.status = ProblemStatus(m_ui->statusComboBox->currentData().toInt());
    p.solvedDate = m_ui->solvedDateEdit->date();
    p.reason = m_ui->reasonLineEdit->text();
    p.notes = m_notes;
    return p;
}

void ProblemDialog::accept()
{
    if (m_readOnly) {
        QDialog::reject();
        return;
    }
    addNote(); // a note typed but not added yet is kept
    Result<Problem> saved = m_session.enterprise().saveProblem(collect());
    if (!saved) {
        MessageBox::error(this, tr("Save problem"), saved.error());
        return;
    }
    m_problem = *saved;
    QDialog::accept();
}

bool openProblem(Session& session, qint64 id, QWidget* parent)
{
    Result<Problem> problem = session.enterprise().findProblem(id);
    if (!problem) {
        MessageBox::error(parent, QCoreApplication::translate("ProblemDialog", "Enterprise problem"), problem.error());
        return false;
    }
    ProblemDialog dialog(session, *problem, parent);
    dialog.exec();
    return true;
}

} // namespace branddesk
