// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace branddesk::dates {

/// A date on screen, in the locale's long form without the weekday: "April 21, 2026", "2026年4月21日". The short
/// form read "4/21/26" in English, which an office outside the US misreads.
QString shown(const QDate& date);
/// A moment on screen: shown(date) and the locale's short time, "April 21, 2026 9:30 AM", "2026年4月21日 09:30".
QString shown(const QDateTime& moment);

} // namespace branddesk::dates
