// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QSyntaxHighlighter>

namespace branddesk {

/// Marks every occurrence of the search words in a text document (a report opened from the search results), as
/// the result list marks them: case-insensitively, in Chinese and Latin text alike. The marks are formatting
/// of the view, not of the text: they follow edits and are never saved.
class SearchHighlighter : public QSyntaxHighlighter {
    Q_OBJECT
public:
    SearchHighlighter(const QStringList& terms, QTextDocument* document);
    const QStringList& terms() const { return m_terms; }

protected:
    void highlightBlock(const QString& text) override;

private:
    QStringList m_terms;
};

} // namespace branddesk
