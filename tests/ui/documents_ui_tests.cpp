// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Printing from the program: the documents dialog builds the summary and the sheets and saves them as PDF or Word.
#include "core/demo/demodata.h"
#include "core/import/zipmemory.h"
#include "tests/support/poppler.h"
#include "tests/support/tempdatabase.h"
#include "tests/ui/uidriver.h"
#include "ui/documents/documentsdialog.h"
#include "ui/print/previewdialog.h"
#include "ui/print/previewpages.h"
#include "ui/print/printpreview.h"
#include "ui/translations.h"
#include "ui/widgets/filedialog.h"
#include "ui/widgets/messagebox.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTest>

#include <catch2/catch.hpp>

using namespace branddesk;
using namespace branddesk::test;

namespace {

/// Pixels darker than mid-grey: the ink of painted pages (a page still being prepared says so in grey).
int inkPixels(const QImage& image)
{
    int ink = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            if (qGray(image.pixel(x, y)) < 96)
                ++ink;
    return ink;
}

} // namespace

TEST_CASE("the clerk saves the month's supervision summary as PDF from the documents dialog")
{
    TempDatabase temp;
    temp.clock().set(QDateTime(QDate(2009, 6, 1), QTime(10, 0)));
    REQUIRE(populateDemoData(temp.session()));
    DocumentsDialog dialog(temp.session(), DocumentsDialog::Document::Summary);
    child<QLineEdit>(&dialog, "numberLineEdit")->setText(QStringLiteral("常机作办〔2009〕12号"));
    const QString path = temp.filePath(QStringLiteral("summary.pdf"));
    FileDialog::setNextFileName(path);
    dialog.saveAsPdf();
    REQUIRE(QFileInfo::exists(path));
    CHECK(Poppler::pageCount(path) >= 2);
    CHECK(Poppler::squeezed(Poppler::text(path, 1, 1)).contains(QStringLiteral("〔2009〕12")));
}

TEST_CASE("the clerk saves the summary as a Word file by choosing a .docx name")
{
    TempDatabase temp;
    temp.clock().set(QDateTime(QDate(2009, 6, 1), QTime(10, 0)));
    REQUIRE(populateDemoData(temp.session()));
    DocumentsDialog dialog(temp.session(), DocumentsDialog::Document::Summary);
    child<QLineEdit>(&dialog, "numberLineEdit")->setText(QStringLiteral("常机作办〔2009〕12号"));
    const QString path = temp.filePath(QStringLiteral("通报.docx"));
    FileDialog::setNextFileName(path);
    dialog.saveAsPdf();
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll(); // the reader keeps a pointer to it
    ZipMemory zip(bytes, 100, 64 * 1024 * 1024);
    REQUIRE(zip.isOpen());
    const Result<QByteArray> document = zip.part("word/document.xml");
    REQUIRE(document);
    CHECK(QString::fromUtf8(*document).contains(QStringLiteral("常机作办〔2009〕12号")));
}

TEST_CASE("the print preview saves what it shows as a Word file from its tool bar")
{
    TempDatabase temp;
    temp.clock().set(QDateTime(QDate(2009, 6, 1), QTime(10, 0)));
    REQUIRE(populateDemoData(temp.session()));
    DocumentsDialog dialog(temp.session(), DocumentsDialog::Document::Summary);
    const Result<QList<PrintDocument>> documents = dialog.build();
    REQUIRE(documents);
    const QString path = temp.filePath(QStringLiteral("preview.docx"));
    bool saved = false;
    CHECK(withModal<QDialog>([&] { PrintPreview::show(&dialog, *documents); },
                             [&](QDialog* preview) {
                                 CHECK(preview->objectName() == QLatin1String("printPreviewDialog"));
                                 auto* save = preview->findChild<QAction*>(QStringLiteral("saveDocumentAction"));
                                 REQUIRE(save);
                                 FileDialog::setNextFileName(path);
                                 save->trigger();
                                 saved = QFileInfo::exists(path);
                                 preview->reject();
                             }));
    CHECK(saved);
}

TEST_CASE("the preview of every department's sheets opens at once, counts the pages in a worker and paints those "
          "in view")
{
    TempDatabase temp;
    temp.clock().set(QDateTime(QDate(2009, 6, 1), QTime(10, 0)));
    REQUIRE(populateDemoData(temp.session()));
    DocumentsDialog dialog(temp.session(), DocumentsDialog::Document::InspectionSheets);
    const Result<QList<PrintDocument>> documents = dialog.build();
    REQUIRE(documents);
    REQUIRE(documents->size() > 40);
    const QString path = temp.filePath(QStringLiteral("sheets.pdf"));
    REQUIRE(dialog.saveTo(path));
    const int pages = Poppler::pageCount(path);

    PreviewDialog preview(*documents);
    preview.resize(700, 800);
    preview.show();
    CHECK(preview.isLoading());
    CHECK(preview.pageCount() == 0); // nothing is laid out on this thread: the count comes from the worker
    REQUIRE(QTest::qWaitFor([&] { return !preview.isLoading(); }, 60000));
    CHECK(preview.pageCount() == pages);
    CHECK(child<QLabel>(&preview, "pagePositionLabel")->text().contains(QLocale().toString(pages)));
    CHECK(child<QPushButton>(&preview, "stopCountingPushButton")->isHidden());
    auto* view = child<PreviewPages>(&preview, "previewPages");
    CHECK(inkPixels(view->viewport()->grab().toImage()) > 500);

    view->showPage(pages - 1);
    CHECK(preview.isLoading()); // the last page's picture is asked for
    REQUIRE(QTest::qWaitFor([&] { return !preview.isLoading(); }, 20000));
    CHECK(view->currentPage() >= pages - 2);
    CHECK(inkPixels(view->viewport()->grab().toImage()) > 500);
}

TEST_CASE("stopping the count shows the pages counted so far, and the saved file still has every page")
{
    TempDatabase temp;
    temp.clock().set(QDateTime(QDate(2009, 6, 1), QTime(10, 0)));
    REQUIRE(populateDemoData(temp.session()));
    DocumentsDialog dialog(temp.session(), DocumentsDialog::Document::InspectionSheets);
    const Result<QList<PrintDocument>> documents = dialog.build();
    REQUIRE(documents);
    const QString all = temp.filePath(QStringLiteral("all.pdf"));
    REQUIRE(dialog.saveTo(all));
    const int pages = Poppler::pageCount(all);

    PreviewDialog preview(*documents);
    child<QPushButton>(&preview, "stopCountingPushButton")->click();
    preview.show();
    REQUIRE(QTest::qWaitFor([&] { return !preview.isLoading(); }, 20000));
    CHECK(preview.pageCount() < pages);
    CHECK(child<QPushButton>(&preview, "stopCountingPushButton")->isHidden());

    const QString saved = temp.filePath(QStringLiteral("saved.pdf"));
    FileDialog::setNextFileName(saved);
    child<QAction>(&preview, "saveDocumentAction")->trigger();
    CHECK(Poppler::pageCount(saved) == pages);
}

TEST_CASE("inspection sheets print for one department, and an unknown department is refused")
{
    TempDatabase temp;
    temp.clock().set(QDateTime(QDate(2009, 6, 1), QTime(10, 0)));
    REQUIRE(populateDemoData(temp.session()));
    DocumentsDialog dialog(temp.session(), DocumentsDialog::Document::InspectionSheets);
    auto* departments = child<QComboBox>(&dialog, "departmentComboBox");
    REQUIRE(departments->count() > 40);
    departments->setCurrentIndex(3);
    const QString one = temp.filePath(QStringLiteral("one.pdf"));
    REQUIRE(dialog.saveTo(one));
    const int pages = Poppler::pageCount(one);
    CHECK(pages >= 1);
    CHECK(pages <= 3);
    CHECK(Poppler::squeezed(Poppler::text(one)).contains(departments->itemText(3)));

    departments->setEditText(QStringLiteral("不存在的局"));
    const Result<QList<PrintDocument>> refused = dialog.build();
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == Error::Code::Validation);
}

TEST_CASE("render the print preview of the inspection sheets as clerk and as leader", "[.docs]")
{
    const QString folder = qEnvironmentVariable("BRANDDESK_SCREENSHOT_DIR", QStringLiteral("."));
    REQUIRE(QDir().mkpath(folder));
    installTranslations(qEnvironmentVariable("BRANDDESK_LANG", QStringLiteral("zh_CN")));
    TempDatabase temp;
    temp.clock().set(QDateTime(QDate(2009, 6, 1), QTime(10, 0)));
    REQUIRE(populateDemoData(temp.session()));
    for (Role role : {Role::Clerk, Role::Leader}) {
        temp.signInAs(role);
        const QString who = role == Role::Clerk ? QStringLiteral("clerk") : QStringLiteral("leader");
        DocumentsDialog dialog(temp.session(), DocumentsDialog::Document::InspectionSheets);
        const Result<QList<PrintDocument>> documents = dialog.build();
        REQUIRE(documents);
        PreviewDialog preview(*documents);
        preview.show();
        QApplication::processEvents();
        CHECK(preview.grab().save(folder + QStringLiteral("/preview-counting-%1.png").arg(who)));
        REQUIRE(QTest::qWaitFor([&] { return !preview.isLoading(); }, 60000));
        CHECK(preview.grab().save(folder + QStringLiteral("/preview-%1.png").arg(who)));
    }
}
