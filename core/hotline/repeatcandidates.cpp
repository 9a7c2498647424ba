// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/hotline/repeatcandidates.h"

#include "core/hotline/phonemask.h"

#include <QHash>

#include <algorithm>

namespace branddesk {
namespace {

QHash<QString, int> pairsOf(const QString& text)
{
    QString letters;
    for (const QChar c : text)
        if (c.isLetterOrNumber())
            letters.append(c);
    QHash<QString, int> pairs;
    for (qsizetype i = 0; i + 1 < letters.size(); ++i)
        ++pairs[letters.mid(i, 2)];
    return pairs;
}

int pairCount(const QHash<QString, int>& pairs)
{
    int n = 0;
    for (int count : pairs)
        n += count;
    return n;
}

} // namespace

int RepeatCandidates::similarity(const QString& a, const QString& b)
{
    const QHash<QString, int> pa = pairsOf(a);
    const QHash<QString, int> pb = pairsOf(b);
    const int whole = pairCount(pa) + pairCount(pb);
    if (whole == 0)
        return 0;
    int shared = 0;
    for (auto it = pa.cbegin(); it != pa.cend(); ++it)
        shared += std::min(it.value(), pb.value(it.key()));
    return (200 * shared) / whole;
}

QList<Ticket> RepeatCandidates::find(const Ticket& draft, const QList<Ticket>& earlier, int days, int limit)
{
    constexpr int kSimilar = 50;
    const QString phone = phoneDigits(draft.callerPhone);
    const QDateTime received = draft.receivedAt.isValid() ? draft.receivedAt : QDateTime::currentDateTimeUtc();
    const QDateTime since = received.addDays(-days);
    QList<std::pair<int, Ticket>> scored;
    for (const Ticket& t : earlier) {
        if ((draft.id != 0 && t.id == draft.id) || t.receivedAt > received || t.receivedAt < since)
            continue;
        int score = 0;
        if (phone.size() >= 5 && phoneDigits(t.callerPhone) == phone)
            score = 100 + similarity(draft.content, t.content);
        else if (draft.departmentId != 0 && t.departmentId == draft.departmentId) {
            const int alike = similarity(draft.content, t.content);
            if (alike >= kSimilar)
                score = alike;
        }
        if (score > 0)
            scored.append({score, t});
    }
    std::stable_sort(scored.begin(), scored.end(), [](const auto& a, const auto& b) {
        return a.first != b.first ? a.first > b.first : a.second.receivedAt > b.second.receivedAt;
    });
    QList<Ticket> result;
    for (qsizetype i = 0; i < scored.size() && i < limit; ++i)
        result.append(scored.at(i).second);
    return result;
}

} // namespace branddesk
