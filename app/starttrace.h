// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QWidget;

namespace branddesk::starttrace {

/// With BRANDDESK_TRACE_START in the environment, the start says where its time goes: each phase is written to
/// standard error at once as "start-trace <ms since main()> <phase>", so that the bench, reading the lines as
/// they arrive, knows how long each took from the launch. Without the variable nothing is written.
void mark(const char* phase);
/// Marks `phase` once `widget` has been painted for the first time (after the paint, from the event loop).
void markWhenPainted(QWidget* widget, const char* phase);

} // namespace branddesk::starttrace
