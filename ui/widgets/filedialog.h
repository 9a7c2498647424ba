// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

class QWidget;

namespace branddesk {

/// File choosers, with a seam for tests: setNextFileName() answers the next dialog without showing it.
class FileDialog {
public:
    static QString getOpenFileName(QWidget* parent, const QString& caption, const QString& filter);
    static void setNextFileName(const QString& fileName);

private:
    static std::optional<QString> s_nextFileName;
    static QString s_lastFolder;
};

} // namespace branddesk
