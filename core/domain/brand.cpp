// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/brand.h"

#include <QCoreApplication>

namespace branddesk {

QList<BrandStandard> allBrandStandards()
{
    return {BrandStandard::Name, BrandStandard::Logo, BrandStandard::Culture, BrandStandard::ServiceSystem,
            BrandStandard::SocialBenefit};
}

QList<BrandField> allBrandFields()
{
    QList<BrandField> fields;
    for (int i = 0; i < kBrandFieldCount; ++i)
        fields.append(static_cast<BrandField>(i));
    return fields;
}

QList<BrandStatus> allBrandStatuses()
{
    return {BrandStatus::Cultivating, BrandStatus::Practising, BrandStatus::Nominated, BrandStatus::Typical,
            BrandStatus::Named};
}

BrandStandard standardOf(BrandField field)
{
    switch (field) {
    case BrandField::Name:
        return BrandStandard::Name;
    case BrandField::LogoMeaning:
        return BrandStandard::Logo;
    case BrandField::Mission:
    case BrandField::Spirit:
    case BrandField::Philosophy:
    case BrandField::Goal:
        return BrandStandard::Culture;
    case BrandField::ServiceSubjects:
    case BrandField::ServiceContent:
    case BrandField::ServiceMeasures:
    case BrandField::ServiceCommitments:
    case BrandField::ServiceRules:
        return BrandStandard::ServiceSystem;
    case BrandField::SocialBenefit:
        break;
    }
    return BrandStandard::SocialBenefit;
}

QList<BrandField> fieldsOf(BrandStandard standard)
{
    QList<BrandField> fields;
    for (BrandField field : allBrandFields()) {
        if (standardOf(field) == standard)
            fields.append(field);
    }
    return fields;
}

QString brandStandardName(BrandStandard standard)
{
    switch (standard) {
    case BrandStandard::Name:
        return QCoreApplication::translate("Brand", "Brand name");
    case BrandStandard::Logo:
        return QCoreApplication::translate("Brand", "Brand logo");
    case BrandStandard::Culture:
        return QCoreApplication::translate("Brand", "Brand culture");
    case BrandStandard::ServiceSystem:
        return QCoreApplication::translate("Brand", "Service system");
    case BrandStandard::SocialBenefit:
        break;
    }
    return QCoreApplication::translate("Brand", "Social benefit");
}

QString brandFieldName(BrandField field)
{
    switch (field) {
    case BrandField::Name:
        return QCoreApplication::translate("Brand", "Brand name");
    case BrandField::LogoMeaning:
        return QCoreApplication::translate("Brand", "Meaning of the logo");
    case BrandField::Mission:
        return QCoreApplication::translate("Brand", "Mission of the office");
    case BrandField::Spirit:
        return QCoreApplication::translate("Brand", "Organisational spirit");
    case BrandField::Philosophy:
        return QCoreApplication::translate("Brand", "Service philosophy");
    case BrandField::Goal:
        return QCoreApplication::translate("Brand", "Brand goal");
    case BrandField::ServiceSubjects:
        return QCoreApplication::translate("Brand", "Service subjects");
    case BrandField::ServiceContent:
        return QCoreApplication::translate("Brand", "Service content");
    case BrandField::ServiceMeasures:
        return QCoreApplication::translate("Brand", "Service measures");
    case BrandField::ServiceCommitments:
        return QCoreApplication::translate("Brand", "Service commitments");
    case BrandField::ServiceRules:
        return QCoreApplication::translate("Brand", "Service rules");
    case BrandField::SocialBenefit:
        break;
    }
    return QCoreApplication::translate("Brand", "Social benefit evidence");
}

QString brandStatusName(BrandStatus status)
{
    switch (status) {
    case BrandStatus::Cultivating:
        return QCoreApplication::translate("Brand", "Cultivating");
    case BrandStatus::Practising:
        return QCoreApplication::translate("Brand", "Practising");
    case BrandStatus::Nominated:
        return QCoreApplication::translate("Brand", "Nominated");
    case BrandStatus::Typical:
        return QCoreApplication::translate("Brand", "Typical brand");
    case BrandStatus::Named:
        break;
    }
    return QCoreApplication::translate("Brand", "Quality service brand");
}

QString brandStatusCode(BrandStatus status)
{
    switch (status) {
    case BrandStatus::Cultivating:
        return QStringLiteral("cultivating");
    case BrandStatus::Practising:
        return QStringLiteral("practising");
    case BrandStatus::Nominated:
        return QStringLiteral("nominated");
    case BrandStatus::Typical:
        return QStringLiteral("typical");
    case BrandStatus::Named:
        break;
    }
    return QStringLiteral("named");
}

std::optional<BrandStatus> brandStatusFromCode(const QString& code)
{
    for (BrandStatus status : allBrandStatuses()) {
        if (brandStatusCode(status) == code)
            return status;
    }
    return std::nullopt;
}

} // namespace branddesk
