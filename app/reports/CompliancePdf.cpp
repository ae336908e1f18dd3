#include "CompliancePdf.h"

#include "ReportChartObject.h"
#include "ReportHtml.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QTextCursor>
#include <QTextDocument>

namespace {

constexpr int Dpi = 300;

// Millimetres in the writer's device units.
double mm(double millimetres)
{
    return millimetres / 25.4 * Dpi;
}

} // namespace

void CompliancePdf::buildDocument(QTextDocument *document, const ComplianceReport &report, double pageWidth)
{
    ReportChartObject *charts = ReportChartObject::install(document);
    QTextCursor cursor(document);
    cursor.insertHtml(ReportHtml::cover(report));
    cursor.insertHtml(ReportHtml::summary(report));

    cursor.insertHtml(ReportHtml::heading(tr("Charts")));
    const QSizeF size(pageWidth, pageWidth * 0.36);
    for (ReportChart &chart : ReportHtml::charts(report)) {
        cursor.insertBlock();
        charts->insert(cursor, std::move(chart), size);
    }
    cursor.insertBlock();
    cursor.insertHtml(ReportHtml::exceptions(report, MaxListRows));
    cursor.insertHtml(ReportHtml::appendix(report, MaxListRows));
}

Result<QByteArray> CompliancePdf::render(const ComplianceReport &report)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(Dpi);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                         QMarginsF(16, 16, 16, 14), QPageLayout::Millimeter));
        writer.setTitle(tr("Compliance report"));
        writer.setCreator(QStringLiteral("Patchwright"));

        const QRect page = writer.pageLayout().paintRectPixels(Dpi);
        const double footerHeight = mm(9);
        QTextDocument document;
        document.documentLayout()->setPaintDevice(&writer);
        QFont font(QStringLiteral("DejaVu Sans"));
        font.setPointSizeF(8.5);
        document.setDefaultFont(font);
        document.setDocumentMargin(0);
        document.setDefaultStyleSheet(ReportHtml::styleSheet());
        document.setPageSize(QSizeF(page.width(), page.height() - footerHeight));
        buildDocument(&document, report, page.width());

        QPainter painter;
        if (!painter.begin(&writer))
            return Error{tr("Cannot start the PDF report."),
                         tr("Check that the output can be written and try again.")};
        const int pages = document.pageCount();
        const double pageHeight = document.pageSize().height();
        for (int i = 0; i < pages; ++i) {
            if (i > 0)
                writer.newPage();
            painter.save();
            painter.translate(0, -pageHeight * i);
            document.drawContents(&painter, QRectF(0, pageHeight * i, page.width(), pageHeight));
            painter.restore();
            ReportHtml::paintFooter(&painter, report.provenance,
                                    QRectF(0, page.height() - footerHeight, page.width(), footerHeight),
                                    i + 1, pages);
        }
        painter.end();
    }
    return bytes;
}
