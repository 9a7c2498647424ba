// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace branddesk {

/// A department's e-mail field may hold several addresses ("a@x.cn; b@x.cn", "a@x.cn，b@x.cn", "a@x.cn b@x.cn"):
/// the inbox matches a sender against each, and a reminder goes to all of them.

/// Every part of `field` that looks like an address, in order, without repeats (letter case ignored).
QStringList emailAddressesIn(const QString& field);
/// Whether every part of `field` (separated by spaces, commas, semicolons or 、) is an address; an empty field is.
bool isEmailAddressList(const QString& field);

} // namespace branddesk
