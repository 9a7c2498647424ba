// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace branddesk::test {

/// What a run of the real program gave.
struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

/// Runs the built `branddesk --lang en ARGUMENTS` with `input` on standard input and no QT_QPA_PLATFORM (the
/// program must choose offscreen itself); fails the current test if it does not finish within a minute.
Run runBranddesk(const QStringList& arguments, const QByteArray& input = {});

} // namespace branddesk::test
