// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/hotline/ticketimport.h"

#include <QDialog>

#include <array>
#include <memory>
#include <optional>

class QComboBox;
class QPushButton;

namespace Ui {
class TicketImportDialog;
}

namespace branddesk {

class Session;

/// Imports tickets exported from a city's 12345 system (CSV in UTF-8 or GB18030, or XLSX): the clerk maps the
/// file's columns once (guessed from the titles, remembered per header row), sees every row as new / update /
/// error, and writes nothing until no row has an error; then all rows or none, after a backup.
class TicketImportDialog : public QDialog {
    Q_OBJECT
public:
    explicit TicketImportDialog(Session& session, QWidget* parent = nullptr);
    ~TicketImportDialog() override;

    /// Asks for a file and previews it; false when none was chosen.
    bool chooseFile();
    /// Reads `path`, fills the column choices and previews it.
    void load(const QString& path);
    /// Backs up, then writes the previewed rows; closes the dialog when it worked.
    void importRows();

private:
    TicketColumnMapping mapping() const;
    void fillColumnChoices(const TicketColumnMapping& mapping);
    void replan();
    void showPlan();
    QString settingsKey() const;

    std::unique_ptr<Ui::TicketImportDialog> m_ui;
    Session& m_session;
    std::array<QComboBox*, 8> m_columnCombos{};
    std::optional<Table> m_table;
    std::optional<TicketImportPlan> m_plan;
    QPushButton* m_importButton;
};

} // namespace branddesk
