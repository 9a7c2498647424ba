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
    /// Asks where to save, proposing `suggestedName` in the folder last saved to (at first the documents
    /// folder); `selectedFilter` is the filter chosen at first and, on return, the one the user chose. The
    /// dialog itself asks before replacing an existing file. Empty when cancelled.
    static QString getSaveFileName(QWidget* parent, const QString& caption, const QString& suggestedName,
                                   const QString& filter, QString* selectedFilter = nullptr);
    /// The next getOpenFileName() or getSaveFileName() returns `fileName` at once (empty: as if cancelled).
    static void setNextFileName(const QString& fileName);

private:
    static std::optional<QString> s_nextFileName;
    static QString s_lastFolder;
    static QString s_lastSaveFolder;
};

} // namespace branddesk
