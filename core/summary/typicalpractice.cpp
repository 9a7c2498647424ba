// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/summary/typicalpractice.h"

#include <QRegularExpression>
#include <QStringList>

namespace branddesk {
namespace {

const QChar kFullStop(0x3002); // 。

/// A plan rather than something done: "下周……", "下一步，……", "今后……", "Next week …".
bool isPlan(const QString& text)
{
    static const QRegularExpression plan(
        QStringLiteral("^(下周|下一步|下步|下阶段|下一阶段|下月|今后|接下来|next week|next month|next step)"),
        QRegularExpression::CaseInsensitiveOption);
    return plan.match(text).hasMatch();
}

/// The sentences of `line`, each with its closing mark.
QStringList sentences(const QString& line)
{
    static const QRegularExpression end(QStringLiteral("(?<=[。！？；])"));
    QStringList result;
    for (const QString& sentence : line.split(end, Qt::SkipEmptyParts))
        if (!sentence.trimmed().isEmpty())
            result.append(sentence.trimmed());
    return result;
}

} // namespace

QString typicalPractice(const QString& report, int limit)
{
    // "1. …", "2、…", "一、…", "（三）…": not a sentence that merely starts with a figure ("3家企业……").
    static const QRegularExpression numbered(QStringLiteral("^(?:(?:[0-9０-９]+|[一二三四五六七八九十]+)\\s*[.、．]|["
                                                            "（(](?:[0-9０-９]+|[一二三四五六七八九十]+)[)）])\\s*"));
    QStringList items;
    QStringList prose;
    QStringList lines = report.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    // A report's opening cut short (the list shows the first 200 characters or so): its last piece is not whole.
    static const QRegularExpression whole(QStringLiteral("[。！？；.!?;]\\s*$"));
    if (!lines.isEmpty() && !whole.match(lines.last()).hasMatch()) {
        static const QRegularExpression lastStop(QStringLiteral("[。！？；]"));
        const qsizetype stop = lines.last().lastIndexOf(lastStop);
        if (stop < 0)
            lines.removeLast();
        else
            lines.last().truncate(stop + 1);
    }
    for (const QString& raw : lines) {
        const QString line = raw.trimmed();
        if (line.isEmpty())
            continue;
        const QRegularExpressionMatch number = numbered.match(line);
        if (number.hasMatch()) {
            const QString item = line.mid(number.capturedEnd()).trimmed();
            if (!item.isEmpty() && !isPlan(item) && !items.contains(item))
                items.append(item);
            continue;
        }
        for (const QString& sentence : sentences(line)) {
            // The opening that announces the list ("……主要做法如下：") and the plans are not practices.
            if (sentence.endsWith(QChar(0xFF1A)) || sentence.endsWith(QLatin1Char(':')) || isPlan(sentence))
                continue;
            if (!prose.contains(sentence))
                prose.append(sentence);
        }
    }
    const QStringList& parts = items.isEmpty() ? prose : items;
    QString quoted;
    for (const QString& part : parts) {
        QString piece = part;
        while (!piece.isEmpty() && (piece.endsWith(kFullStop) || piece.endsWith(QChar(0xFF1B)) ||
                                    piece.endsWith(QLatin1Char('.')) || piece.endsWith(QLatin1Char(';'))))
            piece.chop(1);
        if (piece.isEmpty())
            continue;
        if (!quoted.isEmpty() && quoted.size() + piece.size() + 1 > limit)
            break;
        quoted += (quoted.isEmpty() ? QString() : QString(QChar(0xFF1B))) + piece;
    }
    return quoted.isEmpty() ? QString() : quoted + kFullStop;
}

} // namespace branddesk
