// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/documents/titlelines.h"

#include <QList>
#include <QTextBoundaryFinder>

#include <algorithm>
#include <iterator>
#include <limits>

namespace branddesk {
namespace {

struct Span {
    qsizetype start = 0;
    qsizetype end = 0; ///< one past the last character

    bool operator==(const Span& other) const = default;
};

QList<Span> quotations(const QString& text)
{
    static const QList<std::pair<QChar, QChar>> pairs = {
        {QChar(0x201C), QChar(0x201D)}, {QChar(0x300A), QChar(0x300B)}, {QChar(0x300C), QChar(0x300D)}};
    QList<Span> spans;
    for (const auto& [open, close] : pairs) {
        for (qsizetype from = text.indexOf(open); from >= 0; from = text.indexOf(open, from + 1)) {
            const qsizetype to = text.indexOf(close, from + 1);
            if (to < 0)
                break;
            spans.append({from, to + 1});
            from = to;
        }
    }
    return spans;
}

/// The line break opportunities of `text` not inside a span (0 and the end are not among them).
QList<qsizetype> breaks(const QString& text, const QList<Span>& spans, const QList<Span>& quoted)
{
    QList<qsizetype> result;
    QTextBoundaryFinder finder(QTextBoundaryFinder::Line, text);
    for (qsizetype at = finder.toNextBoundary(); at > 0 && at < text.size(); at = finder.toNextBoundary()) {
        const bool inside = std::any_of(spans.begin(), spans.end(),
                                        [at](const Span& span) { return at > span.start && at < span.end; });
        if (!inside)
            result.append(at);
    }
    // Line breaking never breaks beside a quotation mark, whose side it cannot tell; in Chinese the edges of a
    // quotation are the best places to break.
    for (const Span& span : quoted)
        for (const qsizetype at : {span.start, span.end})
            if (at > 0 && at < text.size() && !result.contains(at) &&
                std::none_of(spans.begin(), spans.end(),
                             [at](const Span& other) { return at > other.start && at < other.end; }))
                result.append(at);
    std::sort(result.begin(), result.end());
    return result;
}

/// A break between words for certain: at the edge of a kept piece or a quotation, after punctuation, before an
/// opening bracket or quote. Elsewhere a break may cut a word ("市级机/关").
bool clean(const QString& text, qsizetype at, const QList<Span>& spans)
{
    if (std::any_of(spans.begin(), spans.end(), [at](const Span& span) { return at == span.start || at == span.end; }))
        return true;
    const QChar after = text.at(at);
    return text.at(at - 1).isPunct() || after.category() == QChar::Punctuation_Open ||
           after.category() == QChar::Punctuation_InitialQuote;
}

/// The fewest lines no wider than `width`, with the fewest breaks that may cut a word, then the shortest longest
/// line, breaking only at `points`; empty when a piece between two points is wider than `width`.
QStringList best(const QString& text, const QList<qsizetype>& points, const QList<Span>& spans, qreal width,
                 const TitleLines::Measure& measure)
{
    QList<qsizetype> cuts{0};
    cuts.append(points);
    cuts.append(text.size());
    const int n = static_cast<int>(cuts.size());
    constexpr qreal none = std::numeric_limits<qreal>::infinity();
    // lines[i], longest[i]: the best way to set the text up to cut i; from[i]: where its last line starts.
    QList<int> lines(n, std::numeric_limits<int>::max());
    QList<qreal> longest(n, none);
    QList<qreal> squares(n, none);
    QList<int> from(n, -1);
    QList<int> rough(n, 0); // breaks that may cut a word
    lines[0] = 0;
    longest[0] = 0;
    squares[0] = 0;
    for (int j = 1; j < n; ++j) {
        for (int i = j - 1; i >= 0; --i) {
            if (lines.at(i) == std::numeric_limits<int>::max())
                continue;
            const qreal line = measure(text.mid(cuts.at(i), cuts.at(j) - cuts.at(i)).trimmed());
            if (line > width)
                break; // longer lines only from here on
            const int count = lines.at(i) + 1;
            const int cutting = rough.at(i) + (i > 0 && !clean(text, cuts.at(i), spans) ? 1 : 0);
            const qreal worst = std::max(longest.at(i), line);
            const qreal sum = squares.at(i) + line * line;
            const bool evener = worst < longest.at(j) - 0.01 || (worst < longest.at(j) + 0.01 && sum < squares.at(j));
            if (count < lines.at(j) ||
                (count == lines.at(j) && (cutting < rough.at(j) || (cutting == rough.at(j) && evener)))) {
                rough[j] = cutting;
                lines[j] = count;
                longest[j] = worst;
                squares[j] = sum;
                from[j] = i;
            }
        }
    }
    if (from.at(n - 1) < 0)
        return {};
    QStringList result;
    for (int j = n - 1; j > 0; j = from.at(j))
        result.prepend(text.mid(cuts.at(from.at(j)), cuts.at(j) - cuts.at(from.at(j))).trimmed());
    return result;
}

} // namespace

QStringList TitleLines::split(const QString& text, const QStringList& keepTogether, qreal width, const Measure& measure)
{
    if (text.isEmpty() || text.contains(QLatin1Char('\n')) || measure(text) <= width)
        return {text};
    QList<Span> kept;
    for (const QString& piece : keepTogether) {
        const qsizetype at = piece.isEmpty() ? -1 : text.indexOf(piece);
        if (at >= 0)
            kept.append({at, at + piece.size()});
    }
    QList<Span> quoted = quotations(text);
    quoted.erase(
        std::remove_if(quoted.begin(), quoted.end(),
                       [&](const Span& span) { return measure(text.mid(span.start, span.end - span.start)) > width; }),
        quoted.end());
    // The most kept together that still fits; failing that, the caller's pieces alone; failing that, anywhere.
    for (const QList<Span>& spans : {kept + quoted, kept, QList<Span>()}) {
        QList<Span> quotes;
        std::copy_if(spans.begin(), spans.end(), std::back_inserter(quotes),
                     [&quoted](const Span& span) { return quoted.contains(span); });
        QStringList lines = best(text, breaks(text, spans, quotes), spans, width, measure);
        if (!lines.isEmpty())
            return lines;
    }
    return {text};
}

} // namespace branddesk
