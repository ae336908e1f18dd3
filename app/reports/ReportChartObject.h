#pragma once

#include "ReportChart.h"

#include <QList>
#include <QObject>
#include <QSizeF>
#include <QTextObjectInterface>

class QTextCursor;
class QTextDocument;

// Puts ReportCharts into a QTextDocument as inline objects that paint themselves (QTextObjectInterface), so
// a chart flows and paginates with the text and is drawn as vectors on whatever the document is printed to.
// Owned by the document it is installed on.
class ReportChartObject : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)

public:
    static constexpr int ObjectType = QTextFormat::UserObject + 1;

    // Registers the handler with `document` (which then owns it).
    static ReportChartObject *install(QTextDocument *document);

    // Inserts `chart` at `cursor`, `size` in the document's units.
    void insert(QTextCursor &cursor, ReportChart chart, const QSizeF &size);

    QSizeF intrinsicSize(QTextDocument *document, int position, const QTextFormat &format) override;
    void drawObject(QPainter *painter, const QRectF &rect, QTextDocument *document, int position,
                    const QTextFormat &format) override;

private:
    explicit ReportChartObject(QObject *parent);

    enum Property
    {
        ChartIndex = QTextFormat::UserProperty + 1,
        ChartSize
    };
    QList<ReportChart> m_charts;
};
