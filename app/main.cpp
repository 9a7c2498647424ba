// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/options.h"
#include "core/clock.h"
#include "core/demo/demodata.h"
#include "core/services/session.h"
#include "core/storage/database.h"
#include "ui/mainwindow.h"
#include "ui/translations.h"
#include "ui/widgets/messagebox.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QScreen>
#include <QTemporaryDir>
#include <QTextStream>

#include <cstdio>

using namespace branddesk;

namespace {

void printError(const QString& text)
{
    QTextStream(stderr) << text << Qt::endl;
}

QString currentUserName()
{
    QString name = qEnvironmentVariable("USER");
    if (name.isEmpty())
        name = qEnvironmentVariable("USERNAME");
    return name.isEmpty() ? QCoreApplication::translate("main", "(unknown)") : name;
}

int takeScreenshot(MainWindow& window, const Options& options)
{
    window.resize(1280, 800);
    window.show();
    for (int i = 0; i < 5; ++i)
        QApplication::processEvents();
    const QPixmap pixmap = window.grab();
    if (!pixmap.save(options.screenshotPath, "PNG")) {
        printError(QCoreApplication::translate("main", "The screenshot could not be written to %1.")
                       .arg(options.screenshotPath));
        return 1;
    }
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    if (wantsOffscreen(argc, argv) && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("BrandDesk"));
    QApplication::setOrganizationName(QStringLiteral("BrandDesk"));
    QApplication::setApplicationVersion(QStringLiteral(BRANDDESK_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/branddesk.svg")));

    // The language is known only after parsing; parse once to find it, then install and parse for real
    // so --help and error messages come out translated.
    QString error;
    installTranslations(languageArgument(QApplication::arguments()) == QLatin1String("en") ? QStringLiteral("en")
                                                                                           : QStringLiteral("zh_CN"));
    const std::optional<Options> options = parseOptions(QApplication::arguments(), error);
    if (!options) {
        printError(error);
        return 2;
    }
    const bool headless = !options->screenshotPath.isEmpty();

    SystemClock clock;
    if (options->today.isValid())
        clock.setToday(options->today);

    QTemporaryDir demoFolder;
    QString path = options->databasePath.isEmpty() ? Database::defaultPath() : options->databasePath;
    if (options->demo) {
        if (options->databasePath.isEmpty()) {
            path = demoFolder.filePath(QStringLiteral("branddesk-demo.sqlite"));
        } else if (QFileInfo(path).exists() && QFileInfo(path).size() > 0) {
            printError(QCoreApplication::translate("main", "--demo writes a new database, but %1 already exists. "
                                                           "Choose a new file name.")
                           .arg(path));
            return 2;
        }
    }

    Result<std::unique_ptr<Database>> database = Database::open(path);
    if (!database) {
        if (headless)
            printError(database.error().fullText());
        else
            MessageBox::error(nullptr, QCoreApplication::translate("main", "BrandDesk cannot open the database"),
                              database.error());
        return 1;
    }
    Session session(std::move(*database), clock,
                    options->demo ? QCoreApplication::translate("main", "demo clerk") : currentUserName());
    if (options->demo) {
        if (Result<void> filled = populateDemoData(session); !filled) {
            printError(filled.error().fullText());
            return 1;
        }
    }

    MainWindow window(session);
    if (!options->view.isEmpty())
        window.showView(options->view);
    if (headless)
        return takeScreenshot(window, *options);
    window.show();
    return QApplication::exec();
}
