#include "ReportChartObject.h"

#include <QAbstractTextDocumentLayout>
#include <QTextCursor>
#include <QTextDocument>

ReportChartObject::ReportChartObject(QObject *parent)
    : QObject(parent)
{
}

ReportChartObject *ReportChartObject::install(QTextDocument *document)
{
    auto *handler = new ReportChartObject(document); // owned by the document
    document->documentLayout()->registerHandler(ObjectType, handler);
    return handler;
}

void ReportChartObject::insert(QTextCursor &cursor, ReportChart chart, const QSizeF &size)
{
    QTextCharFormat format;
    format.setObjectType(ObjectType);
    format.setProperty(ChartIndex, int(m_charts.size()));
    format.setProperty(ChartSize, size);
    m_charts.append(std::move(chart));
    cursor.insertText(QString(QChar::ObjectReplacementCharacter), format);
}

QSizeF ReportChartObject::intrinsicSize(QTextDocument *, int, const QTextFormat &format)
{
    return format.property(ChartSize).toSizeF();
}

void ReportChartObject::drawObject(QPainter *painter, const QRectF &rect, QTextDocument *, int,
                                   const QTextFormat &format)
{
    const int index = format.property(ChartIndex).toInt();
    if (index >= 0 && index < m_charts.size())
        m_charts.at(index).paint(painter, rect);
}
