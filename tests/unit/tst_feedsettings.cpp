#include "intel/FeedOverview.h"
#include "intel/FeedSettings.h"
#include "intel/IntelSync.h"

#include "storage/AuditLog.h"
#include "storage/FeedAttemptRepository.h"
#include "storage/FeedStateRepository.h"
#include "storage/SettingsRepository.h"

#include "../support/TestDatabase.h"

#include <QTest>

using namespace Qt::StringLiterals;

// The feeds' network settings: which mirror and proxy values are accepted (and which refused with a reason,
// storing nothing), that each change is audited, that the sync engine reads them, and when a feed is due.
class TestFeedSettings : public QObject
{
    Q_OBJECT

private slots:
    void mirrorsMustBeHttpUrlsWithoutPasswords_data()
    {
        QTest::addColumn<int>("feed");
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("https") << int(IntelFeed::Kev) << u"https://mirror.example/kev.json"_s << true;
        QTest::newRow("loopback http") << int(IntelFeed::Kev) << u"http://127.0.0.1:8080/kev.json"_s << true;
        QTest::newRow("intranet name") << int(IntelFeed::Epss) << u"http://feeds.corp/epss.csv.gz"_s << true;
        QTest::newRow("osv template")
            << int(IntelFeed::Osv) << u"https://m.example/{ecosystem}/all.zip"_s << true;
        QTest::newRow("nvd with query") << int(IntelFeed::Nvd) << u"https://m.example/cves?x=1"_s << true;
        QTest::newRow("empty is official") << int(IntelFeed::Kev) << QString() << true;
        QTest::newRow("ftp") << int(IntelFeed::Kev) << u"ftp://mirror.example/kev.json"_s << false;
        QTest::newRow("file") << int(IntelFeed::Kev) << u"file:///tmp/kev.json"_s << false;
        QTest::newRow("no scheme") << int(IntelFeed::Kev) << u"mirror.example/kev.json"_s << false;
        QTest::newRow("no host") << int(IntelFeed::Kev) << u"https:///kev.json"_s << false;
        QTest::newRow("password") << int(IntelFeed::Kev) << u"https://u:hunter2@mirror.example/kev.json"_s
                                  << false;
        QTest::newRow("template off osv")
            << int(IntelFeed::Kev) << u"https://m.example/{ecosystem}.json"_s << false;
        QTest::newRow("spaces") << int(IntelFeed::Kev) << u"https://mirror example/kev.json"_s << false;
        QTest::newRow("report") << int(IntelFeed::Nessus) << u"https://m.example/x.nessus"_s << false;
    }

    void mirrorsMustBeHttpUrlsWithoutPasswords()
    {
        QFETCH(int, feed);
        QFETCH(QString, text);
        QFETCH(bool, accepted);
        const auto checked = FeedSettings::checkedMirror(IntelFeed(feed), text);
        QCOMPARE(checked.ok(), accepted);
        if (!accepted) {
            QVERIFY(!checked.error().message.isEmpty());
            QVERIFY(!checked.error().text().contains(QStringLiteral("hunter2")));
        }
    }

    void proxiesAreHostAndPortWithoutPasswords()
    {
        QVERIFY(FeedSettings::checkedProxy(FeedProxy::Mode::System, QStringLiteral("junk")).ok());
        QVERIFY(FeedSettings::checkedProxy(FeedProxy::Mode::None, QString()).ok());
        const auto manual =
            FeedSettings::checkedProxy(FeedProxy::Mode::Manual, u" http://proxy.corp:3128 "_s);
        QVERIFY2(manual.ok(), qPrintable(manual.error().text()));
        QCOMPARE(manual.value().url, QStringLiteral("http://proxy.corp:3128"));
        for (const QString &bad : {u"proxy.corp:3128"_s, u"http://proxy.corp"_s, u"https://proxy.corp:3128"_s,
                                   u"http://proxy.corp:3128/path"_s, QString()})
            QVERIFY2(!FeedSettings::checkedProxy(FeedProxy::Mode::Manual, bad).ok(), qPrintable(bad));
        const auto secret =
            FeedSettings::checkedProxy(FeedProxy::Mode::Manual, u"http://me:hunter2@proxy.corp:3128"_s);
        QVERIFY(!secret.ok());
        QVERIFY(!secret.error().text().contains(QStringLiteral("hunter2")));
        QVERIFY(secret.error().text().contains(QStringLiteral("http_proxy")));
        QCOMPARE(FeedProxy::fromStoredText(QStringLiteral("none")).mode, FeedProxy::Mode::None);
        QCOMPARE(FeedProxy::fromStoredText(QString()).mode, FeedProxy::Mode::System);
    }

    void changesAreStoredAuditedAndUsedBySync()
    {
        TestDatabase db;
        FeedSettings settings(*db);
        const int before = auditCount(*db);
        QVERIFY(settings.setMirror(IntelFeed::Kev, u"http://127.0.0.1:9/kev.json"_s).ok());
        QVERIFY(settings.setProxy(FeedProxy{FeedProxy::Mode::None, {}}).ok());
        QVERIFY(settings.setEnabled(u"osv:Debian"_s, false).ok());
        QCOMPARE(auditCount(*db), before + 3);
        const auto newest = AuditLog(db->connection()).list(1);
        QCOMPARE(newest.value().first().action, QStringLiteral("settings.changed"));
        QCOMPARE(newest.value().first().subject, QStringLiteral("intel.enabled.osv:Debian"));

        QCOMPARE(settings.mirror(IntelFeed::Kev).value(), QStringLiteral("http://127.0.0.1:9/kev.json"));
        QCOMPARE(SettingsRepository(db->connection()).value(u"intel.proxy"_s).value(),
                 QStringLiteral("none"));
        QCOMPARE(settings.proxy().value().mode, FeedProxy::Mode::None);
        QCOMPARE(settings.isEnabled(u"osv:Debian"_s).value(), false);
        QCOMPARE(settings.isEnabled(u"kev"_s).value(), true);
        IntelSync sync(*db);
        QCOMPARE(sync.urlFor(IntelFeed::Kev, {}), QUrl(u"http://127.0.0.1:9/kev.json"_s));
        IntelSync::Options flag;
        flag.urls.insert(int(IntelFeed::Kev), QUrl(u"http://127.0.0.1:10/kev.json"_s));
        QCOMPARE(sync.urlFor(IntelFeed::Kev, flag), QUrl(u"http://127.0.0.1:10/kev.json"_s)); // flags win

        // Refused: nothing stored, nothing audited, the previous value kept.
        const Status refused = settings.setMirror(IntelFeed::Kev, u"ftp://mirror.example/kev.json"_s);
        QVERIFY(!refused.ok());
        QVERIFY(!settings.setProxy(FeedProxy{FeedProxy::Mode::Manual, u"http://a:pw@p:1"_s}).ok());
        QCOMPARE(auditCount(*db), before + 3);
        QCOMPARE(settings.mirror(IntelFeed::Kev).value(), QStringLiteral("http://127.0.0.1:9/kev.json"));
        QCOMPARE(settings.proxy().value().mode, FeedProxy::Mode::None);

        QVERIFY(settings.setMirror(IntelFeed::Kev, QString()).ok()); // back to the official URL
        QCOMPARE(sync.urlFor(IntelFeed::Kev, {}), IntelSync::defaultUrl(IntelFeed::Kev));
    }

    void overviewSaysWhatIsDue()
    {
        TestDatabase db;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        FeedState kev;
        kev.feed = u"kev"_s;
        kev.source = IntelSync::defaultUrl(IntelFeed::Kev).toString();
        kev.etag = u"\"v7\""_s;
        kev.recordCount = 20;
        kev.importedAt = now.addSecs(-3600);
        QVERIFY(FeedStateRepository(db->connection()).save(kev).ok());
        FeedState epss;
        epss.feed = u"epss"_s;
        epss.importedAt = now.addDays(-2);
        QVERIFY(FeedStateRepository(db->connection()).save(epss).ok());
        FeedAttempt failed{u"epss"_s, now.addSecs(-60), u"failed"_s, u"Sync of epss failed: boom"_s};
        QVERIFY(FeedAttemptRepository(db->connection()).record(failed).ok());
        QVERIFY(FeedSettings(*db).setEnabled(u"nvd"_s, false).ok());

        const auto rows = FeedOverview(*db).list({}, now);
        QVERIFY2(rows.ok(), qPrintable(rows.error().text()));
        QStringList keys;
        for (const FeedStatus &row : rows.value())
            keys.append(row.key);
        QCOMPARE(keys.mid(0, 3), (QStringList{u"kev"_s, u"epss"_s, u"nvd"_s}));
        QCOMPARE(keys.at(3), u"osv"_s); // no asset with a known ecosystem yet: one OSV row
        const FeedStatus &k = rows.value().at(0);
        QVERIFY(!k.due);
        QCOMPARE(k.dueAt, kev.importedAt.addSecs(24 * 3600));
        QCOMPARE(k.etag, u"\"v7\""_s);
        QCOMPARE(k.recordCount, 20);
        const FeedStatus &e = rows.value().at(1);
        QVERIFY(e.due); // its last attempt failed
        QCOMPARE(e.outcome, u"failed"_s);
        QCOMPARE(e.error, failed.error);
        const FeedStatus &n = rows.value().at(2);
        QVERIFY(!n.enabled);
        QVERIFY(!n.due); // never synced, but disabled
        QVERIFY(n.longRunning);
        QVERIFY(rows.value().at(3).due);

        QList<QString> due;
        for (const FeedSource &source : FeedOverview::dueSources(rows.value()))
            due.append(source.key());
        QCOMPARE(due, (QList<QString>{u"epss"_s, u"osv"_s}));
    }

    void sourceKeysRoundTrip()
    {
        for (const QString &key : {u"kev"_s, u"epss"_s, u"nvd"_s, u"osv"_s, u"osv:Rocky Linux"_s})
            QCOMPARE(FeedSource::fromKey(key)->key(), key);
        QVERIFY(!FeedSource::fromKey(u"nessus"_s));
        QVERIFY(!FeedSource::fromKey(u"kev:Debian"_s));
        QVERIFY(!FeedSource::fromKey(u"gossip"_s));
        QCOMPARE(FeedSource::fromKey(u"osv:Debian"_s)->title(), u"OSV (Debian)"_s);
    }

private:
    static int auditCount(Database &db) { return int(AuditLog(db.connection()).list().value().size()); }
};

QTEST_GUILESS_MAIN(TestFeedSettings)
#include "tst_feedsettings.moc"
