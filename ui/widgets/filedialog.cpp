// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/filedialog.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QStandardPaths>

namespace branddesk {

std::optional<QString> FileDialog::s_nextFileName;
QString FileDialog::s_lastFolder;

QString FileDialog::getOpenFileName(QWidget* parent, const QString& caption, const QString& filter)
{
    if (s_nextFileName) {
        const QString answer = *s_nextFileName;
        s_nextFileName.reset();
        return answer;
    }
    if (s_lastFolder.isEmpty())
        s_lastFolder = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    const QString chosen = QFileDialog::getOpenFileName(parent, caption, s_lastFolder, filter);
    if (!chosen.isEmpty())
        s_lastFolder = QFileInfo(chosen).absolutePath();
    return chosen;
}

void FileDialog::setNextFileName(const QString& fileName)
{
    s_nextFileName = fileName;
}

} // namespace branddesk
