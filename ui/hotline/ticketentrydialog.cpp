// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/hotline/ticketentrydialog.h"

#include "ui_ticketentrydialog.h"

#include "core/audit/hotlinesnapshots.h"
#include "core/hotline/phonemask.h"
#include "core/services/session.h"
#include "core/text/characters.h"
#include "core/text/dates.h"
#include "ui/widgets/departmentpicker.h"
#include "ui/widgets/messagebox.h"
#include "ui/widgets/readonlyform.h"
#include "ui/widgets/recordwatch.h"

#include <QCompleter>
#include <QLocale>
#include <QShortcut>

namespace branddesk {

TicketEntryDialog::TicketEntryDialog(Session& session, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::TicketEntryDialog>())
    , m_session(session)
{
    setUp();
    clearForNext();
    if (m_readOnly)
        makeReadOnly();
}

TicketEntryDialog::TicketEntryDialog(Session& session, const Ticket& ticket, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::TicketEntryDialog>())
    , m_session(session)
    , m_ticket(ticket)
{
    setUp();
    load(ticket);
    if (m_readOnly)
        makeReadOnly();
    RecordWatch::attach(session, this, HotlineAuditEntities::kTicket, ticket.id);
}

TicketEntryDialog::~TicketEntryDialog() = default;

void TicketEntryDialog::setUp()
{
    m_ui->setupUi(this);
    m_readOnly = !m_session.currentUser().canWrite();
    Result<HotlineRules> rules = m_session.hotline().rules();
    m_rules = rules ? *rules : HotlineRules::defaults();
    for (TicketChannel channel : allTicketChannels())
        m_ui->channelComboBox->addItem(ticketChannelName(channel), int(channel));
    for (TicketKind kind : allTicketKinds())
        m_ui->kindComboBox->addItem(ticketKindName(kind), int(kind));
    if (Result<QList<Department>> departments = m_session.departments().activeDepartments(); departments)
        departmentpicker::fill(m_ui->departmentComboBox, *departments);
    else
        MessageBox::error(this, tr("Hotline"), departments.error());
    if (Result<QList<BrandOverview>> brands = m_session.brands().overviews(); brands) {
        for (const BrandOverview& b : *brands)
            m_ui->brandComboBox->addItem(tr("%1 (%2)", "brand (department)").arg(b.brand.name(), b.departmentName),
                                         QVariantList{b.brand.id, b.brand.departmentId});
        auto* completer = new QCompleter(m_ui->brandComboBox->model(), m_ui->brandComboBox);
        completer->setFilterMode(Qt::MatchContains);
        completer->setCaseSensitivity(Qt::CaseInsensitive);
        m_ui->brandComboBox->setCompleter(completer);
    }

    auto* saveNext = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    auto* saveNextKeypad = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Enter), this);
    auto* saveClose = new QShortcut(QKeySequence::Save, this);
    connect(saveNext, &QShortcut::activated, this, &TicketEntryDialog::saveAndNext);
    connect(saveNextKeypad, &QShortcut::activated, this, &TicketEntryDialog::saveAndNext);
    connect(saveClose, &QShortcut::activated, this, &TicketEntryDialog::saveAndClose);
    connect(m_ui->saveNextPushButton, &QPushButton::clicked, this, &TicketEntryDialog::saveAndNext);
    connect(m_ui->savePushButton, &QPushButton::clicked, this, &TicketEntryDialog::saveAndClose);
    connect(m_ui->closePushButton, &QPushButton::clicked, this, &TicketEntryDialog::reject);
    connect(m_ui->nowPushButton, &QPushButton::clicked, this,
            [this] { m_ui->receivedDateTimeEdit->setDateTime(m_session.clock().nowLocal()); });
    connect(m_ui->kindComboBox, &QComboBox::currentIndexChanged, this, &TicketEntryDialog::updateDue);
    connect(m_ui->receivedDateTimeEdit, &QDateTimeEdit::dateTimeChanged, this, &TicketEntryDialog::updateDue);
    connect(m_ui->departmentComboBox, &QComboBox::currentIndexChanged, this, &TicketEntryDialog::departmentChosen);
    connect(m_ui->brandComboBox, &QComboBox::currentIndexChanged, this, [this](int index) {
        // A brand names its department: picking the brand first fills the department.
        const QVariantList data = m_ui->brandComboBox->itemData(index).toList();
        if (data.size() == 2 && departmentpicker::selectedId(m_ui->departmentComboBox) == 0)
            m_ui->departmentComboBox->setCurrentIndex(m_ui->departmentComboBox->findData(data.at(1)));
    });
    connect(m_ui->callerPhoneLineEdit, &QLineEdit::editingFinished, this, &TicketEntryDialog::findRepeats);
    connect(m_ui->findRepeatsPushButton, &QPushButton::clicked, this, &TicketEntryDialog::findRepeats);
}

void TicketEntryDialog::makeReadOnly()
{
    readonlyform::apply(this, {m_ui->closePushButton});
}

void TicketEntryDialog::load(const Ticket& t)
{
    setWindowTitle(tr("Ticket %1").arg(t.number));
    m_ui->saveNextPushButton->hide();
    m_ui->savePushButton->setText(tr("&Save (Ctrl+S)"));
    QString state = tr("<b>%1</b> — %2").arg(t.number, ticketStatusName(t.status()).toHtmlEscaped());
    if (!t.transfers.isEmpty())
        state += tr("; returned or reassigned %n time(s)", nullptr, int(t.transfers.size()));
    if (!t.answer.isEmpty())
        state += QStringLiteral("<br>") +
                 tr("Answer (%1): %2").arg(dates::shown(t.answeredOn), oneLine(t.answer).toHtmlEscaped());
    if (t.followUpAttempts > 0)
        state += QStringLiteral("<br>") + tr("Follow-up: %n call(s), %1 %2", nullptr, t.followUpAttempts)
                                              .arg(t.reached ? satisfactionName(t.satisfaction) : tr("not reached"),
                                                   t.followUpNote.toHtmlEscaped());
    m_ui->numberLabel->setText(state);
    m_ui->receivedDateTimeEdit->setDateTime(t.receivedAt.toLocalTime());
    m_ui->channelComboBox->setCurrentIndex(m_ui->channelComboBox->findData(int(t.channel)));
    m_ui->kindComboBox->setCurrentIndex(m_ui->kindComboBox->findData(int(t.kind)));
    QComboBox* departments = m_ui->departmentComboBox;
    if (t.departmentId != 0 && departments->findData(t.departmentId) < 0)
        departments->addItem(t.departmentName, t.departmentId);
    departments->setCurrentIndex(t.departmentId != 0 ? departments->findData(t.departmentId) : -1);
    // A ticket at a department changes department only by a return or a reassignment.
    departments->setEnabled(t.departmentId == 0);
    for (int i = 0; i < m_ui->brandComboBox->count(); ++i)
        if (m_ui->brandComboBox->itemData(i).toList().value(0).toLongLong() == t.brandId && t.brandId != 0)
            m_ui->brandComboBox->setCurrentIndex(i);
    m_ui->callerNameLineEdit->setText(t.callerName);
    // Only a clerk or an administrator sees the phone itself, whatever ticket the form was given.
    m_ui->callerPhoneLineEdit->setText(m_session.hotline().mayReadPhones() ? t.callerPhone
                                                                           : maskedPhone(t.callerPhone));
    m_ui->confidentialCheckBox->setChecked(t.confidential);
    m_ui->contentPlainTextEdit->setPlainText(t.content);
    m_ui->repeatComboBox->clear();
    m_ui->repeatComboBox->addItem(tr("Not a repeat call"), qint64(0));
    if (t.repeatOfId != 0) {
        m_ui->repeatComboBox->addItem(t.repeatOfNumber, t.repeatOfId);
        m_ui->repeatComboBox->setCurrentIndex(1);
    }
    updateDue();
}

void TicketEntryDialog::clearForNext()
{
    setWindowTitle(tr("Log hotline calls"));
    m_ui->numberLabel->setText(tr("A new ticket is numbered when it is saved."));
    m_ui->receivedDateTimeEdit->setDateTime(m_session.clock().nowLocal());
    m_ui->departmentComboBox->setCurrentIndex(-1);
    m_ui->departmentComboBox->setEditText(QString());
    m_ui->brandComboBox->setCurrentIndex(-1);
    m_ui->brandComboBox->setEditText(QString());
    m_ui->callerNameLineEdit->clear();
    m_ui->callerPhoneLineEdit->clear();
    m_ui->confidentialCheckBox->setChecked(false);
    m_ui->contentPlainTextEdit->clear();
    m_ui->repeatComboBox->clear();
    m_ui->repeatComboBox->addItem(tr("Not a repeat call"), qint64(0));
    m_ui->departmentComboBox->setFocus();
    updateDue();
}

void TicketEntryDialog::updateDue()
{
    const TicketKind kind = TicketKind(m_ui->kindComboBox->currentData().toInt());
    QDate assigned = m_ticket.assignedOn.isValid() ? m_ticket.assignedOn : m_ui->receivedDateTimeEdit->date();
    const QDate due =
        m_ticket.id != 0 && m_ticket.kind == kind ? m_ticket.effectiveDue() : m_rules.dueDate(kind, assigned);
    if (!due.isValid()) {
        m_ui->dueLabel->setText(tr("No time limit."));
        return;
    }
    m_ui->dueLabel->setText(tr("Due <b>%1</b> (%n working day(s))", nullptr, m_rules.limitFor(kind))
                                .arg(QLocale().toString(due, QStringLiteral("yyyy-MM-dd dddd"))));
}

void TicketEntryDialog::departmentChosen()
{
    const qint64 department = departmentpicker::selectedId(m_ui->departmentComboBox);
    const QVariantList brand = m_ui->brandComboBox->currentData().toList();
    if (department != 0 && brand.size() == 2 && brand.at(1).toLongLong() != department) {
        m_ui->brandComboBox->setCurrentIndex(-1);
        m_ui->brandComboBox->setEditText(QString());
    }
}

void TicketEntryDialog::findRepeats()
{
    if (m_readOnly)
        return;
    const qint64 chosen = m_ui->repeatComboBox->currentData().toLongLong();
    Result<QList<Ticket>> candidates = m_session.hotline().repeatCandidates(collect());
    if (!candidates)
        return;
    m_ui->repeatComboBox->clear();
    m_ui->repeatComboBox->addItem(tr("Not a repeat call"), qint64(0));
    for (const Ticket& t : *candidates)
        m_ui->repeatComboBox->addItem(
            tr("%1 %2 — %3")
                .arg(t.number, t.receivedOn().toString(QStringLiteral("yyyy-MM-dd")), oneLine(t.content).left(40)),
            t.id);
    m_ui->repeatComboBox->setCurrentIndex(std::max(0, m_ui->repeatComboBox->findData(chosen)));
    if (!candidates->isEmpty())
        m_ui->savedLabel->setText(
            tr("<span style=\"color:#a05a00\">%n earlier call(s) may be about the same matter: choose one under "
               "“Repeat of” to count this call as a repeat.</span>",
               nullptr, int(candidates->size())));
}

Ticket TicketEntryDialog::collect() const
{
    Ticket t = m_ticket;
    t.receivedAt = m_ui->receivedDateTimeEdit->dateTime().toUTC();
    t.channel = TicketChannel(m_ui->channelComboBox->currentData().toInt());
    t.kind = TicketKind(m_ui->kindComboBox->currentData().toInt());
    if (m_ticket.departmentId == 0)
        t.departmentId = departmentpicker::selectedId(m_ui->departmentComboBox);
    const QString brandText = m_ui->brandComboBox->currentText().trimmed();
    t.brandId = 0;
    for (int i = 0; !brandText.isEmpty() && i < m_ui->brandComboBox->count(); ++i)
        if (m_ui->brandComboBox->itemText(i) == brandText)
            t.brandId = m_ui->brandComboBox->itemData(i).toList().value(0).toLongLong();
    t.callerName = m_ui->callerNameLineEdit->text();
    t.callerPhone = m_ui->callerPhoneLineEdit->text();
    t.confidential = m_ui->confidentialCheckBox->isChecked();
    t.content = m_ui->contentPlainTextEdit->toPlainText();
    t.repeatOfId = m_ui->repeatComboBox->currentData().toLongLong();
    return t;
}

bool TicketEntryDialog::save()
{
    if (m_readOnly)
        return false;
    if (m_ticket.departmentId == 0 && departmentpicker::selectedId(m_ui->departmentComboBox) == 0 &&
        !m_ui->departmentComboBox->currentText().trimmed().isEmpty()) {
        MessageBox::warning(this, tr("The ticket was not saved"),
                            tr("No single department matches “%1”. Type more of its name, or pick it from the list.")
                                .arg(m_ui->departmentComboBox->currentText().trimmed()));
        m_ui->departmentComboBox->setFocus();
        return false;
    }
    Result<Ticket> saved = m_session.hotline().saveTicket(collect());
    if (!saved) {
        MessageBox::error(this, tr("The ticket was not saved"), saved.error());
        return false;
    }
    m_lastSaved = *saved;
    ++m_savedCount;
    if (m_ticket.id != 0)
        m_ticket = *saved;
    const QString due = saved->dueDate.isValid()
                            ? tr("due %1").arg(saved->dueDate.toString(QStringLiteral("yyyy-MM-dd")))
                            : tr("no time limit");
    m_ui->savedLabel->setText(tr("<span style=\"color:#1b7e1b\">✔ Saved (%1 in this form): %2 — %3, %4</span>")
                                  .arg(m_savedCount)
                                  .arg(saved->number, saved->departmentName.toHtmlEscaped(), due));
    return true;
}

bool TicketEntryDialog::saveAndNext()
{
    if (m_ticket.id != 0)
        return saveAndClose();
    if (!save())
        return false;
    clearForNext();
    return true;
}

bool TicketEntryDialog::saveAndClose()
{
    if (!save())
        return false;
    accept();
    return true;
}

bool TicketEntryDialog::hasUnsavedInput() const
{
    if (m_readOnly)
        return false;
    if (m_ticket.id != 0) {
        const Ticket now = collect();
        return now.content.trimmed() != m_ticket.content || now.callerName.trimmed() != m_ticket.callerName ||
               now.callerPhone.trimmed() != m_ticket.callerPhone || now.kind != m_ticket.kind ||
               now.channel != m_ticket.channel || now.confidential != m_ticket.confidential ||
               now.brandId != m_ticket.brandId || now.repeatOfId != m_ticket.repeatOfId;
    }
    return !m_ui->contentPlainTextEdit->toPlainText().trimmed().isEmpty() ||
           !m_ui->callerNameLineEdit->text().trimmed().isEmpty() ||
           !m_ui->callerPhoneLineEdit->text().trimmed().isEmpty();
}

void TicketEntryDialog::reject()
{
    if (hasUnsavedInput() &&
        MessageBox::question(this, tr("Unsaved ticket"), tr("Discard the ticket you have not saved?"),
                             QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel) != QMessageBox::Discard)
        return;
    if (m_savedCount > 0)
        QDialog::accept();
    else
        QDialog::reject();
}

bool openTicket(Session& session, qint64 id, QWidget* parent)
{
    Result<Ticket> ticket = session.hotline().findTicket(id);
    if (!ticket) {
        MessageBox::error(parent, QCoreApplication::translate("TicketEntryDialog", "Hotline"), ticket.error());
        return false;
    }
    TicketEntryDialog dialog(session, *ticket, parent);
    dialog.exec();
    return true;
}

} // namespace branddesk
