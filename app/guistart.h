// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace branddesk {

class SystemClock;
struct Options;

/// The program with its window (or, with --screenshot, rendered without a display): opens the database,
/// makes the day's first backup, signs in, shows the main window. A damaged file is offered its latest good
/// backup; a restore asked for from the File menu closes the window, restores and opens the file again.
/// Returns the exit code.
int runGui(const Options& options, SystemClock& clock);

} // namespace branddesk
