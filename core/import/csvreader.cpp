// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/csvreader.h"

#include <QCoreApplication>
#include <QStringDecoder>

#include <algorithm>

namespace branddesk {
namespace {

Error malformed(int line, const QString& reason)
{
    return Error::make(Error::Code::Validation,
                       QCoreApplication::translate("CsvReader", "Line %1: %2").arg(line).arg(reason));
}

bool isBlank(const QStringList& cells)
{
    return std::all_of(cells.begin(), cells.end(), [](const QString& cell) { return cell.trimmed().isEmpty(); });
}

} // namespace

Result<QString> CsvReader::decode(const QByteArray& bytes, QString* encoding)
{
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        if (encoding)
            *encoding = QStringLiteral("UTF-8");
        QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        QString text = utf8.decode(bytes.mid(3));
        if (!utf8.hasError())
            return text;
    } else {
        QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        QString text = utf8.decode(bytes);
        if (!utf8.hasError()) {
            if (encoding)
                *encoding = QStringLiteral("UTF-8");
            return text;
        }
        QStringDecoder gb18030("GB18030", QStringDecoder::Flag::Stateless);
        if (gb18030.isValid()) {
            text = gb18030.decode(bytes);
            if (!gb18030.hasError()) {
                if (encoding)
                    *encoding = QStringLiteral("GB18030");
                return text;
            }
        }
    }
    return fail(Error::Code::Validation,
                QCoreApplication::translate("CsvReader", "The file is neither UTF-8 nor GB18030 text. Save it from "
                                                         "Excel or WPS as CSV and try again."));
}

Result<Table> CsvReader::read(const QByteArray& bytes)
{
    if (bytes.size() > ImportLimits::kMaxFileBytes)
        return fail(Error::Code::Validation, QCoreApplication::translate("CsvReader", "The file is larger than %1 MB.")
                                                 .arg(ImportLimits::kMaxFileBytes / (1024 * 1024)));
    Result<QString> decoded = decode(bytes);
    if (!decoded)
        return fail(decoded.error());
    const QString& text = *decoded;
    const int firstBreak = int(text.indexOf(QLatin1Char('\n')));
    const QStringView firstLine = QStringView(text).left(firstBreak < 0 ? text.size() : firstBreak);
    const QChar separator = firstLine.contains(QLatin1Char('\t')) && !firstLine.contains(QLatin1Char(','))
                                ? QLatin1Char('\t')
                                : QLatin1Char(',');
    Table table;
    QStringList cells;
    QString cell;
    bool quoted = false;
    bool wasQuoted = false;
    int line = 1;
    int recordLine = 1;
    auto endCell = [&]() -> Result<void> {
        if (cell.size() > ImportLimits::kMaxCellCharacters)
            return fail(malformed(recordLine, QCoreApplication::translate("CsvReader", "a field is too long.")));
        cells.append(wasQuoted ? cell : cell.trimmed());
        cell.clear();
        wasQuoted = false;
        if (cells.size() > ImportLimits::kMaxColumns)
            return fail(malformed(recordLine, QCoreApplication::translate("CsvReader", "too many columns.")));
        return {};
    };
    auto endRecord = [&]() -> Result<void> {
        if (Result<void> ended = endCell(); !ended)
            return ended;
        if (!isBlank(cells))
            table.append(TableRow{recordLine, cells});
        cells.clear();
        if (table.size() > ImportLimits::kMaxRows)
            return fail(malformed(recordLine, QCoreApplication::translate("CsvReader", "the file has more than %1 "
                                                                                       "rows.")
                                                  .arg(ImportLimits::kMaxRows)));
        recordLine = line;
        return {};
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    cell += c;
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                cell += c;
            }
        } else if (c == QLatin1Char('"')) {
            if (!cell.trimmed().isEmpty())
                return fail(
                    malformed(line, QCoreApplication::translate(
                                        "CsvReader", "a quote '\"' inside a field that does not start with one.")));
            cell.clear();
            quoted = true;
            wasQuoted = true;
        } else if (c == separator) {
            if (Result<void> ended = endCell(); !ended)
                return fail(ended.error());
        } else if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            ++line;
            if (Result<void> ended = endRecord(); !ended)
                return fail(ended.error());
        } else if (wasQuoted) {
            if (!c.isSpace())
                return fail(malformed(
                    line, QCoreApplication::translate("CsvReader", "text after the closing quote of a field.")));
        } else {
            cell += c;
        }
    }
    if (quoted)
        return fail(malformed(recordLine, QCoreApplication::translate("CsvReader", "a quoted field is never closed.")));
    if (Result<void> ended = endRecord(); !ended)
        return fail(ended.error());
    return table;
}

} // namespace branddesk
