// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace branddesk {

/// A caller's phone as lists, exports and prints show it to whoever may not see it: the first three and the last
/// four digits kept, the rest starred ("13812345678" → "138****5678"; "0519-88001234" → "051******1234"). A number
/// of eight characters or fewer keeps only its last two.
QString maskedPhone(const QString& phone);

/// The caller's phone as a list, an export or a print shows it: in full only to someone who may read it (a clerk
/// or an administrator) and only when the ticket is not confidential; masked otherwise.
QString listedPhone(const QString& phone, bool confidential, bool mayRead);

/// The digits of a phone number, for comparing two ways of writing it.
QString phoneDigits(const QString& phone);

} // namespace branddesk
