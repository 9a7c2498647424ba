// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// zh_CN is the default language: every user-visible string of the sources must have a finished translation.
#include "tests/support/stringmakers.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTranslator>
#include <QXmlStreamReader>

#include <catch2/catch.hpp>

namespace {

struct Message {
    QString context;
    QString source;
    bool finished = false;
};

/// Reads a Qt Linguist .ts file; a message is finished when its translation is not empty and carries no
/// type (unfinished, obsolete, vanished).
QList<Message> readTs(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QList<Message> messages;
    QString context;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("source")) {
            messages.append(Message{context, xml.readElementText(), false});
        } else if (name == QLatin1String("translation") && !messages.isEmpty()) {
            const QString type = xml.attributes().value(QLatin1String("type")).toString();
            const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            messages.last().finished = type.isEmpty() && !text.trimmed().isEmpty();
        }
    }
    REQUIRE_FALSE(xml.hasError());
    return messages;
}

} // namespace

TEST_CASE("every string in the sources has a finished zh_CN translation")
{
    const QString committed = QStringLiteral(BRANDDESK_SOURCE_DIR "/resources/translations/branddesk_zh_CN.ts");
    QTemporaryDir dir;
    const QString fresh = dir.filePath(QStringLiteral("fresh.ts"));
    QProcess lupdate;
    lupdate.setWorkingDirectory(QStringLiteral(BRANDDESK_SOURCE_DIR));
    lupdate.start(QStringLiteral(BRANDDESK_LUPDATE),
                  {QStringLiteral("-silent"), QStringLiteral("-locations"), QStringLiteral("none"),
                   QStringLiteral("-I"), QStringLiteral("."), QStringLiteral("-source-language"), QStringLiteral("en"),
                   QStringLiteral("-target-language"), QStringLiteral("zh_CN"), QStringLiteral("core"),
                   QStringLiteral("ui"), QStringLiteral("app"), QStringLiteral("-ts"), fresh});
    REQUIRE(lupdate.waitForFinished(120000));
    REQUIRE(lupdate.exitCode() == 0);

    QSet<QString> finished;
    for (const Message& m : readTs(committed)) {
        if (m.finished)
            finished.insert(m.context + QLatin1Char('\x1f') + m.source);
    }
    const QList<Message> needed = readTs(fresh);
    REQUIRE(needed.size() > 100);
    QStringList missing;
    for (const Message& m : needed) {
        if (!finished.contains(m.context + QLatin1Char('\x1f') + m.source))
            missing.append(m.context + QStringLiteral(": ") + m.source);
    }
    INFO("run lupdate (see resources/translations/README.md) and translate:\n"
         << missing.join(QLatin1Char('\n')).toStdString());
    CHECK(missing.isEmpty());
}

TEST_CASE("the compiled zh_CN catalogue translates the main window and core vocabulary at run time")
{
    QTranslator translator;
    REQUIRE(translator.load(QStringLiteral(":/i18n/branddesk_zh_CN.qm")));
    CHECK(translator.translate("branddesk::MainWindow", "Departments") == QString::fromUtf8("部门"));
    CHECK(translator.translate("Department", "Party and mass organisation") == QString::fromUtf8("党群部门"));
    CHECK(translator.translate("Brand", "Cultivating") == QString::fromUtf8("培育中"));
}
