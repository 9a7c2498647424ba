// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/reports/searchhighlighter.h"

#include "ui/reports/highlightdelegate.h"

namespace branddesk {

SearchHighlighter::SearchHighlighter(const QStringList& terms, QTextDocument* document)
    : QSyntaxHighlighter(document)
    , m_terms(terms)
{
    rehighlight();
}

void SearchHighlighter::highlightBlock(const QString& text)
{
    // A block is a line: the words never hold white space, so no match spans two blocks.
    for (const auto& [start, length] : HighlightDelegate::matches(text, m_terms))
        setFormat(int(start), int(length), HighlightDelegate::matchFormat());
}

} // namespace branddesk
