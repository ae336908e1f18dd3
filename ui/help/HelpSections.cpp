#include "HelpSections.h"

#include <QFile>
#include <QHash>
#include <QRegularExpression>

QList<HelpSections::Section> HelpSections::menu()
{
    return {
        {QStringLiteral("gettingStarted"), tr("&Getting started"),
         QStringLiteral("Two commands on a fresh Debian 12 machine")},
        {QStringLiteral("firstRun"), tr("&First run"), QStringLiteral("First run")},
        {QStringLiteral("panes"), tr("The &panes and their shortcuts"), QStringLiteral("What works today")},
        {QStringLiteral("addingLinux"), tr("Adding &Linux assets (SSH)"),
         QStringLiteral("Adding a Linux fleet")},
        {QStringLiteral("addingWindows"), tr("Adding &Windows assets (WinRM)"),
         QStringLiteral("Adding Windows hosts")},
        {QStringLiteral("scanning"), tr("&Scanning"), QStringLiteral("Scanning this machine")},
        {QStringLiteral("intel"), tr("&Vulnerability feeds"), QStringLiteral("Vulnerability intelligence")},
        {QStringLiteral("prioritization"), tr("P&rioritization"),
         QStringLiteral("How patches are prioritized")},
        {QStringLiteral("changeBoard"), tr("&Change board, deployments and rollback"),
         QStringLiteral("From request to verified staged deployment")},
        {QStringLiteral("compliance"), tr("C&ompliance and reports"),
         QStringLiteral("Compliance metrics, reports and evidence for auditors")},
        {QStringLiteral("audit"), tr("&Audit trail"), QStringLiteral("The audit trail")},
        {QStringLiteral("database"), tr("&Database and keys"), QStringLiteral("The database and its key")},
        {QStringLiteral("teamMode"), tr("&Team mode (PostgreSQL)"),
         QStringLiteral("Team mode on PostgreSQL")},
        {QStringLiteral("cli"), tr("Command &line"), QStringLiteral("Command line: patchwright-cli")},
        {QStringLiteral("performance"), tr("P&erformance"), QStringLiteral("Benchmarks")},
    };
}

QString HelpSections::forPane(const QString &paneClassName)
{
    static const QHash<QString, QString> sections{
        {QStringLiteral("AssetsPane"),
         QStringLiteral("Asset status, scan summaries and inventory-only assets")},
        {QStringLiteral("PatchesPane"), QStringLiteral("How patches are prioritized")},
        {QStringLiteral("VulnerabilitiesPane"), QStringLiteral("The Vulnerabilities pane")},
        {QStringLiteral("ApprovalsPane"), QStringLiteral("From request to verified staged deployment")},
        {QStringLiteral("DeploymentsPane"), QStringLiteral("From request to verified staged deployment")},
        {QStringLiteral("CompliancePane"), QStringLiteral("The Compliance pane")},
        {QStringLiteral("AuditPane"), QStringLiteral("The audit trail")},
    };
    return sections.value(paneClassName, QStringLiteral("What works today"));
}

QString HelpSections::readme()
{
    QFile file(QStringLiteral(":/help/README.md"));
    if (!file.open(QIODevice::ReadOnly))
        return tr(
            "# Help is missing\n\nThis build has no README.md in its resources; read it at the project's "
            "home page.");
    QString text = QString::fromUtf8(file.readAll());
    // A screenshot becomes its caption: the PNGs stay in the source tree, and the viewer works offline.
    static const QRegularExpression image(QStringLiteral(R"(!\[([^\]]*)\]\([^)]*\))"));
    text.replace(image, QStringLiteral("*[\\1]*"));
    return text;
}
