// Live panes (issue 14): a console open on a database shows what patchwright-cli writes to it — a new
// asset, an edited one, a change request, their audit events — without View ▸ Refresh, updating the rows in
// place (no model reset) and keeping the admin's selection. Local SQLCipher (PRAGMA data_version polled
// every second) and team mode on a real PostgreSQL server (LISTEN/NOTIFY, migration 012), there also after
// the listening connection is killed: the console polls, listens again, and still shows the change. The
// console's own edits are not announced a second time.
#include "../support/CliRunner.h"
#include "../support/LiveFixture.h"
#include "../support/PostgresServer.h"
#include "../support/TestDatabase.h"

#include "changes/AuditNotifications.h"
#include "changes/ChangeNotifier.h"
#include "changes/ExternalChangeWatcher.h"
#include "domain/StoredWords.h"
#include "itemmodels/AssetTableModel.h"
#include "MainWindow.h"
#include "panes/AuditPane.h"
#include "setup/FirstStart.h"
#include "storage/AssetRepository.h"

#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

const QString passphrase = u"live panes passphrase"_s;

QTableView *tableOf(MainWindow &window, const QString &name)
{
    return window.findChild<QTableView *>(name + u"Table"_s);
}

int rowOf(const QTableView *view, const QString &name)
{
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        if (view->model()->index(row, AssetTableModel::Name).data().toString() == name)
            return row;
    }
    return -1;
}

QString cell(const QTableView *view, const QString &name, int column)
{
    const int row = rowOf(view, name);
    return row < 0 ? QString() : view->model()->index(row, column).data().toString();
}

QString selectedName(const QTableView *view)
{
    const QModelIndexList rows = view->selectionModel()->selectedRows(AssetTableModel::Name);
    return rows.size() == 1 ? rows.constFirst().data().toString() : QString();
}

bool tableShows(const QTableView *view, const QString &text)
{
    const QAbstractItemModel *model = view->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        for (int column = 0; column < model->columnCount(); ++column) {
            if (model->index(row, column).data().toString().contains(text))
                return true;
        }
    }
    return false;
}

} // namespace

class TestLivePanesGui : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void localCliChangesShowInPlace();
    void ownEditsAreNotAnnouncedAgain();
    void teamCliChangesShowInPlaceAndSurviveALostListener();

private:
    using Cli = std::function<CliRunner::Run(const QStringList &)>;
    // alpha (openssl missing) and bravo in `db`, before the window opens.
    static void seed(Database &db);
    // The window open on `db` with bravo selected; patchwright-cli adds charlie, edits alpha, and makes a
    // change request of alpha's patch; each shows without a refresh, bravo still selected, no model reset.
    void cliChangesShowInPlace(MainWindow &window, const Cli &cli);
};

void TestLivePanesGui::init()
{
    QSettings().clear();
}

void TestLivePanesGui::seed(Database &db)
{
    const qint64 alpha = LiveFixture::addAsset(db, u"alpha"_s, u"10.0.0.1"_s);
    LiveFixture::scanFindsOpensslMissing(db, alpha);
    LiveFixture::addAsset(db, u"bravo"_s, u"10.0.0.2"_s);
}

void TestLivePanesGui::cliChangesShowInPlace(MainWindow &window, const Cli &cli)
{
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTableView *assets = tableOf(window, u"assets"_s);
    QVERIFY(assets);
    // A pane reads its rows when first shown, then follows the changes: the Audit pane has been shown once.
    window.showPane(6);
    QTRY_VERIFY(!window.findChild<AuditPane *>()->isLoading());
    window.showPane(0);
    QTRY_VERIFY(rowOf(assets, u"bravo"_s) >= 0);
    const int rowsBefore = assets->model()->rowCount();
    assets->selectRow(rowOf(assets, u"bravo"_s));
    QCOMPARE(selectedName(assets), u"bravo"_s);
    QSignalSpy resets(assets->model(), &QAbstractItemModel::modelReset);
    auto *notifier = window.findChild<ChangeNotifier *>(u"changeNotifier"_s);
    QVERIFY(notifier);
    QSignalSpy assetsChanged(notifier, &ChangeNotifier::assetsChanged);

    const auto added =
        cli({u"asset"_s, u"add"_s, u"charlie"_s, u"--transport"_s, u"ssh"_s, u"--address"_s, u"10.0.0.3"_s});
    QVERIFY2(added.exitCode == 0, added.err.constData());
    QTRY_COMPARE(assets->model()->rowCount(), rowsBefore + 1);
    QCOMPARE(cell(assets, u"charlie"_s, AssetTableModel::Address), u"10.0.0.3"_s);
    QCOMPARE(selectedName(assets), u"bravo"_s);
    QCOMPARE(resets.count(), 0);
    // Told precisely: the one asset, by id.
    QVERIFY(!assetsChanged.isEmpty());
    const auto told = assetsChanged.constLast().constFirst().value<ChangedIds>();
    QVERIFY(!told.isAll());
    QCOMPARE(told.ids().size(), 1);

    const QString before = cell(assets, u"alpha"_s, AssetTableModel::Criticality);
    const auto edited = cli({u"asset"_s, u"edit"_s, u"alpha"_s, u"--criticality"_s, u"critical"_s});
    QVERIFY2(edited.exitCode == 0, edited.err.constData());
    QTRY_VERIFY(cell(assets, u"alpha"_s, AssetTableModel::Criticality) != before);
    QCOMPARE(cell(assets, u"alpha"_s, AssetTableModel::Criticality), displayName(Criticality::Critical));
    QCOMPARE(selectedName(assets), u"bravo"_s);
    QCOMPARE(resets.count(), 0);

    QTableView *approvals = tableOf(window, u"approvals"_s);
    QVERIFY(approvals);
    const int changesBefore = approvals->model()->rowCount();
    const auto created = cli({u"change"_s, u"create"_s, u"--title"_s, u"openssl on alpha (live)"_s,
                              u"--all-pending"_s, u"--asset"_s, u"alpha"_s});
    QVERIFY2(created.exitCode == 0, created.err.constData());
    QTRY_COMPARE(approvals->model()->rowCount(), changesBefore + 1);
    QVERIFY(tableShows(approvals, u"openssl on alpha (live)"_s));

    // The audit trail follows too.
    QTableView *audit = tableOf(window, u"audit"_s);
    QVERIFY(audit);
    QTRY_VERIFY(tableShows(audit, u"charlie"_s));
    QCOMPARE(selectedName(assets), u"bravo"_s);
}

void TestLivePanesGui::localCliChangesShowInPlace()
{
    TestDatabase db(passphrase);
    QVERIFY(FirstStart::ensureThisMachine(*db).ok());
    seed(*db);
    MainWindow window(*db);
    auto *watcher = window.findChild<ExternalChangeWatcher *>();
    QVERIFY(watcher);
    QCOMPARE(watcher->mode(), ExternalChangeWatcher::Mode::DataVersionPolling);
    CliRunner runner;
    runner.setEnvironment(u"PATCHWRIGHT_DB_PASSPHRASE"_s, passphrase);
    runner.setLeadingArguments({u"--db"_s, db.path()});
    cliChangesShowInPlace(window, [&runner](const QStringList &arguments) { return runner.run(arguments); });
}

void TestLivePanesGui::ownEditsAreNotAnnouncedAgain()
{
    TestDatabase db(passphrase);
    seed(*db);
    MainWindow window(*db);
    auto *watcher = window.findChild<ExternalChangeWatcher *>();
    QVERIFY(watcher);
    QSignalSpy announced(watcher, &ExternalChangeWatcher::announced);
    // The console's own write on its own connection, then a worker's on another connection of this
    // process (data_version moves for that one): neither is another process's.
    auto bravo = AssetRepository(db->connection(), db->actor()).findByName(u"bravo"_s).value();
    bravo.criticality = Criticality::High;
    QVERIFY(AssetRepository(db->connection(), db->actor()).update(bravo).ok());
    {
        auto worker = Database::open(db.config());
        QVERIFY(worker.ok());
        LiveFixture::addAsset(*worker.value(), u"from-a-worker"_s, u"10.0.0.4"_s);
    }
    QVERIFY(watcher->catchUp());
    QCOMPARE(announced.count(), 0);
    const qint64 seen = watcher->lastSeenId();
    // Another process's write is.
    CliRunner runner;
    runner.setEnvironment(u"PATCHWRIGHT_DB_PASSPHRASE"_s, passphrase);
    const auto added = runner.run({u"--db"_s, db.path(), u"asset"_s, u"add"_s, u"delta"_s, u"--transport"_s,
                                   u"ssh"_s, u"--address"_s, u"10.0.0.5"_s});
    QVERIFY2(added.exitCode == 0, added.err.constData());
    QVERIFY(announced.wait(5000));
    QVERIFY(announced.constLast().constFirst().toInt() >= 1);
    QVERIFY(watcher->lastSeenId() > seen);
}

void TestLivePanesGui::teamCliChangesShowInPlaceAndSurviveALostListener()
{
    PostgresServer server;
    const Status started = server.start();
    QVERIFY2(started.ok(), qPrintable(started.error().text()));
    const auto ownerPassword = server.createLogin(u"pw_owner"_s, u"CREATEROLE"_s);
    QVERIFY(ownerPassword.ok());
    const QString dbName = u"live"_s;
    QVERIFY(server.createDatabase(dbName, u"pw_owner"_s).ok());
    {
        auto owner = Database::open(server.config(u"pw_owner"_s, ownerPassword.value(), dbName)); // migrates
        QVERIFY2(owner.ok(), owner.ok() ? "" : qPrintable(owner.error().text()));
    }
    const auto adminPassword = server.createLogin(u"ann"_s, u"IN ROLE patchwright_admin"_s);
    QVERIFY(adminPassword.ok());
    auto opened = Database::open(server.config(u"ann"_s, adminPassword.value(), dbName));
    QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error().text()));
    Database &db = *opened.value();
    seed(db);

    QTemporaryDir files;
    QVERIFY(files.isValid());
    const QString pgpass = files.filePath(u"pgpass"_s);
    QFile file(pgpass);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(u"%1:%2:%3:ann:%4\n"_s.arg(server.host())
                   .arg(server.port())
                   .arg(dbName, adminPassword.value())
                   .toUtf8());
    file.close();
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    CliRunner runner;
    runner.setEnvironment(u"PGPASSFILE"_s, pgpass);
    runner.setLeadingArguments({u"--db"_s, server.url(u"ann"_s, dbName)});

    MainWindow window(db);
    auto *watcher = window.findChild<ExternalChangeWatcher *>();
    QVERIFY(watcher);
    QCOMPARE(watcher->mode(), ExternalChangeWatcher::Mode::Listening);
    cliChangesShowInPlace(window, [&runner](const QStringList &arguments) { return runner.run(arguments); });

    // The listening connection dies (a server restart, a network cut): the console notices, polls, shows
    // what was written meanwhile, and listens again.
    watcher->setIntervals(std::chrono::milliseconds(100), std::chrono::milliseconds(200),
                          std::chrono::milliseconds(500));
    QSignalSpy modes(watcher, &ExternalChangeWatcher::modeChanged);
    const qint64 pid = watcher->notifications()->backendPid();
    QVERIFY(pid > 0);
    QVERIFY(server.superuserExec(u"SELECT pg_terminate_backend(%1)"_s.arg(pid), dbName).ok());
    const auto added = runner.run(
        {u"asset"_s, u"add"_s, u"echo"_s, u"--transport"_s, u"ssh"_s, u"--address"_s, u"10.0.0.6"_s});
    QVERIFY2(added.exitCode == 0, added.err.constData());
    QTableView *assets = tableOf(window, u"assets"_s);
    QTRY_VERIFY(rowOf(assets, u"echo"_s) >= 0);
    QCOMPARE(selectedName(assets), u"bravo"_s);
    QTRY_COMPARE(watcher->mode(), ExternalChangeWatcher::Mode::Listening);
    QVERIFY(modes.count() >= 2); // → polling → listening
    QVERIFY(watcher->notifications()->backendPid() != pid);
    // Listening again: the next change arrives by notification (the safety-net poll is a minute away).
    watcher->setIntervals(std::chrono::milliseconds(100), std::chrono::minutes(1), std::chrono::minutes(1));
    const auto again = runner.run(
        {u"asset"_s, u"add"_s, u"foxtrot"_s, u"--transport"_s, u"ssh"_s, u"--address"_s, u"10.0.0.7"_s});
    QVERIFY2(again.exitCode == 0, again.err.constData());
    QTRY_VERIFY(rowOf(assets, u"foxtrot"_s) >= 0);
}

QTEST_MAIN(TestLivePanesGui)
#include "tst_livepanesgui.moc"
