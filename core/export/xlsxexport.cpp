// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/export/xlsxexport.h"

#include "core/export/stagedfile.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QList>

#include <xlsxwriter.h>

#include <algorithm>

namespace branddesk {
namespace {

using CellKind = ExportTable::CellKind;

constexpr qint64 kMaxExactInteger = 999'999'999'999'999; // Excel keeps 15 significant digits
constexpr int kFilterButtonWidth = 3;                    // room for the autofilter's drop-down arrow
constexpr int kMinColumnWidth = 6;
constexpr lxw_color_t kHeaderFill = 0xDDEBF7; // Excel's own light blue

/// East Asian Wide and Fullwidth characters (CJK, kana, Hangul, fullwidth forms), which take two columns.
bool isWide(char32_t c)
{
    return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0x303E) || (c >= 0x3041 && c <= 0x33FF) ||
           (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xA000 && c <= 0xA4CF) ||
           (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE10 && c <= 0xFE19) ||
           (c >= 0xFE30 && c <= 0xFE6F) || (c >= 0xFF00 && c <= 0xFF60) || (c >= 0xFFE0 && c <= 0xFFE6) ||
           (c >= 0x1F300 && c <= 0x1F64F) || (c >= 0x1F900 && c <= 0x1F9FF) || (c >= 0x20000 && c <= 0x3FFFD);
}

/// The first `count` code points of `text`, never splitting a surrogate pair.
QString leftCharacters(const QString& text, qsizetype count)
{
    qsizetype units = 0;
    for (qsizetype characters = 0; units < text.size() && characters < count; ++characters)
        units += text.at(units).isHighSurrogate() && units + 1 < text.size() ? 2 : 1;
    return text.left(units);
}

/// A file name as the C library opens it: UTF-8 on Windows (libxlsxwriter converts it), the locale's file-name
/// encoding elsewhere.
QByteArray cFileName(const QString& path)
{
#ifdef Q_OS_WIN
    return QDir::toNativeSeparators(path).toUtf8();
#else
    return QFile::encodeName(path);
#endif
}

lxw_datetime excelDateTime(const QDate& date, const QTime& time = {})
{
    lxw_datetime value{};
    value.year = date.year();
    value.month = date.month();
    value.day = date.day();
    value.hour = time.isValid() ? time.hour() : 0;
    value.min = time.isValid() ? time.minute() : 0;
    value.sec = 0;
    return value;
}

/// Writes one sheet and remembers the first error; the columns' widths grow with what is written.
class SheetWriter {
public:
    SheetWriter(lxw_workbook* workbook, lxw_worksheet* sheet, qsizetype columns)
        : m_sheet(sheet)
        , m_widths(columns, 0)
    {
        m_header = workbook_add_format(workbook);
        format_set_bold(m_header);
        format_set_pattern(m_header, LXW_PATTERN_SOLID);
        format_set_bg_color(m_header, kHeaderFill);
        format_set_border(m_header, LXW_BORDER_THIN);
        format_set_border_color(m_header, 0xBFBFBF);
        m_date = workbook_add_format(workbook);
        format_set_num_format(m_date, "yyyy-mm-dd");
        m_dateTime = workbook_add_format(workbook);
        format_set_num_format(m_dateTime, "yyyy-mm-dd hh:mm");
    }

    lxw_error error() const { return m_error; }

    void writeHeader(const QStringList& headers)
    {
        for (qsizetype column = 0; column < headers.size(); ++column) {
            const QString text = leftCharacters(headers.at(column), XlsxExport::kMaxCellCharacters);
            // An empty header cell still gets the header's fill.
            check(worksheet_write_string(m_sheet, 0, lxw_col_t(column), text.toUtf8().constData(), m_header));
            grow(column, XlsxExport::displayWidth(text) + kFilterButtonWidth);
        }
    }

    void writeRow(lxw_row_t row, const QVariantList& cells)
    {
        for (qsizetype column = 0; column < cells.size() && m_error == LXW_NO_ERROR; ++column)
            writeCell(row, lxw_col_t(column), cells.at(column));
    }

    void setWidths()
    {
        for (qsizetype column = 0; column < m_widths.size(); ++column) {
            const int width = std::clamp(m_widths.at(column) + 2, kMinColumnWidth, XlsxExport::kMaxColumnWidth);
            check(worksheet_set_column(m_sheet, lxw_col_t(column), lxw_col_t(column), width, nullptr));
        }
    }

    void check(lxw_error error)
    {
        if (m_error == LXW_NO_ERROR)
            m_error = error;
    }

private:
    void writeCell(lxw_row_t row, lxw_col_t column, const QVariant& cell)
    {
        const CellKind kind = ExportTable::kindOf(cell);
        switch (kind) {
        case CellKind::Empty:
            return;
        case CellKind::Integer:
            if (const qint64 value = cell.toLongLong(); value >= -kMaxExactInteger && value <= kMaxExactInteger) {
                check(worksheet_write_number(m_sheet, row, column, double(value), nullptr));
                grow(column, int(ExportTable::textOf(cell).size()));
                return;
            }
            break; // more digits than Excel keeps: as text, below
        case CellKind::Decimal:
            check(worksheet_write_number(m_sheet, row, column, cell.toDouble(), nullptr));
            grow(column, int(ExportTable::textOf(cell).size()));
            return;
        case CellKind::Date:
            if (cell.toDate().year() >= 1900) {
                lxw_datetime date = excelDateTime(cell.toDate());
                check(worksheet_write_datetime(m_sheet, row, column, &date, m_date));
                grow(column, 10);
                return;
            }
            break; // before Excel's first day: as text, below
        case CellKind::DateTime: {
            const QDateTime local = cell.toDateTime().toLocalTime();
            if (local.date().year() >= 1900) {
                lxw_datetime moment = excelDateTime(local.date(), local.time());
                check(worksheet_write_datetime(m_sheet, row, column, &moment, m_dateTime));
                grow(column, 16);
                return;
            }
            break;
        }
        case CellKind::Text:
            break;
        }
        // Text, always through write_string: "=1+1" stays text and is never run as a formula.
        const QString text = leftCharacters(ExportTable::textOf(cell), XlsxExport::kMaxCellCharacters);
        check(worksheet_write_string(m_sheet, row, column, text.toUtf8().constData(), nullptr));
        grow(column, XlsxExport::displayWidth(text));
    }

    void grow(qsizetype column, int width)
    {
        if (column < m_widths.size())
            m_widths[column] = std::max(m_widths.at(column), width);
    }

    lxw_worksheet* m_sheet;
    lxw_format* m_header = nullptr;
    lxw_format* m_date = nullptr;
    lxw_format* m_dateTime = nullptr;
    QList<int> m_widths;
    lxw_error m_error = LXW_NO_ERROR;
};

} // namespace

QString XlsxExport::sheetName(const QString& title)
{
    QString name = title;
    for (QChar& c : name) {
        if (QStringView(u"[]:*?/\\").contains(c) || c.category() == QChar::Other_Control)
            c = QLatin1Char('_');
    }
    name = name.trimmed();
    while (name.startsWith(QLatin1Char('\'')))
        name.remove(0, 1);
    name = leftCharacters(name, LXW_SHEETNAME_MAX);
    while (name.endsWith(QLatin1Char('\'')))
        name.chop(1);
    name = name.trimmed();
    if (name.isEmpty())
        return QStringLiteral("Sheet1");
    if (name.compare(QLatin1String("History"), Qt::CaseInsensitive) == 0)
        return name + QLatin1Char('_');
    return name;
}

int XlsxExport::displayWidth(const QString& text)
{
    int widest = 0;
    int width = 0;
    for (const char32_t c : text.toUcs4()) {
        if (c == U'\n') {
            widest = std::max(widest, width);
            width = 0;
        } else if (c != U'\r') {
            width += isWide(c) ? 2 : 1;
        }
    }
    return std::max(widest, width);
}

Result<void> XlsxExport::write(const ExportTable& table, const QString& path)
{
    const qsizetype columns = table.columnCount();
    const qsizetype firstRow = table.headers.isEmpty() ? 0 : 1;
    if (firstRow + table.rows.size() > LXW_ROW_MAX)
        return fail(Error::Code::Validation,
                    QCoreApplication::translate("XlsxExport", "The table has %1 rows, more than an Excel sheet holds "
                                                              "(%2). Export it as CSV instead.")
                        .arg(table.rows.size())
                        .arg(LXW_ROW_MAX - firstRow));
    if (columns > LXW_COL_MAX)
        return fail(Error::Code::Validation,
                    QCoreApplication::translate("XlsxExport", "The table has %1 columns, more than an Excel sheet "
                                                              "holds (%2). Export it as CSV instead.")
                        .arg(columns)
                        .arg(LXW_COL_MAX));

    Result<StagedFile> staged = StagedFile::create(path);
    if (!staged)
        return fail(staged.error());
    const QString target = QDir::toNativeSeparators(staged->target());

    const QByteArray fileName = cFileName(staged->path());
    lxw_workbook_options options{};
#ifdef Q_OS_WIN
    // tmpfile() on Windows writes to the root of C:, which a user may not write to.
    QByteArray temporaryFolder = cFileName(QDir::tempPath());
    options.tmpdir = temporaryFolder.data();
#endif
    lxw_workbook* workbook = workbook_new_opt(fileName.constData(), &options);
    if (workbook == nullptr)
        return fail(Error::Code::Storage,
                    QCoreApplication::translate("XlsxExport", "The Excel file %1 could not be started.").arg(target));

    QByteArray title = table.title.toUtf8();
    lxw_doc_properties properties{};
    properties.title = title.data();
    workbook_set_properties(workbook, &properties);

    const QByteArray name = sheetName(table.title).toUtf8();
    lxw_worksheet* sheet = workbook_add_worksheet(workbook, name.constData());
    if (sheet == nullptr)
        sheet = workbook_add_worksheet(workbook, nullptr); // "Sheet1": the name was refused after all

    SheetWriter writer(workbook, sheet, columns);
    if (sheet == nullptr)
        writer.check(LXW_ERROR_MEMORY_MALLOC_FAILED);
    if (sheet != nullptr && firstRow == 1) {
        writer.writeHeader(table.headers);
        worksheet_freeze_panes(sheet, 1, 0);
        if (columns > 0)
            writer.check(worksheet_autofilter(sheet, 0, 0, lxw_row_t(table.rows.size()), lxw_col_t(columns - 1)));
    }
    for (qsizetype row = 0; sheet != nullptr && row < table.rows.size() && writer.error() == LXW_NO_ERROR; ++row)
        writer.writeRow(lxw_row_t(firstRow + row), table.rows.at(row));
    if (sheet != nullptr)
        writer.setWidths();

    // Closing writes the file and frees the workbook, whatever happened before.
    const lxw_error closed = workbook_close(workbook);
    const lxw_error error = writer.error() != LXW_NO_ERROR ? writer.error() : closed;
    if (error != LXW_NO_ERROR)
        return fail(Error::Code::Storage,
                    QCoreApplication::translate("XlsxExport", "The Excel file %1 could not be written. Is the disk "
                                                              "full?")
                        .arg(target),
                    QString::fromUtf8(lxw_strerror(error)));
    return staged->commit();
}

} // namespace branddesk
