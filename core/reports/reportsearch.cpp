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

bool ReportListItem::isBackFilled() const
{
    return enteredAt.isValid() && week.isValid() && enteredAt.toLocalTime().date() > week.sunday();
}

QString excerptAround(const QString& text, const QStringList& terms, int width)
{
    QString flat = text;
    flat.replace(QLatin1Char('\n'), QLatin1Char(' ')).replace(QLatin1Char('\r'), QLatin1Char(' '));
    qsizetype first = -1;
    for (const QString& term : terms) {
        const qsizetype at = flat.indexOf(term, 0, Qt::CaseInsensitive);
        if (at >= 0 && (first < 0 || at < first))
            first = at;
    }
    const qsizetype start = first < 0 ? 0 : std::max<qsizetype>(0, first - width / 4);
    QString result = flat.mid(start, width);
    if (start > 0)
        result.prepend(QChar(0x2026));
    if (start + width < flat.size())
        result.append(QChar(0x2026));
    return result;
}

} // namespace branddesk
