// The console keeps each asset's SSH session between scans (ScanProgress's SshSessionCache) and closes an
// asset's session when the asset is removed or edited (AssetActions::assetReplaced, wired in MainWindow), so
// an old login is never reused for changed settings. Against a real sshd on loopback: a scan keeps one
// session; removing the asset through its confirmation closes it.
#include "../support/SshAsset.h"
#include "../support/TestDatabase.h"

#include "endpoints/EndpointForAsset.h"
#include "endpoints/SshSession.h"
#include "endpoints/SshSessionCache.h"
#include "MainWindow.h"
#include "panes/AssetActions.h"
#include "panes/AssetsPane.h"
#include "storage/AssetRepository.h"
#include "storage/KnownHostKeys.h"
#include "widgets/ScanProgress.h"

#include <QAbstractButton>
#include <QAction>
#include <QMessageBox>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;

class TestKeptSessionsGui : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void removingAnAssetClosesItsKeptSession();
};

void TestKeptSessionsGui::initTestCase()
{
    qunsetenv("SSH_AUTH_SOCK"); // the test's key only
}

void TestKeptSessionsGui::removingAnAssetClosesItsKeptSession()
{
    SshServer sshd;
    QVERIFY2(sshd.start(), qPrintable(sshd.error()));
    TestDatabase db;
    Asset asset = sshAssetOn(sshd, u"web01"_s);
    const auto added = AssetRepository(db->connection(), db->actor()).add(asset);
    QVERIFY2(added.ok(), qPrintable(added.error().text()));
    asset.id = added.value();
    // Its host key trusted, as Trust host… or `asset trust` leave it.
    const auto setup = sshSetupForAsset(asset, EndpointContext{});
    QVERIFY2(setup.ok(), qPrintable(setup.error().text()));
    const auto offered = SshSession::fetchHostKey(setup.value().target, setup.value().options);
    QVERIFY2(offered.ok(), qPrintable(offered.error().text()));
    QVERIFY(KnownHostKeys(db->connection(), db->actor())
                .accept({offered.value().host,
                         offered.value().port,
                         offered.value().keyType,
                         offered.value().fingerprint,
                         {},
                         {}})
                .ok());

    MainWindow window(*db);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *pane = window.findChild<AssetsPane *>();
    QTRY_VERIFY(!pane->isLoading());
    auto *progress = window.findChild<ScanProgress *>();
    QSignalSpy finished(progress, &ScanProgress::finished);
    window.findChild<QAction *>(u"actionScanAll"_s)->trigger();
    QVERIFY(finished.wait(60000));
    QCOMPARE(progress->keptSessions()->size(), 1);
    const qsizetype loginsBefore = sshd.log().count("Accepted publickey");
    QCOMPARE(loginsBefore, 1);

    auto *table = window.findChild<QTableView *>(u"assetsTable"_s);
    QTRY_COMPARE(table->model()->rowCount(), 1);
    table->selectRow(0);
    QAction *remove = pane->assetActions()->removeAction();
    QTRY_VERIFY(remove->isEnabled());
    remove->trigger();
    QMessageBox *confirm = nullptr;
    QTRY_VERIFY((confirm = window.findChild<QMessageBox *>(u"removeAssetConfirmation"_s)));
    confirm->button(QMessageBox::Yes)->click();
    QTRY_COMPARE(progress->keptSessions()->size(), 0);
    // The session was closed, not merely forgotten: sshd saw its client go.
    QTRY_VERIFY2(sshd.log().contains("Disconnected from") || sshd.log().contains("Connection closed by"),
                 sshd.log().constData());
}

QTEST_MAIN(TestKeptSessionsGui)
#include "tst_keptsessionsgui.moc"
