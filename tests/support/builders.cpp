// SPDX-FileCopyrightText: 2026 BrandDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/builders.h"

#include <QBuffer>
#include <QPainter>

namespace branddesk::test {

Department aDepartment(const QString& name)
{
    Department d;
    d.name = name;
    d.shortName = name.size() > 2 && name.startsWith(QStringLiteral("市")) ? name.mid(1) : QString();
    d.category = DepartmentCategory::Administrative;
    d.enterpriseFacing = true;
    d.principalLeader = QStringLiteral("王建国");
    d.leaderInCharge = QStringLiteral("李红梅");
    d.contactPerson = QStringLiteral("张晓东");
    d.phone = QStringLiteral("0519-85681234");
    d.email = QStringLiteral("brand@czmail.gov.cn");
    return d;
}

Department aDepartment(const char* name)
{
    return aDepartment(utf8(name));
}

Brand aBrand(qint64 departmentId, const QString& name)
{
    Brand b;
    b.departmentId = departmentId;
    b.setText(BrandField::Name, name);
    return b;
}

Brand aBrand(qint64 departmentId, const char* name)
{
    return aBrand(departmentId, utf8(name));
}

Brand aCompleteBrand(qint64 departmentId, const QString& name)
{
    Brand b = aBrand(departmentId, name);
    b.status = BrandStatus::Practising;
    b.setText(BrandField::LogoMeaning, QStringLiteral("标识以“阳光”二字变形为主体，外圆象征服务无止境。"));
    b.setText(BrandField::Mission, QStringLiteral("立足职能、服务大局，全心全意为基层、为企业、为群众服务。"));
    b.setText(BrandField::Spirit, QStringLiteral("团结务实、开拓创新、争创一流。"));
    b.setText(BrandField::Philosophy, QStringLiteral("以服务对象满意为第一标准。"));
    b.setText(BrandField::Goal, QStringLiteral("用两年时间成为全省有影响的机关服务品牌。"));
    b.setText(BrandField::ServiceSubjects, QStringLiteral("机关全体干部职工，以窗口处室为骨干。"));
    b.setText(BrandField::ServiceContent, QStringLiteral("政策咨询、审批代办、上门服务、难题会办。"));
    b.setText(BrandField::ServiceMeasures, QStringLiteral("推行首问负责、限时办结、一次告知。"));
    b.setText(BrandField::ServiceCommitments, QStringLiteral("办事不出门、咨询不过夜。"));
    b.setText(BrandField::ServiceRules, QStringLiteral("服务承诺制、首问负责制、限时办结制。"));
    b.setText(BrandField::SocialBenefit, QStringLiteral("服务对象满意率达98%以上。"));
    b.logo = aLogo();
    b.hasLogo = true;
    return b;
}

Brand aCompleteBrand(qint64 departmentId, const char* name)
{
    return aCompleteBrand(departmentId, utf8(name));
}

QImage anImage(const QSize& size, const QColor& colour)
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(colour);
    const int side = std::min(size.width(), size.height());
    painter.drawEllipse(QRect(0, 0, side, side));
    painter.fillRect(QRect(side, size.height() / 3, size.width() - side, std::max(1, size.height() / 3)), colour);
    painter.end();
    return image;
}

QByteArray encoded(const QImage& image, const char* format)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    const bool saved = image.save(&buffer, format);
    INFO("encoding a test image as " << format);
    REQUIRE(saved);
    return bytes;
}

QByteArray anSvg(int width, int height, bool withXmlDeclaration)
{
    QByteArray svg = withXmlDeclaration ? QByteArray("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n") : QByteArray();
    svg += "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + QByteArray::number(width) + "\" height=\"" +
           QByteArray::number(height) + "\" viewBox=\"0 0 " + QByteArray::number(width) + ' ' +
           QByteArray::number(height) + "\">";
    svg += "<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>";
    svg += "<circle cx=\"" + QByteArray::number(height / 2) + "\" cy=\"" + QByteArray::number(height / 2) + "\" r=\"" +
           QByteArray::number(height / 2) + "\" fill=\"#c01f2f\"/>";
    svg += "</svg>\n";
    return svg;
}

Logo aLogo(const QSize& size, const QColor& colour)
{
    Result<Logo> logo = Logo::fromImage(anImage(size, colour), QStringLiteral("png"));
    REQUIRE(logo);
    return *logo;
}

} // namespace branddesk::test
