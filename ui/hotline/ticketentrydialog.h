// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/hotline/hotlinerules.h"
#include "core/hotline/ticket.h"

#include <QDialog>

#include <memory>

namespace Ui {
class TicketEntryDialog;
}

namespace branddesk {

class Session;

/// The ticket form, built for a clerk logging a morning's calls from the keyboard: the department and the brand
/// by type-ahead, the due date shown as the kind is picked, earlier calls of the same phone or about the same
/// matter proposed as the ticket it repeats; Ctrl+Enter saves and clears the form for the next call, Ctrl+S saves
/// and closes. Opened on a stored ticket it edits that one; for a reader who may not write (a leader) every field
/// is read-only from the moment it opens and the phone is masked.
class TicketEntryDialog : public QDialog {
    Q_OBJECT
public:
    /// A form for new tickets.
    explicit TicketEntryDialog(Session& session, QWidget* parent = nullptr);
    /// A form showing (and, for a clerk, editing) `ticket`.
    TicketEntryDialog(Session& session, const Ticket& ticket, QWidget* parent = nullptr);
    ~TicketEntryDialog() override;

    int savedCount() const { return m_savedCount; }
    const Ticket& lastSaved() const { return m_lastSaved; }
    bool isReadOnly() const { return m_readOnly; }

public slots:
    bool saveAndNext();
    bool saveAndClose();
    void reject() override;

private:
    void setUp();
    void load(const Ticket& ticket);
    void clearForNext();
    void makeReadOnly();
    Ticket collect() const;
    bool save();
    void updateDue();
    void findRepeats();
    void departmentChosen();
    bool hasUnsavedInput() const;

    std::unique_ptr<Ui::TicketEntryDialog> m_ui;
    Session& m_session;
    HotlineRules m_rules;
    Ticket m_ticket; ///< the stored ticket being edited, or an empty one
    Ticket m_lastSaved;
    int m_savedCount = 0;
    bool m_readOnly = false;
};

/// Opens ticket `id` in a TicketEntryDialog; returns false when it could not be read (the error was shown).
bool openTicket(Session& session, qint64 id, QWidget* parent);

} // namespace branddesk
