// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/export/csvexport.h"

#include "core/export/stagedfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

namespace branddesk {
namespace {

/// The characters that make Excel, WPS or LibreOffice read a cell as a formula (or, for TAB and CR, hide
/// one behind leading white space).
bool startsLikeFormula(const QString& text)
{
    if (text.isEmpty())
        return false;
    switch (text.front().unicode()) {
    case '=':
    case '+':
    case '-':
    case '@':
    case '\t':
    case '\r':
        return true;
    default:
        return false;
    }
}

bool needsQuotes(const QString& text)
{
    return text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"')) || text.contains(QLatin1Char('\r')) ||
           text.contains(QLatin1Char('\n'));
}

void appendRow(QString& out, const QVariantList& cells, qsizetype columns)
{
    for (qsizetype column = 0; column < columns; ++column) {
        if (column > 0)
            out += QLatin1Char(',');
        if (column < cells.size())
            out += CsvExport::field(cells.at(column));
    }
    out += QLatin1String("\r\n");
}

} // namespace

QString CsvExport::field(const QVariant& cell)
{
    QString text = ExportTable::textOf(cell);
    if (ExportTable::kindOf(cell) == ExportTable::CellKind::Text && startsLikeFormula(text))
        text.prepend(QLatin1Char('\''));
    if (!needsQuotes(text))
        return text;
    text.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + text + QLatin1Char('"');
}

QByteArray CsvExport::toBytes(const ExportTable& table)
{
    const qsizetype columns = table.columnCount();
    QString text;
    if (!table.headers.isEmpty()) {
        QVariantList headers;
        headers.reserve(table.headers.size());
        for (const QString& header : table.headers)
            headers.append(header);
        appendRow(text, headers, columns);
    }
    for (const QVariantList& row : table.rows)
        appendRow(text, row, columns);
    return QByteArrayLiteral("\xEF\xBB\xBF") + text.toUtf8();
}

Result<void> CsvExport::write(const ExportTable& table, const QString& path)
{
    Result<StagedFile> staged = StagedFile::create(path);
    if (!staged)
        return fail(staged.error());
    const QByteArray bytes = toBytes(table);
    QFile file(staged->path());
    const bool written =
        file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size() && file.flush();
    const QString detail = file.errorString();
    file.close();
    if (!written || file.error() != QFileDevice::NoError)
        return fail(Error::Code::Storage,
                    QCoreApplication::translate("CsvExport", "The file %1 could not be written. Is the disk full?")
                        .arg(QDir::toNativeSeparators(staged->target())),
                    detail);
    return staged->commit();
}

} // namespace branddesk
