// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/department.h"
#include "core/hotline/ticket.h"
#include "core/import/tablerow.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>

namespace branddesk {

/// The fields of a ticket that an export of a city's 12345 system carries.
enum class TicketImportField { Number, ReceivedAt, Channel, CallerName, CallerPhone, Kind, Department, Content };
QList<TicketImportField> allTicketImportFields();
QString ticketImportFieldName(TicketImportField field);
/// Number, received at, department and content must have a column; the others may be left out.
bool isRequiredTicketImportField(TicketImportField field);

/// Which column of the source holds each field (-1: none), as the clerk chose it.
struct TicketColumnMapping {
    std::array<int, 8> columns{-1, -1, -1, -1, -1, -1, -1, -1};

    int column(TicketImportField field) const { return columns.at(std::size_t(field)); }
    void set(TicketImportField field, int column) { columns.at(std::size_t(field)) = column; }
    /// The required fields without a column.
    QList<TicketImportField> missing() const;
    bool isComplete() const { return missing().isEmpty(); }
    /// "0,1,-1,…" for settings; fromString() of anything else gives an empty mapping.
    QString toString() const;
    static TicketColumnMapping fromString(const QString& text);
    bool operator==(const TicketColumnMapping&) const = default;
};

/// What importing one row does.
enum class TicketImportAction { New, Update, Error };

/// One row of the plan: the ticket as it would be saved (for Update, the stored ticket with the imported
/// fields over it), or why the row cannot be imported.
struct TicketImportRow {
    int line = 0;
    TicketImportAction action = TicketImportAction::Error;
    Ticket ticket;
    QString reason;
};

/// Every data row of the file and what importing it does; applied only when no row has an error.
struct TicketImportPlan {
    QList<TicketImportRow> rows;
    int count(TicketImportAction action) const;
    bool hasErrors() const { return count(TicketImportAction::Error) > 0; }
    /// "Line 4: …", one line per row with an error.
    QString errorSummary() const;
};

/// Turns a table exported from a city's 12345 system (first row: the column titles) into a plan of new and
/// updated tickets. Pure: the departments and the stored tickets are given.
class TicketImport {
    Q_DECLARE_TR_FUNCTIONS(TicketImport)
public:
    /// The mapping the titles of `header` suggest (工单编号, 受理时间, 来电人, 来电号码, 诉求类型, 承办单位, 诉求内容
    /// and their usual variants, or the English names).
    static TicketColumnMapping guessMapping(const QStringList& header);
    /// "2026-11-03 09:15", "2026/11/3 9:15", "2026年11月3日 9:15", a date alone, or an Excel serial date
    /// ("46329.385"), read as local time; returned in UTC.
    static std::optional<QDateTime> parseReceivedAt(const QString& text);
    /// By the Chinese name (咨询, 投诉 …), the English name or the code.
    static std::optional<TicketKind> parseKind(const QString& text);
    static std::optional<TicketChannel> parseChannel(const QString& text);
    /// The department with this full or short name; nullptr when there is none.
    static const Department* findDepartment(const QString& name, const QList<Department>& departments);

    /// The plan for the rows after the header of `table`; `existing` are the stored tickets whose numbers
    /// may recur (a row with such a number updates that ticket).
    static TicketImportPlan plan(const Table& table, const TicketColumnMapping& mapping,
                                 const QList<Department>& departments, const QList<Ticket>& existing);

private:
    static TicketImportRow planRow(const TableRow& row, const TicketColumnMapping& mapping,
                                   const QList<Department>& departments);
};

} // namespace branddesk
