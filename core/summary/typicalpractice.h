// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace branddesk {

/// What the supervision summary quotes of a report marked 典型做法: the practice, not the report. The report's
/// opening ("本周……主要做法如下：") and its plans ("下周……", "下一步……") are left out; the numbered items of
/// what was done are quoted without their numbers, joined by "；", as many as fit in `limit` characters (at
/// least one). A report without numbered items is quoted by its sentences the same way. A report cut short (an
/// excerpt) loses its unfinished last piece.
QString typicalPractice(const QString& report, int limit = 150);

} // namespace branddesk
