// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Printing from the program: the documents dialog builds the summary and the sheets and saves them as PDF.
#include "core/demo/demodata.h"
#include "tests/support/poppler.h"
#include "tests/support/tempdatabase.h"
#include "tests/ui/uidriver.h"
#include "ui/documents/documentsdialog.h"
#include "ui/widgets/filedialog.h"
#include "ui/widgets/messagebox.h"

#include <QComboBox>
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
