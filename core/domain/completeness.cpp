// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/completeness.h"

#include "core/text/characters.h"

#include <QCoreApplication>

namespace branddesk {
Completeness Completeness::of(const Brand& brand)
{
    Completeness result;
    auto add = [&result](BrandStandard standard, const QString& label, bool met, const QString& hint) {
        result.m_items.append(CompletenessItem{standard, label, met, met ? QString() : hint});
    };
    auto filled = [&brand](BrandField field) { return !brand.text(field).trimmed().isEmpty(); };

    const QString name = brand.name().trimmed();
    add(BrandStandard::Name, brandFieldName(BrandField::Name), !name.isEmpty(),
        QCoreApplication::translate("Completeness", "The brand has no name yet."));
    const qsizetype length = characterCount(name);
    add(BrandStandard::Name,
        QCoreApplication::translate("Completeness", "Name is concise (%1–%2 characters)")
            .arg(kNameMinLength)
            .arg(kNameMaxLength),
        length >= kNameMinLength && length <= kNameMaxLength,
        length > kNameMaxLength ? QCoreApplication::translate(
                                      "Completeness", "The name has %1 characters; a memorable name has at most %2.")
                                      .arg(length)
                                      .arg(kNameMaxLength)
                                : QCoreApplication::translate("Completeness", "The name is too short."));
    add(BrandStandard::Logo, QCoreApplication::translate("Completeness", "Logo image"), brand.logoPresent(),
        QCoreApplication::translate("Completeness", "No logo image has been uploaded."));
    for (BrandField field : allBrandFields()) {
        if (field == BrandField::Name)
            continue;
        add(standardOf(field), brandFieldName(field), filled(field),
            QCoreApplication::translate("Completeness", "\"%1\" is not filled in.").arg(brandFieldName(field)));
    }
    return result;
}

int Completeness::metCount() const
{
    return static_cast<int>(std::count_if(m_items.begin(), m_items.end(), [](const auto& item) { return item.met; }));
}

int Completeness::percent() const
{
    return totalCount() == 0 ? 0 : metCount() * 100 / totalCount();
}

int Completeness::metCount(BrandStandard standard) const
{
    return static_cast<int>(std::count_if(m_items.begin(), m_items.end(), [standard](const auto& item) {
        return item.standard == standard && item.met;
    }));
}

int Completeness::totalCount(BrandStandard standard) const
{
    return static_cast<int>(std::count_if(m_items.begin(), m_items.end(),
                                          [standard](const auto& item) { return item.standard == standard; }));
}

int Completeness::percent(BrandStandard standard) const
{
    const int total = totalCount(standard);
    return total == 0 ? 0 : metCount(standard) * 100 / total;
}

QStringList Completeness::missing() const
{
    QStringList hints;
    for (const CompletenessItem& item : m_items) {
        if (!item.met)
            hints.append(item.hint);
    }
    return hints;
}

} // namespace branddesk
