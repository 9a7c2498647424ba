// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/campaign/jsonlineindex.h"

#include <QList>

namespace branddesk {
namespace {

struct Frame {
    bool isArray = false;
    QString key;   ///< objects: the key whose value comes next
    int index = 0; ///< arrays: the element being read
};

QString pathOf(const QList<Frame>& stack)
{
    QString path;
    for (const Frame& frame : stack) {
        if (frame.isArray)
            path += QLatin1Char('[') + QString::number(frame.index) + QLatin1Char(']');
        else
            path += (path.isEmpty() ? QString() : QStringLiteral(".")) + frame.key;
    }
    return path;
}

} // namespace

JsonLineIndex::JsonLineIndex(const QByteArray& json)
    : m_json(json)
{
    QList<Frame> stack;
    bool expectKey = false;
    int line = 1;
    // Records where the value at the current path starts (the first time only).
    auto recordOnce = [&] {
        const QString path = pathOf(stack);
        if (!m_lines.contains(path))
            m_lines.insert(path, line);
    };
    for (qsizetype i = 0; i < json.size(); ++i) {
        const char c = json.at(i);
        if (c == '\n') {
            ++line;
        } else if (c == '"') {
            QByteArray text;
            for (++i; i < json.size() && json.at(i) != '"'; ++i) {
                if (json.at(i) == '\\' && i + 1 < json.size())
                    ++i;
                else if (json.at(i) == '\n')
                    ++line;
                text += json.at(i);
            }
            if (!stack.isEmpty() && !stack.last().isArray && expectKey) {
                stack.last().key = QString::fromUtf8(text);
                expectKey = false;
            } else {
                recordOnce();
            }
        } else if (c == '{' || c == '[') {
            recordOnce();
            stack.append(Frame{c == '[', QString(), 0});
            expectKey = c == '{';
        } else if (c == '}' || c == ']') {
            if (!stack.isEmpty())
                stack.removeLast();
            expectKey = false;
        } else if (c == ',') {
            if (!stack.isEmpty() && stack.last().isArray)
                ++stack.last().index;
            else
                expectKey = true;
        } else if (c != ':' && c != ' ' && c != '\t' && c != '\r') {
            recordOnce(); // a number or a literal: skip to its end
            while (i + 1 < json.size() && QByteArrayView(",}]\n").indexOf(json.at(i + 1)) < 0)
                ++i;
        }
    }
}

int JsonLineIndex::lineOf(const QString& path) const
{
    QString p = path;
    while (true) {
        if (auto it = m_lines.constFind(p); it != m_lines.constEnd())
            return *it;
        const qsizetype cut = std::max(p.lastIndexOf(QLatin1Char('.')), p.lastIndexOf(QLatin1Char('[')));
        if (cut <= 0)
            return m_lines.value(QString(), 1);
        p.truncate(cut);
    }
}

int JsonLineIndex::lineOfOffset(qsizetype offset) const
{
    return static_cast<int>(m_json.left(offset).count('\n')) + 1;
}

} // namespace branddesk
