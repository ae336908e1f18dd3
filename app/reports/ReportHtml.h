#pragma once

#include "ComplianceReport.h"
#include "ReportChart.h"

#include <QCoreApplication>
#include <QList>
#include <QRectF>
#include <QString>

class QPainter;

// The compliance report's content for CompliancePdf: its sections as HTML for a QTextDocument, its charts,
// and the footer painted on every page. Text only: layout, pages and the PDF are CompliancePdf's.
class ReportHtml
{
    Q_DECLARE_TR_FUNCTIONS(ReportHtml)

public:
    static QString styleSheet();
    static QString heading(const QString &text);

    static QString cover(const ComplianceReport &report);
    static QString summary(const ComplianceReport &report);
    static QList<ReportChart> charts(const ComplianceReport &report);
    static QString exceptions(const ComplianceReport &report, int maxRows);
    static QString appendix(const ComplianceReport &report, int maxRows);

    static void paintFooter(QPainter *painter, const ReportProvenance &provenance, const QRectF &rect,
                            int page, int pages);

    // "12.5" or "n/a"; hours as "36.0 h (1.5 d)".
    static QString figure(const std::optional<double> &value, int decimals);
    static QString hours(const std::optional<double> &value);
    static QString percent(const std::optional<double> &value); // "12.5 %" or "n/a"
    // The period as people read it: "2026-11-01 to 2026-11-30 (30 days, UTC)".
    static QString period(const FleetReport &figures);
    static QString scope(const MetricScope &scope);
    // The compliance rule in words: "no open patch past its SLA due date and no open patch that fixes …".
    static QString ruleText(const ComplianceRule &rule);

    // Bars the stacked chart shows at most (days sampled evenly over a long period).
    static constexpr int MaxBars = 60;
};
