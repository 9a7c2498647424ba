// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/brands/brandlogopage.h"

#include "ui_brandlogopage.h"

#include "ui/widgets/filedialog.h"
#include "ui/widgets/messagebox.h"

#include <QPixmap>

namespace branddesk {

BrandLogoPage::BrandLogoPage(QWidget* parent)
    : BrandEditorPage(parent)
    , m_ui(std::make_unique<Ui::BrandLogoPage>())
{
    m_ui->setupUi(this);
    bindText(BrandField::LogoMeaning, m_ui->logoMeaningPlainTextEdit);
    connect(m_ui->chooseLogoPushButton, &QPushButton::clicked, this, &BrandLogoPage::chooseLogo);
    connect(m_ui->removeLogoPushButton, &QPushButton::clicked, this, &BrandLogoPage::removeLogo);
}

BrandLogoPage::~BrandLogoPage() = default;

void BrandLogoPage::load(const Brand& brand)
{
    BrandEditorPage::load(brand);
    m_logo = brand.logo;
    showLogo();
}

void BrandLogoPage::commit(Brand& brand) const
{
    BrandEditorPage::commit(brand);
    brand.logo = m_logo;
    brand.hasLogo = m_logo.has_value();
}

void BrandLogoPage::chooseLogo()
{
    const QString path =
        FileDialog::getOpenFileName(this, tr("Choose the brand logo"), tr("Images (*.png *.jpg *.jpeg *.svg)"));
    if (path.isEmpty())
        return;
    Result<Logo> logo = Logo::fromFile(path);
    if (!logo) {
        MessageBox::error(this, tr("The logo was not accepted"), logo.error());
        return;
    }
    m_logo = *logo;
    showLogo();
    emit edited();
}

void BrandLogoPage::removeLogo()
{
    if (!m_logo)
        return;
    m_logo.reset();
    showLogo();
    emit edited();
}

void BrandLogoPage::showLogo()
{
    m_ui->removeLogoPushButton->setEnabled(m_logo.has_value());
    if (!m_logo) {
        m_ui->logoPreviewLabel->setPixmap({});
        m_ui->logoPreviewLabel->setText(tr("No logo"));
        m_ui->logoInfoLabel->clear();
        return;
    }
    const QPixmap pixmap = QPixmap::fromImage(m_logo->image());
    m_ui->logoPreviewLabel->setPixmap(
        pixmap.scaled(m_ui->logoPreviewLabel->size() - QSize(8, 8), Qt::KeepAspectRatio, Qt::SmoothTransformation));
    m_ui->logoInfoLabel->setText(tr("%1 × %2 pixels, from a %3 file.")
                                     .arg(m_logo->size.width())
                                     .arg(m_logo->size.height())
                                     .arg(m_logo->sourceFormat.toUpper()));
}

} // namespace branddesk
