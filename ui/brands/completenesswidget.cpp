// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/brands/completenesswidget.h"

#include "ui/widgets/statusicon.h"

#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace branddesk {

CompletenessWidget::CompletenessWidget(QWidget* parent)
    : QWidget(parent)
    , m_progressBar(new QProgressBar(this))
    , m_tree(new QTreeWidget(this))
    , m_summaryLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("completenessWidget"));
    m_progressBar->setObjectName(QStringLiteral("completenessProgressBar"));
    m_progressBar->setFormat(tr("%p% complete"));
    m_tree->setObjectName(QStringLiteral("completenessTreeWidget"));
    m_tree->setHeaderHidden(true);
    m_tree->setRootIsDecorated(false);
    m_tree->setSelectionMode(QAbstractItemView::NoSelection);
    m_tree->setFocusPolicy(Qt::NoFocus);
    m_summaryLabel->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* title = new QLabel(tr("<b>Checklist of the five standards</b>"), this);
    layout->addWidget(title);
    layout->addWidget(m_progressBar);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_summaryLabel);
}

void CompletenessWidget::show(const Completeness& completeness)
{
    m_progressBar->setValue(completeness.percent());
    m_tree->clear();
    for (BrandStandard standard : allBrandStandards()) {
        auto* top = new QTreeWidgetItem(m_tree);
        top->setText(0, tr("%1  (%2/%3)")
                            .arg(brandStandardName(standard))
                            .arg(completeness.metCount(standard))
                            .arg(completeness.totalCount(standard)));
        QFont bold = top->font(0);
        bold.setBold(true);
        top->setFont(0, bold);
        top->setIcon(0, lightIcon(completeness.isMet(standard)          ? Light::Green
                                  : completeness.metCount(standard) > 0 ? Light::Yellow
                                                                        : Light::Red));
        for (const CompletenessItem& item : completeness.items()) {
            if (item.standard != standard)
                continue;
            auto* child = new QTreeWidgetItem(m_tree);
            child->setText(0, QStringLiteral("    ") + item.label);
            child->setIcon(0, lightIcon(item.met ? Light::Green : Light::Red));
            child->setToolTip(0, item.met ? tr("Met") : item.hint);
        }
    }
    const int missing = completeness.totalCount() - completeness.metCount();
    m_summaryLabel->setText(missing == 0
                                ? tr("Every item of the five standards is met.")
                                : tr("%1 of %2 items still missing.").arg(missing).arg(completeness.totalCount()));
}

} // namespace branddesk
