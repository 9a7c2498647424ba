// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// zh_CN is the default language: every user-visible string of the sources must have a finished translation.
#include "core/campaign/dekad.h"
#include "core/text/dates.h"
#include "tests/support/stringmakers.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTranslator>
#include <QXmlStreamReader>

#include <catch2/catch.hpp>

#include <algorithm>

namespace {

struct Message {
    QString context;
    QString source;
    QString comment;          ///< the disambiguation: what the string means where it is used
    QStringList translations; ///< one, or one per plural form
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
            messages.append(Message{context, xml.readElementText(), {}, {}, false});
        } else if (name == QLatin1String("comment") && !messages.isEmpty()) {
            messages.last().comment = xml.readElementText();
        } else if (name == QLatin1String("translation") && !messages.isEmpty()) {
            const QString type = xml.attributes().value(QLatin1String("type")).toString();
            QString text;
            QStringList forms;
            while (!xml.atEnd()) { // the text, or its <numerusform> children
                const QXmlStreamReader::TokenType token = xml.readNext();
                if (token == QXmlStreamReader::Characters)
                    text += xml.text();
                else if (token == QXmlStreamReader::StartElement)
                    forms.append(xml.readElementText());
                else if (token == QXmlStreamReader::EndElement && xml.name() == QLatin1String("translation"))
                    break;
            }
            messages.last().translations = forms.isEmpty() ? QStringList{text} : forms;
            messages.last().finished =
                type.isEmpty() && !(forms.isEmpty() ? text : forms.join(QString())).trimmed().isEmpty();
        }
    }
    REQUIRE_FALSE(xml.hasError());
    return messages;
}

/// The placeholders of a text: %1 … %99, %L1, %n, %Ln, as a sorted set.
QStringList placeholders(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("%L?(?:[1-9][0-9]?|n)"));
    QSet<QString> found;
    for (const QRegularExpressionMatch& match : pattern.globalMatch(text))
        found.insert(match.captured().remove(QLatin1Char('L')));
    QStringList sorted(found.cbegin(), found.cend());
    sorted.sort();
    return sorted;
}

/// Whether a text has words: letters of any script, not only placeholders, digits, punctuation and spaces.
bool hasWords(const QString& text)
{
    static const QRegularExpression placeholder(QStringLiteral("%L?(?:[1-9][0-9]?|n)"));
    QString rest = text;
    rest.remove(placeholder);
    return std::any_of(rest.cbegin(), rest.cend(), [](QChar c) { return c.isLetter(); });
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

TEST_CASE("every zh_CN translation fits its source: the same placeholders, and no words a bare source cannot give")
{
    // "%1 %2" joins a phase's number and name in the calendar and a category and its rate in the compliance view;
    // a translator who sees only "%1 %2" cannot know which, and "第 %1 阶段 %2" printed "第 党群部门 阶段 93%". A
    // source without words must say in its comment (tr's disambiguation) what it joins, or be translated without
    // adding words; and no translation may drop, add or rename a placeholder.
    const QList<Message> messages =
        readTs(QStringLiteral(BRANDDESK_SOURCE_DIR "/resources/translations/branddesk_zh_CN.ts"));
    REQUIRE(messages.size() > 100);
    QStringList misfits;
    for (const Message& m : messages) {
        if (!m.finished)
            continue;
        const QString where = m.context + QStringLiteral(": ") + m.source;
        const QStringList wanted = placeholders(m.source);
        for (const QString& translation : m.translations) {
            const QStringList got = placeholders(translation);
            if (got != wanted)
                misfits.append(where + QStringLiteral(" → ") + translation + QStringLiteral(" (placeholders ") +
                               got.join(QLatin1Char(' ')) + QStringLiteral(", wanted ") +
                               wanted.join(QLatin1Char(' ')) + QLatin1Char(')'));
            if (!hasWords(m.source) && m.comment.isEmpty() && hasWords(translation))
                misfits.append(where + QStringLiteral(" → ") + translation +
                               QStringLiteral(" (adds words to a source without words or a comment)"));
        }
    }
    INFO(misfits.join(QLatin1Char('\n')).toStdString());
    CHECK(misfits.isEmpty());
}

TEST_CASE("every English plural has a singular and a plural form, never \"(s)\"")
{
    // Qt shows the source text when the English catalogue has no forms: "1 activity(ies)".
    const QList<Message> messages =
        readTs(QStringLiteral(BRANDDESK_SOURCE_DIR "/resources/translations/branddesk_en.ts"));
    REQUIRE(messages.size() > 100);
    static const QRegularExpression choice(QStringLiteral("\\((?:s|es|ies)\\)"));
    QStringList wrong;
    int plurals = 0;
    for (const Message& m : messages) {
        if (!m.source.contains(QStringLiteral("%n")) || m.translations.size() < 2)
            continue;
        ++plurals;
        const bool formsOk =
            m.finished && std::none_of(m.translations.cbegin(), m.translations.cend(),
                                       [](const QString& form) { return form.isEmpty() || form.contains(choice); });
        if (!formsOk)
            wrong.append(m.context + QStringLiteral(": ") + m.source);
    }
    CHECK(plurals > 40);
    INFO(wrong.join(QLatin1Char('\n')).toStdString());
    CHECK(wrong.isEmpty());
}

TEST_CASE("the compiled zh_CN catalogue translates the main window and core vocabulary at run time")
{
    QTranslator translator;
    REQUIRE(translator.load(QStringLiteral(":/i18n/branddesk_zh_CN.qm")));
    CHECK(translator.translate("branddesk::MainWindow", "Departments") == QString::fromUtf8("部门"));
    CHECK(translator.translate("Department", "Party and mass organisation") == QString::fromUtf8("党群部门"));
    CHECK(translator.translate("Brand", "Cultivating") == QString::fromUtf8("培育中"));
}

using namespace branddesk;

TEST_CASE("dates on screen follow the language: 5月中旬 and 2026年4月21日, mid May and April 21, 2026")
{
    const QLocale saved;
    const QDate may15(2009, 5, 15);
    const DateRange lateAprilToMidMay{QDate(2009, 4, 21), QDate(2009, 5, 20)};
    const DateRange days{QDate(2009, 4, 25), QDate(2009, 5, 3)};
    const DateRange open{QDate(2009, 9, 1), QDate()};

    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    CHECK(dekad::display(may15) == QStringLiteral("mid May"));
    CHECK(dekad::display(may15, true) == QStringLiteral("mid May 2009"));
    CHECK(dekad::displayRange(lateAprilToMidMay) == QStringLiteral("late Apr – mid May"));
    CHECK(dekad::displayRange(days) == QStringLiteral("Apr 25 – May 3"));
    CHECK(dekad::displayRange(open) == QStringLiteral("early Sep – long-term"));
    CHECK(dates::shown(QDate(2026, 4, 21)) == QStringLiteral("April 21, 2026")); // not "4/21/26"

    QTranslator translator;
    REQUIRE(translator.load(QStringLiteral(":/i18n/branddesk_zh_CN.qm")));
    QCoreApplication::installTranslator(&translator);
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    // In Chinese the screen shows exactly the canonical form that parseRange() reads and the documents print.
    CHECK(dekad::display(may15) == dekad::format(may15));
    CHECK(dekad::display(may15, true) == dekad::format(may15, true));
    for (const DateRange& range : {lateAprilToMidMay, days, open})
        CHECK(dekad::displayRange(range) == dekad::formatRange(range));
    CHECK(dates::shown(QDate(2026, 4, 21)) == QString::fromUtf8("2026年4月21日"));
    QCoreApplication::removeTranslator(&translator);
    QLocale::setDefault(saved);
}
