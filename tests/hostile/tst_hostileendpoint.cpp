#include "HostileCli.h"

#include "../support/MountNamespace.h"

#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace Qt::StringLiterals;

// Issue 10, item 5 (endpoint listings), as reported: the local asset a new database starts with, whose
// dpkg-query prints as many valid lines as it is told. Children get a fixed PATH, never the test's, so the
// script made here is bind-mounted over /usr/local/sbin (first on that PATH) in the test's own mount
// namespace, with the number of lines written into it. Before the fix
// 50 MB of them became 1.5 M packages at 784 MB RSS; now the listing is refused at ListingLimits, the scan
// fails for that asset and stores nothing.
class TestHostileEndpoint : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void fiftyMegabytesOfPackagesAreRefusedBeforeSplitting();
    void oneRowOverTheLimitIsRefused();
    void aListingWithinTheLimitIsStored();

private:
    void writeDpkgQuery(qint64 lines);
    BoundedRun::Outcome scanWithLines(qint64 lines);
    QJsonObject asset();

    std::unique_ptr<HostileCli> m_cli;
    QString m_asset;
    bool m_mounted = false;
};

void TestHostileEndpoint::init()
{
    m_cli = std::make_unique<HostileCli>();
    const QString bin = m_cli->path(u"bin"_s);
    QVERIFY(QDir().mkpath(bin));
    QVERIFY(QProcess::execute(u"mount"_s, {u"--bind"_s, bin, u"/usr/local/sbin"_s}) == 0);
    m_mounted = true;
    writeDpkgQuery(3);
    m_asset = asset()[u"name"_s].toString();
    QVERIFY(!m_asset.isEmpty());
    QCOMPARE(asset()[u"transport"_s].toString(), u"local"_s);
}

void TestHostileEndpoint::cleanup()
{
    if (m_mounted)
        QProcess::execute(u"umount"_s, {u"/usr/local/sbin"_s});
    m_mounted = false;
    m_cli.reset();
}

void TestHostileEndpoint::writeDpkgQuery(qint64 lines)
{
    QFile script(m_cli->path(u"bin"_s) + u"/dpkg-query"_s);
    QVERIFY(script.open(QIODevice::WriteOnly | QIODevice::Truncate));
    // Valid "${db:Status-Abbrev}\t${Package}\t${Version}\t${Architecture}\t${source:Package}" lines, each
    // of another package.
    script.write("#!/bin/sh\nseq 1 " + QByteArray::number(lines) +
                 " | awk '{ printf \"ii \\tlibhostile%d\\t1.0-1\\tamd64\\thostile\\n\", $1 }'\n");
    script.close();
    QVERIFY(script.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
}

BoundedRun::Outcome TestHostileEndpoint::scanWithLines(qint64 lines)
{
    writeDpkgQuery(lines);
    return m_cli->run({u"scan"_s, m_asset});
}

QJsonObject TestHostileEndpoint::asset()
{
    const QJsonArray rows = m_cli->rows({u"asset"_s, u"list"_s});
    return rows.size() == 1 ? rows.at(0).toObject() : QJsonObject();
}

void TestHostileEndpoint::fiftyMegabytesOfPackagesAreRefusedBeforeSplitting()
{
    // About 40 bytes a line: 1.3 M lines, 53 MB (under the 64 MiB output cap of one command).
    const BoundedRun::Outcome run = scanWithLines(1300000);
    PW_VERIFY_REFUSED(
        run, 1, u"dpkg-query output: more than 800000 lines, the limit of one listing of an asset"_s, 300);
    QCOMPARE(asset()[u"installed"_s].toInt(), 0);
    QVERIFY2(asset()[u"last_scan_error"_s].toString().contains(u"800000 lines"_s),
             qPrintable(asset()[u"last_scan_error"_s].toString()));
}

void TestHostileEndpoint::oneRowOverTheLimitIsRefused()
{
    const BoundedRun::Outcome run = scanWithLines(200001);
    PW_VERIFY_REFUSED(
        run, 1,
        u"dpkg-query output, line 200001: more than 200000 installed packages, the limit of one "
        "listing of an asset"_s,
        300);
    QCOMPARE(asset()[u"installed"_s].toInt(), 0);
}

void TestHostileEndpoint::aListingWithinTheLimitIsStored()
{
    // The same endpoint with a listing of real size is scanned and stored (so the refusals above are the
    // limit's, not the fake's).
    const BoundedRun::Outcome run = scanWithLines(3);
    QVERIFY2(run.exited && run.exitCode == 0, qPrintable(run.describe()));
    QCOMPARE(asset()[u"installed"_s].toInt(), 3);
}

int main(int argc, char **argv)
{
    if (!inPrivateMountNamespace(argc, argv))
        return 1;
    QCoreApplication app(argc, argv);
    TestHostileEndpoint test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_hostileendpoint.moc"
