// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Printing from the program: the documents dialog builds the summary and the sheets and saves them as PDF or Word.
#include "core/demo/demodata.h"
#include "core/import/zipmemory.h"
#include "tests/support/poppler.h"
#include "tests/support/tempdatabase.h"
#include "tests/ui/uidriver.h"
#include "ui/documents/documentsdialog.h"
#include "ui/print/printpreview.h"
#include "ui/widgets/filedialog.h"
#include "ui/widgets/messagebox.h"

#include <QAction>
#include <QComboBox>
#include <QDialog>
#include <QFile>
#include <QFileInfo>
#include <QLineEdit>

#include <catch2/catch.hpp>

using namespace branddesk;
using namespace branddesk::test;

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
