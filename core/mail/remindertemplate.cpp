// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/mail/remindertemplate.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

namespace branddesk {
namespace {

const QStringList& placeholders()
{
    static const QStringList names = {QStringLiteral("department"), QStringLiteral("week"), QStringLiteral("due")};
    return names;
}

} // namespace

ReminderTemplate ReminderTemplate::defaults()
{
    // Data, like the rest of the campaign definition: the office writes in Chinese whatever the UI language.
    return {QString::fromUtf8("催报：请报送{week}服务品牌建设工作周报"),
            QString::fromUtf8("{department}：\n\n"
                              "按照“一周一报”的要求，{week}的服务品牌建设工作周报应于{due}前报送。"
                              "截至目前尚未收到贵单位的周报，请尽快报送至作风办邮箱。\n\n"
                              "如已报送，请忽略本通知。")};
}

Result<ReminderTemplate> ReminderTemplate::fromDefinition(const QByteArray& definition)
{
    const QJsonValue block = QJsonDocument::fromJson(definition).object().value(QLatin1String("reminder"));
    if (block.isUndefined())
        return defaults();
    const QJsonObject object = block.toObject();
    ReminderTemplate result{object.value(QLatin1String("subject")).toString().trimmed(),
                            object.value(QLatin1String("body")).toString().trimmed()};
    for (const QString* text : {&result.subject, &result.body})
        if (const QString problem = problemIn(*text); !problem.isEmpty())
            return fail(Error::Code::Validation,
                        QCoreApplication::translate("ReminderTemplate", "The reminder template of the campaign: %1")
                            .arg(problem));
    return result;
}

QString ReminderTemplate::problemIn(const QString& text)
{
    if (text.trimmed().isEmpty())
        return QCoreApplication::translate("ReminderTemplate", "is empty.");
    qsizetype from = 0;
    while (true) {
        const qsizetype open = text.indexOf(QLatin1Char('{'), from);
        const qsizetype stray = text.indexOf(QLatin1Char('}'), from);
        if (open < 0) {
            if (stray >= 0)
                return QCoreApplication::translate("ReminderTemplate", "has a \"}\" without its \"{\".");
            return {};
        }
        if (stray >= 0 && stray < open)
            return QCoreApplication::translate("ReminderTemplate", "has a \"}\" without its \"{\".");
        const qsizetype close = text.indexOf(QLatin1Char('}'), open);
        if (close < 0)
            return QCoreApplication::translate("ReminderTemplate", "has a \"{\" that is never closed.");
        const QString name = text.mid(open + 1, close - open - 1);
        if (!placeholders().contains(name))
            return QCoreApplication::translate("ReminderTemplate",
                                               "{%1} is not a placeholder; use {department}, {week} or {due}.")
                .arg(name);
        from = close + 1;
    }
}

QString ReminderTemplate::fill(const QString& text, const QString& department, const QString& week, const QString& due)
{
    // One pass, so that a department's name holding "{week}" stays as it is.
    const QStringList values = {department, week, due};
    QString result;
    qsizetype from = 0;
    while (from < text.size()) {
        const qsizetype open = text.indexOf(QLatin1Char('{'), from);
        const qsizetype close = open < 0 ? -1 : text.indexOf(QLatin1Char('}'), open);
        const qsizetype which = close < 0 ? -1 : placeholders().indexOf(text.mid(open + 1, close - open - 1));
        if (which < 0) {
            result += text.mid(from, open < 0 ? -1 : open + 1 - from);
            from = open < 0 ? text.size() : open + 1;
            continue;
        }
        result += text.mid(from, open - from) + values.at(which);
        from = close + 1;
    }
    return result;
}

QString ReminderTemplate::fillSubject(const QString& department, const QString& week, const QString& due) const
{
    // A subject is one line, whatever a placeholder holds.
    return fill(subject, department, week, due).simplified();
}

QString ReminderTemplate::fillBody(const QString& department, const QString& week, const QString& due) const
{
    return fill(body, department, week, due);
}

} // namespace branddesk
