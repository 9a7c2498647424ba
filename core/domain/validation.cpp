// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/validation.h"

#include "core/domain/emailaddresses.h"
#include "core/text/characters.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace branddesk {
namespace {

void checkLength(QStringList& problems, const QString& value, int limit, const QString& label)
{
    if (const qsizetype length = characterCount(value); length > limit)
        problems.append(QCoreApplication::translate("Validation", "%1 is too long: %2 characters, at most %3.")
                            .arg(label)
                            .arg(length)
                            .arg(limit));
}

Result<void> toResult(const QStringList& problems)
{
    if (problems.isEmpty())
        return {};
    return fail(Error::Code::Validation, problems.join(QLatin1Char('\n')));
}

} // namespace

Result<void> validateDepartment(const Department& d)
{
    QStringList problems;
    if (d.name.trimmed().isEmpty())
        problems.append(QCoreApplication::translate("Validation", "The department needs a name."));
    checkLength(problems, d.name, TextLimits::kName, QCoreApplication::translate("Validation", "The name"));
    checkLength(problems, d.shortName, TextLimits::kShortName,
                QCoreApplication::translate("Validation", "The short name"));
    checkLength(problems, d.principalLeader, TextLimits::kPerson,
                QCoreApplication::translate("Validation", "The principal leader"));
    checkLength(problems, d.leaderInCharge, TextLimits::kPerson,
                QCoreApplication::translate("Validation", "The leader in charge"));
    checkLength(problems, d.contactPerson, TextLimits::kPerson,
                QCoreApplication::translate("Validation", "The contact person"));
    checkLength(problems, d.phone, TextLimits::kPhone, QCoreApplication::translate("Validation", "The phone number"));
    checkLength(problems, d.email, TextLimits::kEmail, QCoreApplication::translate("Validation", "The e-mail address"));

    static const QRegularExpression phonePattern(QStringLiteral("^[0-9+()\\-\\s/,，、转]*$"));
    if (!phonePattern.match(d.phone.trimmed()).hasMatch())
        problems.append(QCoreApplication::translate("Validation",
                                                    "The phone number may contain only digits, spaces and + - ( ) /."));
    if (!isEmailAddressList(d.email))
        problems.append(QCoreApplication::translate(
            "Validation", "The e-mail address is not valid (expected name@example.gov.cn; several are separated by "
                          "semicolons)."));
    if (d.sortOrder < 0 || d.sortOrder > 99999)
        problems.append(QCoreApplication::translate("Validation", "The sort order must be between 0 and 99999."));
    return toResult(problems);
}

Result<void> validateBrand(const Brand& b)
{
    QStringList problems;
    if (b.departmentId <= 0)
        problems.append(QCoreApplication::translate("Validation", "Choose the department the brand belongs to."));
    if (b.name().trimmed().isEmpty())
        problems.append(QCoreApplication::translate("Validation", "The brand needs a name."));
    checkLength(problems, b.name(), TextLimits::kName, brandFieldName(BrandField::Name));
    for (BrandField field : allBrandFields()) {
        if (field != BrandField::Name)
            checkLength(problems, b.text(field), TextLimits::kBrandText, brandFieldName(field));
    }
    return toResult(problems);
}

} // namespace branddesk
