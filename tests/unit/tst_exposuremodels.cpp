// The Vulnerabilities pane's models: each passes QAbstractItemModelTester (kept alive while rows are set,
// updated and removed), shows what the records hold, and exports raw values under the CLI's keys.
#include "itemmodels/CveExposureModel.h"
#include "itemmodels/ExposedHostModel.h"
#include "itemmodels/FindingTableModel.h"
#include "itemmodels/UpdateExposureModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

class TestExposureModels : public QObject
{
    Q_OBJECT

private slots:
    void cveModelShowsKevDueAndPatchCoverage();
    void updateModelIsOneRowPerSourceVersion();
    void findingModelNamesTheClosingPatch();
    void hostModelSaysWhenNoPatchIsPending();

private:
    template<typename Model>
    QString cell(const Model &model, int row, int column) const
    {
        return model.index(row, column).data().toString();
    }
};

namespace {

CveExposure cve(const QString &id, bool kev, int assets, int patched)
{
    CveExposure e;
    e.cveId = id;
    e.cvss = 9.8;
    e.epss = 0.943;
    e.kev = kev;
    e.kevDue = kev ? QDate(2022, 4, 15) : QDate();
    e.assets = assets;
    e.patchedAssets = patched;
    e.findings = 1;
    e.priority.computed = true;
    e.priority.score = 88.2;
    e.priority.decision = SsvcDecision::Act;
    return e;
}

} // namespace

void TestExposureModels::cveModelShowsKevDueAndPatchCoverage()
{
    CveExposureModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRecords({cve(u"CVE-2012-1823"_s, true, 37, 35), cve(u"CVE-2007-1583"_s, false, 1, 0)});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(cell(model, 0, CveExposureModel::Kev), u"yes, due 2022-04-15"_s);
    QCOMPARE(cell(model, 1, CveExposureModel::Kev), u"no"_s);
    QCOMPARE(cell(model, 0, CveExposureModel::Patched), u"35 of 37"_s);
    QCOMPARE(cell(model, 0, CveExposureModel::Decision), u"Act"_s);
    QCOMPARE(cell(model, 0, CveExposureModel::Epss), u"94.3 %"_s);
    QCOMPARE(model.headerData(CveExposureModel::Patched, Qt::Horizontal, TableRoles::KeyRole).toString(),
             u"patched_assets"_s);
    QCOMPARE(model.index(0, CveExposureModel::Patched).data(TableRoles::ExportRole).toInt(), 35);

    // An update in place: one row changes, one goes, the other stays where it was.
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.updateRecords({cve(u"CVE-2012-1823"_s, true, 37, 37)});
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(cell(model, 0, CveExposureModel::Patched), u"37 of 37"_s);
    QCOMPARE(changed.count(), 1);
}

void TestExposureModels::updateModelIsOneRowPerSourceVersion()
{
    UpdateExposureModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    UpdateExposure openssl;
    openssl.name = u"openssl"_s;
    openssl.version = u"3.0.15-1~deb12u1"_s;
    openssl.targetVersion = openssl.version;
    openssl.packages = {u"libssl-dev"_s, u"libssl3"_s, u"openssl"_s};
    openssl.hosts = 37;
    openssl.cves = 5;
    openssl.kevCves = 3;
    openssl.maxCvss = 9.8;
    UpdateExposure advisory;
    advisory.name = u"RHSA-2024:1234"_s;
    advisory.advisory = true;
    advisory.targetVersion = u"1.0 … 1.2"_s;
    model.setRecords({openssl, advisory});
    QCOMPARE(cell(model, 0, UpdateExposureModel::Hosts), u"37"_s);
    QCOMPARE(cell(model, 0, UpdateExposureModel::KevCves), u"3"_s);
    QCOMPARE(cell(model, 0, UpdateExposureModel::Packages), u"libssl-dev, libssl3, openssl"_s);
    QCOMPARE(cell(model, 1, UpdateExposureModel::MaxCvss), u"—"_s);
    QVERIFY(model.index(1, UpdateExposureModel::MaxCvss).data(TableRoles::ExportRole).isNull());
    QCOMPARE(model.index(0, 0).data(TableRoles::DetailsRole).toString(),
             u"openssl 3.0.15-1~deb12u1: 37 host(s), 3 KEV CVE(s)"_s); // English plurals come with the .qm
    model.updateRecords({advisory});
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(cell(model, 0, UpdateExposureModel::Update), u"RHSA-2024:1234"_s);
}

void TestExposureModels::findingModelNamesTheClosingPatch()
{
    FindingTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    FindingExposure closed;
    closed.id = 7;
    closed.scanner = u"nessus"_s;
    closed.assetId = 3;
    closed.assetName = u"testphp"_s;
    closed.finding.host = u"testphp.vulnweb.com"_s;
    closed.finding.pluginId = u"58988"_s;
    closed.finding.port = u"80/tcp"_s;
    closed.finding.severity = 3;
    closed.finding.cves = {u"CVE-2012-1823"_s};
    closed.finding.solution = u"Upgrade to PHP version 5.3.12 / 5.4.2 or later.\nA workaround exists."_s;
    closed.closedBy = {ClosingPatch{41, u"php8.2-cgi"_s, u"8.2.26-1~deb12u1"_s, {u"CVE-2012-1823"_s}}};
    FindingExposure unmatched;
    unmatched.id = 8;
    unmatched.scanner = u"openvas"_s;
    unmatched.finding.host = u"10.31.112.29"_s;
    unmatched.finding.pluginId = u"1.3.6.1.4.1.25623.1.0.108440"_s;
    model.setRecords({closed, unmatched});
    QCOMPARE(cell(model, 0, FindingTableModel::ClosedBy), u"php8.2-cgi 8.2.26-1~deb12u1"_s);
    QCOMPARE(cell(model, 0, FindingTableModel::Severity), u"High"_s);
    QCOMPARE(cell(model, 0, FindingTableModel::Solution),
             u"Upgrade to PHP version 5.3.12 / 5.4.2 or later. A workaround exists."_s);
    QCOMPARE(cell(model, 1, FindingTableModel::Asset), u"10.31.112.29 (no asset)"_s);
    QCOMPARE(cell(model, 1, FindingTableModel::ClosedBy), u"no patch pending"_s);
    QVERIFY(model.index(0, 0).data(TableRoles::DetailsRole).toString().contains(u"A workaround exists."_s));
    model.removeKeys({7});
    QCOMPARE(model.rowCount(), 1);
}

void TestExposureModels::hostModelSaysWhenNoPatchIsPending()
{
    ExposedHostModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    ExposedHost patched;
    patched.assetId = 1;
    patched.assetName = u"web01"_s;
    patched.criticality = Criticality::High;
    patched.packages = {u"libssl3"_s, u"openssl"_s};
    patched.pendingVersion = u"3.0.15-1~deb12u1"_s;
    ExposedHost scannerOnly;
    scannerOnly.assetId = 2;
    scannerOnly.assetName = u"web02"_s;
    scannerOnly.findings = 1;
    scannerOnly.lastScanError = u"connection refused"_s;
    model.setRecords({patched, scannerOnly});
    QCOMPARE(cell(model, 0, ExposedHostModel::Packages), u"libssl3, openssl"_s);
    QCOMPARE(cell(model, 0, ExposedHostModel::AssetCriticality), u"high"_s);
    QCOMPARE(cell(model, 1, ExposedHostModel::Pending), u"no patch pending"_s);
    QCOMPARE(cell(model, 1, ExposedHostModel::Packages), u"scanner finding"_s);
    QCOMPARE(cell(model, 1, ExposedHostModel::LastScan), u"failed"_s);
    QCOMPARE(model.index(1, ExposedHostModel::LastScan).data(Qt::ToolTipRole).toString(),
             u"connection refused"_s);
}

QTEST_GUILESS_MAIN(TestExposureModels)
#include "tst_exposuremodels.moc"
