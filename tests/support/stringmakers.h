// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"

#include <QByteArray>
#include <QDateTime>
#include <QSize>
#include <QString>

#include <catch2/catch.hpp>

#include <expected>
#include <string>

// How Catch2 prints Qt and core values in a failed assertion. Include this header (the other support
// headers do) before comparing such values, so a failure reads "市财政局" == "市政府" and not {?} == {?}.

namespace branddesk::test {

/// "Validation", "Conflict" …
std::string errorCodeName(Error::Code code);
/// "an error (Validation): <message> / <detail>".
std::string describe(const Error& error);

} // namespace branddesk::test

namespace Catch {

template <> struct StringMaker<QString> {
    static std::string convert(const QString& value);
};

template <> struct StringMaker<QByteArray> {
    /// The size and the first bytes in hex: logos are megabytes of binary.
    static std::string convert(const QByteArray& value);
};

template <> struct StringMaker<QDateTime> {
    static std::string convert(const QDateTime& value);
};

template <> struct StringMaker<QSize> {
    static std::string convert(const QSize& value);
};

template <> struct StringMaker<branddesk::Error::Code> {
    static std::string convert(branddesk::Error::Code value) { return branddesk::test::errorCodeName(value); }
};

template <> struct StringMaker<branddesk::Error> {
    static std::string convert(const branddesk::Error& value) { return branddesk::test::describe(value); }
};

/// `REQUIRE(result)` prints the error's code and message when an operation failed.
template <typename T> struct StringMaker<std::expected<T, branddesk::Error>> {
    static std::string convert(const std::expected<T, branddesk::Error>& value)
    {
        return value.has_value() ? std::string("a success") : branddesk::test::describe(value.error());
    }
};

} // namespace Catch
