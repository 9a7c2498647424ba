// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/reports/reportsearch.h"

#include "core/text/characters.h"

#include <QRegularExpression>

#include <algorithm>

namespace branddesk {

QStringList ReportFilter::terms() const
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    QStringList words = text.split(space, Qt::SkipEmptyParts);
    words.removeDuplicates();
    return words;
}

bool ReportFilter::usesFullTextIndex() const
{
    const QStringList words = terms();
    return !words.isEmpty() &&
           std::all_of(words.begin(), words.end(), [](const QString& word) { return characterCount(word) >= 3; });
}

bool ReportFilter::usesTwoCharacterIndex() const
{
    const QStringList words = terms();
    return !words.isEmpty() &&
           std::all_of(words.begin(), words.end(), [](const QString& word) { return characterCount(word) >= 2; }) &&
           std::any_of(words.begin(), words.end(), [](const QString& word) { return characterCount(word) == 2; });
}

bool ReportListItem::isBackFilled() const
{
    return enteredAt.isValid() && week.isValid() && enteredAt.toLocalTime().date() > week.sunday();
}

QString excerptAround(const QString& text, const QStringList& terms, int width)
{
    QString flat = text;
    flat.replace(QLatin1Char('\n'), QLatin1Char(' ')).replace(QLatin1Char('\r'), QLatin1Char(' '));
    qsizetype first = -1;
    qsizetype firstLength = 0;
    for (const QString& term : terms) {
        const qsizetype at = term.isEmpty() ? -1 : flat.indexOf(term, 0, Qt::CaseInsensitive);
        if (at >= 0 && (first < 0 || at < first || (at == first && term.size() > firstLength))) {
            first = at;
            firstLength = term.size();
        }
    }
    // The first match in the middle: as much of the text before it as after it, unless the text ends first.
    qsizetype start = 0;
    if (first >= 0 && flat.size() > width)
        start = std::clamp<qsizetype>(first + firstLength / 2 - width / 2, 0, flat.size() - width);
    qsizetype end = std::min<qsizetype>(flat.size(), start + width);
    // Never between the two halves of a character outside the basic plane.
    if (start > 0 && flat.at(start).isLowSurrogate())
        --start;
    if (end < flat.size() && flat.at(end).isLowSurrogate())
        ++end;
    QString result = flat.mid(start, end - start);
    if (start > 0)
        result.prepend(QChar(0x2026));
    if (end < flat.size())
        result.append(QChar(0x2026));
    return result;
}

} // namespace branddesk
