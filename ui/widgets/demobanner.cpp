// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/demobanner.h"

#include <QLabel>

namespace branddesk {

DemoBanner::DemoBanner(QWidget* parent)
    : QToolBar(parent)
{
    setObjectName(QStringLiteral("demoBannerToolBar"));
    setWindowTitle(tr("Demo data"));
    setMovable(false);
    setFloatable(false);
    auto* label = new QLabel(tr("Demo data — generated for trying BrandDesk, not the office's register. The demo "
                                "accounts are listed in the README; the status bar shows who is signed in."),
                             this);
    label->setObjectName(QStringLiteral("demoBannerLabel"));
    label->setStyleSheet(QStringLiteral("QLabel { background: #c0392b; color: white; font-weight: bold; "
                                        "padding: 4px 10px; }"));
    label->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    addWidget(label);
}

} // namespace branddesk
