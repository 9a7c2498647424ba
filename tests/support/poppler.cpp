// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/poppler.h"

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

#include <cmath>

namespace branddesk::test {

bool Poppler::available()
{
    for (const char* program : {"pdftotext", "pdfinfo", "pdffonts"}) {
        if (QStandardPaths::findExecutable(QString::fromLatin1(program)).isEmpty())
            return false;
    }
    return true;
}

QString Poppler::run(const QString& program, const QStringList& arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return QStringLiteral("<%1 failed: %2>").arg(program, QString::fromUtf8(process.readAllStandardError()));
    return QString::fromUtf8(process.readAllStandardOutput());
}

QString Poppler::metadata(const QString& pdf)
{
    return run(QStringLiteral("pdfinfo"), {QStringLiteral("-meta"), pdf});
}

QString Poppler::text(const QString& pdf, int first, int last)
{
    QStringList arguments{QStringLiteral("-layout"), QStringLiteral("-enc"), QStringLiteral("UTF-8")};
    if (first > 0)
        arguments << QStringLiteral("-f") << QString::number(first);
    if (last > 0)
        arguments << QStringLiteral("-l") << QString::number(last);
    arguments << pdf << QStringLiteral("-");
    return run(QStringLiteral("pdftotext"), arguments);
}

int Poppler::pageCount(const QString& pdf)
{
    static const QRegularExpression pages(QStringLiteral("^Pages:\\s+(\\d+)"), QRegularExpression::MultilineOption);
    const QRegularExpressionMatch match = pages.match(run(QStringLiteral("pdfinfo"), {pdf}));
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

QList<QSize> Poppler::pageSizes(const QString& pdf)
{
    static const QRegularExpression size(QStringLiteral("^Page\\s+\\d+ size:\\s+([\\d.]+) x ([\\d.]+) pts"),
                                         QRegularExpression::MultilineOption);
    const QString info = run(QStringLiteral("pdfinfo"), {QStringLiteral("-f"), QStringLiteral("1"),
                                                         QStringLiteral("-l"), QString::number(pageCount(pdf)), pdf});
    QList<QSize> sizes;
    for (const QRegularExpressionMatch& match : size.globalMatch(info)) {
        sizes.append(QSize(static_cast<int>(std::lround(match.captured(1).toDouble())),
                           static_cast<int>(std::lround(match.captured(2).toDouble()))));
    }
    return sizes;
}

QList<Poppler::Font> Poppler::fonts(const QString& pdf)
{
    QList<Font> fonts;
    const QStringList lines = run(QStringLiteral("pdffonts"), {pdf}).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    // name, type (may hold spaces), encoding, then: emb sub uni object generation.
    for (const QString& line : lines.mid(2)) {
        const QStringList fields = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (fields.size() < 6)
            continue;
        fonts.append(Font{fields.first(), fields.at(fields.size() - 5) == QLatin1String("yes")});
    }
    return fonts;
}

QString Poppler::squeezed(const QString& text)
{
    QString result;
    for (const QChar c : text) {
        if (!c.isSpace())
            result.append(c);
    }
    return result;
}

QString Poppler::radicals(const QString& text)
{
    QString found;
    for (const QChar c : text) {
        if (c.unicode() >= 0x2E80 && c.unicode() <= 0x2FDF)
            found.append(c);
    }
    return found;
}

} // namespace branddesk::test
