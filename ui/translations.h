// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace branddesk {

/// Installs BrandDesk's and Qt's own translations for `language` ("zh_CN" or "en") into the running
/// application and sets the default locale to match. Returns false when BrandDesk's catalogue is missing.
bool installTranslations(const QString& language);

} // namespace branddesk
