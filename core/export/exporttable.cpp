// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/export/exporttable.h"

#include "core/export/csvexport.h"
#include "core/export/xlsxexport.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QFileInfo>

#include <algorithm>
#include <cmath>
#include <limits>

namespace branddesk {

ExportTable::CellKind ExportTable::kindOf(const QVariant& cell)
{
    if (!cell.isValid() || cell.isNull())
        return CellKind::Empty;
    switch (cell.typeId()) {
    case QMetaType::QString:
        return cell.toString().isEmpty() ? CellKind::Empty : CellKind::Text;
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::Long:
    case QMetaType::ULong:
    case QMetaType::Short:
    case QMetaType::UShort:
    case QMetaType::SChar:
    case QMetaType::UChar:
        return CellKind::Integer;
    case QMetaType::ULongLong:
        // Beyond qint64 it cannot be held as an integer here: keep its digits as text.
        return cell.toULongLong() <= quint64(std::numeric_limits<qint64>::max()) ? CellKind::Integer : CellKind::Text;
    case QMetaType::Double:
    case QMetaType::Float:
        return std::isfinite(cell.toDouble()) ? CellKind::Decimal : CellKind::Empty;
    case QMetaType::QDate:
        return cell.toDate().isValid() ? CellKind::Date : CellKind::Empty;
    case QMetaType::QDateTime:
        return cell.toDateTime().isValid() ? CellKind::DateTime : CellKind::Empty;
    default:
        return cell.toString().isEmpty() ? CellKind::Empty : CellKind::Text;
    }
}

QString ExportTable::textOf(const QVariant& cell)
{
    switch (kindOf(cell)) {
    case CellKind::Empty:
        return {};
    case CellKind::Text:
        return cell.toString();
    case CellKind::Integer:
        return cell.typeId() == QMetaType::ULongLong || cell.typeId() == QMetaType::ULong
                   ? QString::number(cell.toULongLong())
                   : QString::number(cell.toLongLong());
    case CellKind::Decimal:
        return QString::number(cell.toDouble(), 'g', 15);
    case CellKind::Date:
        return cell.toDate().toString(QStringLiteral("yyyy-MM-dd"));
    case CellKind::DateTime:
        return cell.toDateTime().toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    }
    return {};
}

qsizetype ExportTable::columnCount() const
{
    qsizetype count = headers.size();
    for (const QVariantList& row : rows)
        count = std::max(count, row.size());
    return count;
}

std::optional<ExportFormat> exportFormatOf(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix();
    if (suffix.compare(QLatin1String("xlsx"), Qt::CaseInsensitive) == 0)
        return ExportFormat::Xlsx;
    if (suffix.compare(QLatin1String("csv"), Qt::CaseInsensitive) == 0)
        return ExportFormat::Csv;
    return std::nullopt;
}

Result<void> exportTable(const ExportTable& table, const QString& path)
{
    const std::optional<ExportFormat> format = exportFormatOf(path);
    if (!format)
        return fail(Error::Code::Validation,
                    QCoreApplication::translate("ExportTable",
                                                "The file name %1 must end in .xlsx (Excel workbook) or .csv (CSV).")
                        .arg(QFileInfo(path).fileName()));
    switch (*format) {
    case ExportFormat::Xlsx:
        return XlsxExport::write(table, path);
    case ExportFormat::Csv:
        return CsvExport::write(table, path);
    }
    return {};
}

} // namespace branddesk
