// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/stringmakers.h"

namespace branddesk::test {

std::string errorCodeName(Error::Code code)
{
    switch (code) {
    case Error::Code::Generic:
        return "Generic";
    case Error::Code::NotFound:
        return "NotFound";
    case Error::Code::Validation:
        return "Validation";
    case Error::Code::Conflict:
        return "Conflict";
    case Error::Code::InUse:
        return "InUse";
    case Error::Code::Storage:
        return "Storage";
    case Error::Code::ForeignFile:
        return "ForeignFile";
    case Error::Code::TooNew:
        return "TooNew";
    case Error::Code::Corrupt:
        return "Corrupt";
    case Error::Code::Forbidden:
        return "Forbidden";
    case Error::Code::Locked:
        return "Locked";
    case Error::Code::Cancelled:
        return "Cancelled";
    case Error::Code::Unreachable:
        return "Unreachable";
    }
    return "Error::Code(" + std::to_string(static_cast<int>(code)) + ")";
}

std::string describe(const Error& error)
{
    std::string text = "an error (" + errorCodeName(error.code) + "): " + error.message.toStdString();
    if (!error.detail.isEmpty())
        text += " / " + error.detail.toStdString();
    return text;
}

} // namespace branddesk::test

namespace Catch {

std::string StringMaker<QString>::convert(const QString& value)
{
    if (value.isNull())
        return "null QString";
    return '"' + value.toStdString() + '"';
}

std::string StringMaker<QByteArray>::convert(const QByteArray& value)
{
    std::string text = std::to_string(value.size()) + " bytes";
    if (!value.isEmpty())
        text += " [" + value.left(16).toHex(' ').toStdString() + (value.size() > 16 ? " …]" : "]");
    return text;
}

std::string StringMaker<QDateTime>::convert(const QDateTime& value)
{
    if (!value.isValid())
        return "invalid QDateTime";
    // In UTC, so two moments that print alike are alike.
    return value.toUTC().toString(Qt::ISODateWithMs).toStdString();
}

std::string StringMaker<QSize>::convert(const QSize& value)
{
    return std::to_string(value.width()) + "×" + std::to_string(value.height());
}

} // namespace Catch
