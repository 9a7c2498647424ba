// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/filedialog.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QStandardPaths>

namespace branddesk {
namespace {

// Qt's own dialog, not the desktop's: it speaks the program's language (qtbase's zh_CN catalogue, loaded with
// ours), where a GTK dialog follows the system's and showed "Folder" and "5 Dec" in a Chinese program.
constexpr QFileDialog::Options kOptions = QFileDialog::DontUseNativeDialog;

} // namespace

std::optional<QString> FileDialog::s_nextFileName;
QString FileDialog::s_lastFolder;
QString FileDialog::s_lastSaveFolder;

QString FileDialog::getOpenFileName(QWidget* parent, const QString& caption, const QString& filter)
{
    if (s_nextFileName) {
        QString answer = *s_nextFileName;
        s_nextFileName.reset();
        return answer;
    }
    if (s_lastFolder.isEmpty())
        s_lastFolder = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    QString chosen = QFileDialog::getOpenFileName(parent, caption, s_lastFolder, filter, nullptr, kOptions);
    if (!chosen.isEmpty())
        s_lastFolder = QFileInfo(chosen).absolutePath();
    return chosen;
}

QString FileDialog::getSaveFileName(QWidget* parent, const QString& caption, const QString& suggestedName,
                                    const QString& filter, QString* selectedFilter)
{
    if (s_nextFileName) {
        QString answer = *s_nextFileName;
        s_nextFileName.reset();
        return answer;
    }
    if (s_lastSaveFolder.isEmpty())
        s_lastSaveFolder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString chosen = QFileDialog::getSaveFileName(parent, caption, QDir(s_lastSaveFolder).filePath(suggestedName),
                                                  filter, selectedFilter, kOptions);
    if (!chosen.isEmpty())
        s_lastSaveFolder = QFileInfo(chosen).absolutePath();
    return chosen;
}

void FileDialog::setNextFileName(const QString& fileName)
{
    s_nextFileName = fileName;
}

} // namespace branddesk
