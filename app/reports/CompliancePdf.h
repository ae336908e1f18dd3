#pragma once

#include "ComplianceReport.h"

#include "domain/Result.h"

#include <QByteArray>
#include <QCoreApplication>

class QTextDocument;

// The compliance report as a PDF an auditor can file: A4, fonts embedded, a cover (scope, period, who made
// it from which database, the audit chain head and the newest signed checkpoint), a summary of every metric
// ("n/a" where there is nothing to divide by), the charts (painted as vectors, ReportChart), exceptions and
// overdue items, visibility gaps, and a footer on every page with generated-by, the chain head and
// "page N of M". Needs a QGuiApplication (fonts); the CLI runs one on the offscreen platform.
class CompliancePdf
{
    Q_DECLARE_TR_FUNCTIONS(CompliancePdf)

public:
    // Rows a list (overdue items, visibility gaps, assets) shows at most; the CSV and JSON carry them all.
    static constexpr int MaxListRows = 500;
    static constexpr int ChartsPerPage = 3;

    static Result<QByteArray> render(const ComplianceReport &report);

private:
    static void buildDocument(QTextDocument *document, const ComplianceReport &report, double pageWidth);
};
