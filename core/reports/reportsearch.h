// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/department.h"
#include "core/reports/weeklyreport.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace branddesk {

/// What the report history shows: every condition left empty matches all reports.
struct ReportFilter {
    qint64 departmentId = 0;
    std::optional<DepartmentCategory> category;
    ReportWeek fromWeek; ///< invalid: no lower bound
    ReportWeek toWeek;   ///< invalid: no upper bound
    ReportTags tags;     ///< any of these
    bool highlightOnly = false;
    /// Words to find in the title or the content, all of them (separated by spaces).
    QString text;
    /// The newest this many matches are returned (the total is counted all the same, up to
    /// ReportSearchResult::kCountLimit). Words found by the full-text index return the most recently logged
    /// matches, newest week first: the same as the newest weeks' unless older weeks were logged late.
    int limit = 2000;
    /// Whether to count the matches beyond the limit (the history shows how many; the summary's highlights
    /// need only the newest few, and counting them would read every report of the period).
    bool countAll = true;

    /// The search words: the text split at white space, duplicates removed.
    QStringList terms() const;
    /// Whether the words can go to the full-text (trigram) index: it finds only substrings of three characters or
    /// more.
    bool usesFullTextIndex() const;
    /// Whether the words go to the two-character index instead: every word has two characters or more and one
    /// has two. A word of one character is searched by a scan (LIKE).
    bool usesTwoCharacterIndex() const;
};

/// One line of the report history.
struct ReportListItem {
    qint64 id = 0;
    qint64 departmentId = 0;
    QString departmentName;
    DepartmentCategory category = DepartmentCategory::Administrative;
    ReportWeek week;
    QDateTime receivedAt; ///< UTC
    ReportChannel channel = ReportChannel::Email;
    QString title;
    /// The opening of the content, or with a search the passage around the first match.
    QString excerpt;
    ReportTags tags;
    bool highlight = false;
    bool supplement = false; ///< not the first report of its department and week
    int attachmentCount = 0;
    QDateTime enteredAt; ///< UTC
    QString enteredBy;

    bool isBackFilled() const;
};

struct ReportSearchResult {
    /// Matches are counted up to this many; a search that matches more says "more than".
    static constexpr int kCountLimit = 10000;

    QList<ReportListItem> items; ///< newest week first
    int total = 0;               ///< all matches, even beyond the limit, up to kCountLimit
    bool moreThanTotal = false;  ///< more than kCountLimit match
};

/// The passage of `text` centred on the first occurrence of any of `terms` (case-insensitive), `width` characters
/// (UTF-16 units, a character outside the basic plane never cut in two) on one line, with "…" where it was cut;
/// the opening of the text when none occurs. Near the text's start or end the passage is its first or last
/// `width` characters, so that it is never shorter than it need be.
QString excerptAround(const QString& text, const QStringList& terms, int width = 80);

} // namespace branddesk
