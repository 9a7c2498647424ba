// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/hotline/ticketstepdialog.h"

#include "ui_ticketstepdialog.h"

#include "core/services/session.h"
#include "core/text/characters.h"
#include "ui/widgets/departmentpicker.h"
#include "ui/widgets/messagebox.h"

namespace branddesk {

TicketStepDialog::TicketStepDialog(Session& session, Step step, const Ticket& ticket, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::TicketStepDialog>())
    , m_session(session)
    , m_step(step)
    , m_ticket(ticket)
{
    m_ui->setupUi(this);
    m_ui->ticketLabel->setText(tr("%1 · %2 · %3").arg(ticket.number, ticket.departmentName, oneLine(ticket.content)));
    switch (step) {
    case Step::Extend:
        setWindowTitle(tr("Extend the time limit"));
        m_ui->stepStackedWidget->setCurrentWidget(m_ui->extendPage);
        m_ui->newDueDateEdit->setDate(ticket.dueDate.addDays(7));
        m_ui->extendReasonLineEdit->setFocus();
        break;
    case Step::Transfer:
        setWindowTitle(tr("Return or reassign"));
        m_ui->stepStackedWidget->setCurrentWidget(m_ui->transferPage);
        if (Result<QList<Department>> departments = session.departments().activeDepartments(); departments)
            departmentpicker::fill(m_ui->toDepartmentComboBox, *departments);
        m_ui->toDepartmentComboBox->insertItem(0, tr("Back to the office (return)"), qint64(0));
        m_ui->toDepartmentComboBox->setCurrentIndex(0);
        m_ui->transferReasonLineEdit->setFocus();
        break;
    case Step::Answer:
        setWindowTitle(tr("Record the answer"));
        m_ui->stepStackedWidget->setCurrentWidget(m_ui->answerPage);
        m_ui->answerPlainTextEdit->setFocus();
        break;
    case Step::FollowUp:
        setWindowTitle(tr("Record the follow-up call"));
        m_ui->stepStackedWidget->setCurrentWidget(m_ui->followUpPage);
        for (Satisfaction s : {Satisfaction::Satisfied, Satisfaction::BasicallySatisfied, Satisfaction::Dissatisfied})
            m_ui->satisfactionComboBox->addItem(satisfactionName(s), int(s));
        connect(m_ui->reachedCheckBox, &QCheckBox::toggled, this, [this](bool reached) {
            m_ui->solvedCheckBox->setEnabled(reached);
            m_ui->satisfactionComboBox->setEnabled(reached);
        });
        m_ui->satisfactionComboBox->setFocus();
        break;
    }
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &TicketStepDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &TicketStepDialog::reject);
}

TicketStepDialog::~TicketStepDialog() = default;

void TicketStepDialog::accept()
{
    HotlineService& hotline = m_session.hotline();
    Result<Ticket> done = fail(Error::Code::Validation, QString());
    switch (m_step) {
    case Step::Extend:
        done = hotline.extend(m_ticket, m_ui->newDueDateEdit->date(), m_ui->extendReasonLineEdit->text());
        break;
    case Step::Transfer: {
        QComboBox* combo = m_ui->toDepartmentComboBox;
        const qint64 to = departmentpicker::selectedId(combo);
        if (to == 0 && combo->currentText().trimmed() != combo->itemText(0)) {
            MessageBox::warning(this, windowTitle(),
                                tr("No single department matches “%1”. Type more of its name, or pick it from the "
                                   "list.")
                                    .arg(combo->currentText().trimmed()));
            return;
        }
        done = hotline.transfer(m_ticket, to, m_ui->transferReasonLineEdit->text());
        break;
    }
    case Step::Answer:
        done = hotline.answer(m_ticket, m_ui->answerPlainTextEdit->toPlainText());
        break;
    case Step::FollowUp: {
        const bool reached = m_ui->reachedCheckBox->isChecked();
        done = hotline.followUp(m_ticket, reached, reached && m_ui->solvedCheckBox->isChecked(),
                                reached ? Satisfaction(m_ui->satisfactionComboBox->currentData().toInt())
                                        : Satisfaction::None,
                                m_ui->noteLineEdit->text());
        break;
    }
    }
    if (!done) {
        MessageBox::error(this, windowTitle(), done.error());
        return;
    }
    m_result = *done;
    QDialog::accept();
}

} // namespace branddesk
