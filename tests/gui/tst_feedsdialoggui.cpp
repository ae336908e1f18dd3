#include "../support/FeedHttpServer.h"
#include "../support/Samples.h"
#include "../support/TableDump.h"
#include "../support/TestDatabase.h"

#include "intel/FeedsDialog.h"
#include "intel/IntelActions.h"
#include "itemmodels/FeedTableModel.h"
#include "MainWindow.h"
#include "storage/AuditLog.h"
#include "storage/SettingsRepository.h"

#include <QAction>
#include <QComboBox>
#include <QItemSelectionModel>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

// Intel ▸ Feeds… driven as an admin would, against a real HTTP server on loopback (FeedHttpServer) serving
// the fixture feeds: mirrors set in the dialog, one feed synced alone, a hanging download cancelled with the
// stored data unchanged, and a bad mirror refused with nothing stored.
class TestFeedsDialogGui : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // Requests to 127.0.0.1 go direct unless the test sets a proxy itself.
        for (const char *name : {"http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY", "all_proxy",
                                 "ALL_PROXY", "no_proxy", "NO_PROXY"})
            qunsetenv(name);
    }

    void init()
    {
        QSettings().clear();
        m_db = std::make_unique<TestDatabase>();
        m_server = std::make_unique<FeedHttpServer>();
        const Status started = m_server->start();
        QVERIFY2(started.ok(), qPrintable(started.error().text()));
        PW_SAMPLE(kev, "intel", "cisa_kev_trimmed.json");
        PW_SAMPLE(epss, "intel", "epss_scores_vunnel_example.csv");
        QVERIFY(m_server->addFile(QStringLiteral("kev.json"), Samples::read(kev)).ok());
        QVERIFY(m_server->addFile(QStringLiteral("epss.csv"), Samples::read(epss)).ok());
        QVERIFY(
            m_server
                ->setConfig(QJsonObject{{QStringLiteral("/kev.json"),
                                         QJsonObject{{QStringLiteral("etag"), QStringLiteral("\"kev-v1\"")},
                                                     {QStringLiteral("last_modified"),
                                                      QStringLiteral("Tue, 01 Dec 2026 10:00:00 GMT")}}}})
                .ok());
        m_window = std::make_unique<MainWindow>(**m_db);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        auto *action = m_window->findChild<QAction *>(QStringLiteral("actionIntelFeeds"));
        QVERIFY(action);
        action->trigger();
        m_dialog = m_window->findChild<FeedsDialog *>(QStringLiteral("feedsDialog"));
        QVERIFY(m_dialog);
        QTRY_VERIFY(m_dialog->isVisible());
        m_table = m_dialog->findChild<QTableView *>(QStringLiteral("feedsTable"));
        m_model = m_dialog->findChild<FeedTableModel *>();
        QVERIFY(m_table && m_model);
    }

    void cleanup()
    {
        m_window.reset();
        m_server.reset();
        m_db.reset();
    }

    void syncingOneFeedFetchesOnlyIt()
    {
        // Every source a sync knows has its row; nothing has been synced yet.
        for (const char *key : {"kev", "epss", "nvd", "osv"})
            QVERIFY2(m_model->rowOfKey(QString::fromLatin1(key)) >= 0, key);
        QCOMPARE(cell(QStringLiteral("kev"), FeedTableModel::LastSuccess), QStringLiteral("never"));
        QVERIFY(cell(QStringLiteral("nvd"), FeedTableModel::NextDue).contains(QStringLiteral("hours")));

        // Direct connections, chosen in the dialog.
        auto *mode = m_dialog->findChild<QComboBox *>(QStringLiteral("feedsProxyMode"));
        QVERIFY(mode);
        mode->setCurrentIndex(1);
        QTest::mouseClick(button("feedsProxySave"), Qt::LeftButton);
        QCOMPARE(setting(QStringLiteral("intel.proxy")), QStringLiteral("none"));

        QVERIFY(setMirror(QStringLiteral("kev"), m_server->url(QStringLiteral("/kev.json")).toString()));
        QVERIFY(setMirror(QStringLiteral("epss"), m_server->url(QStringLiteral("/epss.csv")).toString()));
        QCOMPARE(cell(QStringLiteral("kev"), FeedTableModel::Source),
                 m_server->url(QStringLiteral("/kev.json")).toString() + QStringLiteral(" (mirror)"));

        select({QStringLiteral("kev")});
        QSignalSpy finished(m_dialog, &FeedsDialog::finished);
        QTest::mouseClick(button("feedsSyncSelected"), Qt::LeftButton);
        QVERIFY(m_dialog->isRunning());
        QVERIFY(!button("feedsSyncSelected")->isEnabled());
        QVERIFY(button("feedsCancel")->isEnabled());
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);

        const QList<QJsonObject> requests = m_server->requests();
        QCOMPARE(requests.size(), 1);
        QCOMPARE(requests.first().value(QStringLiteral("path")).toString(), QStringLiteral("/kev.json"));
        QVERIFY(!requests.first().value(QStringLiteral("proxy")).toBool());

        QVERIFY(cell(QStringLiteral("kev"), FeedTableModel::LastSuccess) != QStringLiteral("never"));
        QCOMPARE(cell(QStringLiteral("kev"), FeedTableModel::Records), QStringLiteral("20"));
        QCOMPARE(cell(QStringLiteral("kev"), FeedTableModel::Validators),
                 QStringLiteral("ETag \"kev-v1\" · Last-Modified Tue, 01 Dec 2026 10:00:00 GMT"));
        QVERIFY(cell(QStringLiteral("kev"), FeedTableModel::LastAttempt).startsWith(QStringLiteral("ok · ")));
        QCOMPARE(cell(QStringLiteral("epss"), FeedTableModel::NextDue), QStringLiteral("now"));
        QVERIFY(QDateTime::fromString(cell(QStringLiteral("kev"), FeedTableModel::NextDue),
                                      QStringLiteral("yyyy-MM-dd HH:mm"))
                    .isValid()); // a day after its success
        QCOMPARE(cell(QStringLiteral("epss"), FeedTableModel::LastAttempt), QStringLiteral("never"));
        const QString message = m_dialog->findChild<QLabel *>(QStringLiteral("feedsMessage"))->text();
        QVERIFY2(message.contains(QStringLiteral("CISA KEV: 20 record")) &&
                     message.contains(QStringLiteral("20 added")),
                 qPrintable(message));

        // Synced again, the validators make it a 304: still one download of the body.
        select({QStringLiteral("kev")});
        QTest::mouseClick(button("feedsSyncSelected"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 30000);
        QCOMPARE(m_server->requests().size(), 2);
        QCOMPARE(m_server->requests().last().value(QStringLiteral("status")).toInt(), 304);
        QVERIFY(cell(QStringLiteral("kev"), FeedTableModel::LastAttempt)
                    .startsWith(QStringLiteral("not modified · ")));
    }

    void cancelStopsAHangingDownloadAndKeepsTheData()
    {
        QVERIFY(setMirror(QStringLiteral("epss"), m_server->url(QStringLiteral("/epss.csv")).toString()));
        QSignalSpy finished(m_dialog, &FeedsDialog::finished);
        select({QStringLiteral("epss")});
        QTest::mouseClick(button("feedsSyncSelected"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
        QCOMPARE(cell(QStringLiteral("epss"), FeedTableModel::Records), QStringLiteral("5"));
        const QString lastSuccess = cell(QStringLiteral("epss"), FeedTableModel::LastSuccess);
        const QString vulnerabilities = TableDump::dump(**m_db, QStringLiteral("vulnerabilities"));
        const QString states = TableDump::dump(**m_db, QStringLiteral("feed_state"));

        // Now the mirror sends 20 bytes and hangs for two minutes: only a prompt cancel ends the sync within
        // the 30 s the test waits.
        QVERIFY(m_server
                    ->setConfig(QJsonObject{
                        {QStringLiteral("/epss.csv"), QJsonObject{{QStringLiteral("pause_after"), 20},
                                                                  {QStringLiteral("pause_seconds"), 120}}}})
                    .ok());
        select({QStringLiteral("epss")});
        QTest::mouseClick(button("feedsSyncSelected"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(
            cell(QStringLiteral("epss"), FeedTableModel::LastAttempt).startsWith(QStringLiteral("Syncing")),
            30000); // its first bytes arrived; the rest never will
        QCOMPARE(m_server->requests().size(), 2);
        QTest::mouseClick(button("feedsCancel"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 30000);

        QVERIFY2(cell(QStringLiteral("epss"), FeedTableModel::LastAttempt)
                     .startsWith(QStringLiteral("canceled · ")),
                 qPrintable(cell(QStringLiteral("epss"), FeedTableModel::LastAttempt)));
        QCOMPARE(cell(QStringLiteral("epss"), FeedTableModel::LastSuccess), lastSuccess);
        QCOMPARE(cell(QStringLiteral("epss"), FeedTableModel::Records), QStringLiteral("5"));
        QCOMPARE(TableDump::dump(**m_db, QStringLiteral("vulnerabilities")), vulnerabilities);
        QCOMPARE(TableDump::dump(**m_db, QStringLiteral("feed_state")), states);
        const QString message = m_dialog->findChild<QLabel *>(QStringLiteral("feedsMessage"))->text();
        QVERIFY2(message.contains(QStringLiteral("EPSS: canceled; its stored data is unchanged.")),
                 qPrintable(message));
        QVERIFY(!m_dialog->isRunning());
        QVERIFY(button("feedsSyncSelected")->isEnabled());
    }

    void aBadMirrorIsRefusedAndNothingStored()
    {
        const int events = auditCount();
        auto *problem = m_dialog->findChild<QLabel *>(QStringLiteral("feedsSettingsProblem"));
        QVERIFY(problem);
        QVERIFY(!setMirror(QStringLiteral("kev"), QStringLiteral("ftp://mirror.example/kev.json")));
        QVERIFY2(problem->text().contains(QStringLiteral("is not an http:// or https:// URL")),
                 qPrintable(problem->text()));
        QVERIFY(
            !setMirror(QStringLiteral("kev"), QStringLiteral("https://me:hunter2@mirror.example/kev.json")));
        QVERIFY(problem->text().contains(QStringLiteral("password")));
        QVERIFY(!problem->text().contains(QStringLiteral("hunter2")));
        QVERIFY(setting(QStringLiteral("intel.url.kev")).isEmpty());
        QCOMPARE(auditCount(), events);
        QVERIFY(!cell(QStringLiteral("kev"), FeedTableModel::Source).contains(QStringLiteral("mirror")));

        // A manual proxy with a password: refused, pointing to the environment instead.
        auto *mode = m_dialog->findChild<QComboBox *>(QStringLiteral("feedsProxyMode"));
        mode->setCurrentIndex(2);
        m_dialog->findChild<QLineEdit *>(QStringLiteral("feedsProxyUrl"))
            ->setText(QStringLiteral("http://me:hunter2@proxy.example:3128"));
        QTest::mouseClick(button("feedsProxySave"), Qt::LeftButton);
        QVERIFY(problem->text().contains(QStringLiteral("http_proxy")));
        QVERIFY(!problem->text().contains(QStringLiteral("hunter2")));
        QVERIFY(setting(QStringLiteral("intel.proxy")).isEmpty());
        QCOMPARE(auditCount(), events);

        // A good one is stored and audited.
        QVERIFY(setMirror(QStringLiteral("kev"), QStringLiteral("http://10.1.2.3:8080/kev.json")));
        QVERIFY(problem->text().isEmpty());
        QCOMPARE(setting(QStringLiteral("intel.url.kev")), QStringLiteral("http://10.1.2.3:8080/kev.json"));
        QCOMPARE(auditCount(), events + 1);
    }

    void menuSyncLeavesNvdsFullDownloadToTheFeedsView()
    {
        for (const char *feed : {"kev", "epss", "nvd"})
            QVERIFY(setMirror(
                QString::fromLatin1(feed),
                m_server->url(QStringLiteral("/%1.json").arg(QString::fromLatin1(feed))).toString()));
        QVERIFY(m_dialog->findChild<QPushButton *>(QStringLiteral("feedsToggleEnabled")));
        select({QStringLiteral("osv")});
        QTest::mouseClick(button("feedsToggleEnabled"), Qt::LeftButton); // OSV off: nothing to sync there
        QCOMPARE(cell(QStringLiteral("osv"), FeedTableModel::Enabled), QStringLiteral("no"));
        auto *intel = m_window->findChild<IntelActions *>(QStringLiteral("intelActions"));
        QSignalSpy finished(intel, &IntelActions::finished);
        m_window->findChild<QAction *>(QStringLiteral("actionIntelSync"))->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
        QStringList paths;
        for (const QJsonObject &request : m_server->requests())
            paths.append(request.value(QStringLiteral("path")).toString());
        QCOMPARE(paths, (QStringList{QStringLiteral("/kev.json"), QStringLiteral("/epss.json")}));
        auto *outcome = m_window->findChild<QMessageBox *>(QStringLiteral("intelOutcome"));
        QVERIFY(outcome);
        QVERIFY2(outcome->informativeText().contains(QStringLiteral("NVD was not synced")),
                 qPrintable(outcome->informativeText()));
        // The dialog's rows followed: KEV synced from its mirror.
        QCOMPARE(cell(QStringLiteral("kev"), FeedTableModel::Records), QStringLiteral("20"));
    }

private:
    QPushButton *button(const char *name) const
    {
        auto *found = m_dialog->findChild<QPushButton *>(QString::fromLatin1(name));
        if (!found)
            qFatal("no button %s", name);
        return found;
    }

    QString cell(const QString &key, int column) const
    {
        return m_model->index(m_model->rowOfKey(key), column).data().toString();
    }

    void select(const QStringList &keys)
    {
        m_table->clearSelection();
        for (const QString &key : keys)
            m_table->selectionModel()->select(m_model->index(m_model->rowOfKey(key), 0),
                                              QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }

    // Types the URL into the mirror box for the feed's row and saves it; whether it was accepted.
    bool setMirror(const QString &key, const QString &url)
    {
        select({key});
        auto *edit = m_dialog->findChild<QLineEdit *>(QStringLiteral("feedsMirrorUrl"));
        edit->setText(url);
        QTest::mouseClick(button("feedsMirrorSave"), Qt::LeftButton);
        return m_dialog->findChild<QLabel *>(QStringLiteral("feedsSettingsProblem"))->text().isEmpty();
    }

    QString setting(const QString &key) const
    {
        return SettingsRepository((*m_db)->connection()).value(key).value();
    }

    int auditCount() const { return int(AuditLog((*m_db)->connection()).list().value().size()); }

    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<FeedHttpServer> m_server;
    std::unique_ptr<MainWindow> m_window;
    FeedsDialog *m_dialog = nullptr;
    QTableView *m_table = nullptr;
    FeedTableModel *m_model = nullptr;
};

QTEST_MAIN(TestFeedsDialogGui)
#include "tst_feedsdialoggui.moc"
