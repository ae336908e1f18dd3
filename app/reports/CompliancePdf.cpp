#include "CompliancePdf.h"

#include "ReportChartObject.h"
#include "ReportHtml.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

namespace {

constexpr int Dpi = 300;

// Millimetres in the writer's device units.
double mm(double millimetres)
{
    return millimetres / 25.4 * Dpi;
}

// Inserts `html` at the end and, when `newPage`, makes its first block start a page (a block format, not
// CSS: the fragment's first block merges into the cursor's, which would lose a CSS page break).
void insertSection(QTextDocument *document, QTextCursor &cursor, const QString &html, bool newPage)
{
    const int start = cursor.position();
    cursor.insertHtml(html);
    if (!newPage)
        return;
    QTextCursor first(document->findBlock(start));
    QTextBlockFormat format = first.blockFormat();
    format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
    first.setBlockFormat(format);
}

} // namespace

void CompliancePdf::buildDocument(QTextDocument *document, const ComplianceReport &report, double pageWidth)
{
    ReportChartObject *charts = ReportChartObject::install(document);
    QTextCursor cursor(document);
    insertSection(document, cursor, ReportHtml::cover(report), false);
    cursor.insertBlock();
    insertSection(document, cursor, ReportHtml::summary(report), true);
    cursor.insertBlock();
    insertSection(document, cursor, ReportHtml::heading(tr("Charts")), true);
    // Three charts a page: a chart never straddles a page break.
    const QSizeF size(pageWidth, pageWidth * 0.36);
    int index = 0;
    for (ReportChart &chart : ReportHtml::charts(report)) {
        QTextBlockFormat format;
        format.setTopMargin(pageWidth * 0.01);
        if (index > 0 && index % ChartsPerPage == 0)
            format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        cursor.insertBlock(format);
        charts->insert(cursor, std::move(chart), size);
        ++index;
    }
    cursor.insertBlock(QTextBlockFormat());
    insertSection(document, cursor, ReportHtml::exceptions(report, MaxListRows), true);
    cursor.insertBlock();
    insertSection(document, cursor, ReportHtml::appendix(report, MaxListRows), true);
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
        // No ligatures: "fl" stays two letters for pdftotext, search and copy and paste.
        font.setStyleStrategy(QFont::PreferNoShaping);
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
            // Clipped to the page's share of the document: a line or chart below the break is the next
            // page's, never drawn twice or over the footer.
            painter.setClipRect(QRectF(0, 0, page.width(), pageHeight));
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
