// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/department.h"
#include "core/error.h"
#include "core/import/tablerow.h"

#include <QCoreApplication>
#include <QList>

namespace branddesk {

class Database;
class DepartmentService;

/// What importing one row would do.
enum class ImportAction { New, Update, Unchanged, Error };

/// One row of the preview: the department as it would be stored, or why it cannot be.
struct ImportRow {
    int line = 0;
    ImportAction action = ImportAction::Error;
    Department department;
    QString reason; ///< for Error: what is wrong; for Update: which fields change
};

/// The preview of an import: every row, and whether it may be applied (only when no row has an error).
struct DepartmentImportPreview {
    QList<ImportRow> rows;
    int count(ImportAction action) const;
    bool hasErrors() const { return count(ImportAction::Error) > 0; }
    /// "Line 4: …", one line per row with an error.
    QString errorSummary() const;
};

/// Imports departments (with their leaders and contacts) from a table of CSV or XLSX rows whose first row
/// names the columns (部门名称, 简称, 类别, 涉企部门, 主管中介, 主要领导, 分管领导, 联系人, 电话, 邮箱, 排序, or
/// the English names). A department whose name is already registered is updated; only the columns the file
/// has are changed. Nothing is written by preview(); apply() writes all rows or none, in one transaction.
class DepartmentImport {
    Q_DECLARE_TR_FUNCTIONS(DepartmentImport)
public:
    DepartmentImport(Database& database, DepartmentService& departments);

    /// Reads a .xlsx or .csv file (by its suffix) into rows.
    static Result<Table> readFile(const QString& path);

    /// What importing `table` would do, row by row; fails only when the table itself is unusable.
    Result<DepartmentImportPreview> preview(const Table& table) const;
    /// Writes a preview without errors in one transaction; returns the number of departments added or
    /// changed. Refused, with the lines named, when any row has an error.
    Result<int> apply(const DepartmentImportPreview& preview);

private:
    Database& m_database;
    DepartmentService& m_departments;
};

} // namespace branddesk
