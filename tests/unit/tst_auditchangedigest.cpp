// Live panes, the mapping: the audit events other processes append → ChangeNotifier's signals. The table of
// AuditChangeDigest on hand-made events, then on the events the real repositories write (so a renamed
// action shows up here), ChangeAnnouncement's name → id resolution, and OwnAuditAppends telling this
// process's events from others'.
#include "../support/LiveFixture.h"
#include "../support/TestDatabase.h"

#include "changes/AuditChangeDigest.h"
#include "changes/ChangeAnnouncement.h"
#include "changes/ChangeNotifier.h"
#include "domain/Workflow.h"
#include "storage/AuditLog.h"
#include "storage/AuditTail.h"
#include "storage/ChangeRepository.h"
#include "storage/OwnAuditAppends.h"
#include "storage/PatchRepository.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

AuditEvent auditEvent(const QString &action, const QString &subject)
{
    AuditEvent e;
    e.action = action;
    e.subject = subject;
    return e;
}

AuditChangeDigest digestOf(const QList<AuditEvent> &events)
{
    AuditChangeDigest digest;
    for (const AuditEvent &e : events)
        digest.add(e);
    return digest;
}

QSet<QString> names(std::initializer_list<QString> list)
{
    return QSet<QString>(list);
}

} // namespace

class TestAuditChangeDigest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void numberInSubject_data();
    void numberInSubject();
    void nothingIsEmpty();
    void assetEventsNameTheAssetAndItsPatches();
    void removedAssetMeansAllAssets();
    void scanEventsNameTheAssetAndACompletedOneIntel();
    void patchEventsNameTheAssetBeforeTheColon();
    void intelSettingsChangesDeploymentsAndRuns();
    void otherEventsOnlyAppendToTheAudit();
    void theRepositoriesEventsMapToTheirSignals();
    void announcementResolvesNamesToIds();
    void announcementFallsBackToAllWhenANameIsGoneOrTooMany();
    void announcementEmitsInOrder();
    void ownAppendsAreKnownOnceAndOthersNot();
    void dataVersionMovesOnOtherConnectionsCommitsAndCostsLittle();

private:
    QList<AuditEvent> eventsAfter(qint64 id);

    std::unique_ptr<TestDatabase> m_db;
};

void TestAuditChangeDigest::init()
{
    m_db = std::make_unique<TestDatabase>();
}

void TestAuditChangeDigest::cleanup()
{
    m_db.reset();
}

QList<AuditEvent> TestAuditChangeDigest::eventsAfter(qint64 id)
{
    const auto events = AuditTail((*m_db)->connection()).after(id, 1000);
    if (!events)
        qFatal("cannot read the trail: %s", qPrintable(events.error().text()));
    return events.value();
}

void TestAuditChangeDigest::numberInSubject_data()
{
    QTest::addColumn<QString>("subject");
    QTest::addColumn<qint64>("number");
    QTest::newRow("change") << u"change #12"_s << qint64(12);
    QTest::newRow("deployment") << u"change #7 on web1"_s << qint64(7);
    QTest::newRow("run") << u"run #3"_s << qint64(3);
    QTest::newRow("no hash") << u"web1"_s << qint64(0);
    QTest::newRow("hash without digits") << u"ring #x"_s << qint64(0);
    QTest::newRow("hash at the end") << u"change #"_s << qint64(0);
    QTest::newRow("non-ASCII digits") << u"change #\u0663"_s << qint64(0);
}

void TestAuditChangeDigest::numberInSubject()
{
    QFETCH(QString, subject);
    QFETCH(qint64, number);
    QCOMPARE(AuditChangeDigest::numberIn(subject), number);
}

void TestAuditChangeDigest::nothingIsEmpty()
{
    const AuditChangeDigest digest;
    QVERIFY(digest.isEmpty());
    QVERIFY(!digest.auditAppended());
    QVERIFY(!digest.intelChanged());
}

void TestAuditChangeDigest::assetEventsNameTheAssetAndItsPatches()
{
    const auto digest =
        digestOf({auditEvent(u"asset.added"_s, u"web1"_s), auditEvent(u"asset.updated"_s, u"db2"_s),
                  auditEvent(u"asset.updated"_s, u"web1"_s)});
    QCOMPARE(digest.assetNames(), names({u"web1"_s, u"db2"_s}));
    QCOMPARE(digest.patchAssetNames(), names({u"web1"_s, u"db2"_s}));
    QVERIFY(!digest.allAssets());
    QVERIFY(!digest.allPatches());
    QVERIFY(!digest.intelChanged());
    QVERIFY(digest.auditAppended());
}

void TestAuditChangeDigest::removedAssetMeansAllAssets()
{
    const auto digest = digestOf({auditEvent(u"asset.removed"_s, u"web1"_s)});
    QVERIFY(digest.allAssets());
    QVERIFY(digest.allPatches());
    QVERIFY(digest.assetNames().isEmpty());
}

void TestAuditChangeDigest::scanEventsNameTheAssetAndACompletedOneIntel()
{
    const auto failed =
        digestOf({auditEvent(u"scan.failed"_s, u"web1"_s), auditEvent(u"scan.canceled"_s, u"db2"_s)});
    QCOMPARE(failed.assetNames(), names({u"web1"_s, u"db2"_s}));
    QVERIFY(!failed.intelChanged());
    const auto completed = digestOf({auditEvent(u"scan.completed"_s, u"web1"_s)});
    QCOMPARE(completed.patchAssetNames(), names({u"web1"_s}));
    QVERIFY(completed.intelChanged());
}

void TestAuditChangeDigest::patchEventsNameTheAssetBeforeTheColon()
{
    const auto digest = digestOf({auditEvent(u"patch.detected"_s, u"web1: openssl amd64 3.0.13-1"_s),
                                  auditEvent(u"patch.resolved"_s, u"db: 2: zlib1g amd64 1:1.2.13"_s)});
    QCOMPARE(digest.patchAssetNames(), names({u"web1"_s, u"db"_s}));
    QCOMPARE(digest.assetNames(), names({u"web1"_s, u"db"_s}));
}

void TestAuditChangeDigest::intelSettingsChangesDeploymentsAndRuns()
{
    const auto digest = digestOf(
        {auditEvent(u"intel.imported"_s, u"kev"_s), auditEvent(u"settings.changed"_s, u"sla.critical_days"_s),
         auditEvent(u"change.created"_s, u"change #4"_s), auditEvent(u"change.approved"_s, u"change #5"_s),
         auditEvent(u"deployment.step"_s, u"change #4 on web1"_s),
         auditEvent(u"deployment.succeeded"_s, u"change #9 on db2"_s),
         auditEvent(u"run.stage"_s, u"run #2"_s)});
    QVERIFY(digest.intelChanged());
    QVERIFY(digest.allPatches());
    QVERIFY(!digest.allAssets());
    QCOMPARE(digest.changeIds(), (QSet<qint64>{4, 5}));
    QCOMPARE(digest.deploymentChangeIds(), (QSet<qint64>{4, 9}));
    QCOMPARE(digest.runIds(), (QSet<qint64>{2}));
}

void TestAuditChangeDigest::otherEventsOnlyAppendToTheAudit()
{
    for (const QString &action :
         {u"session.opened"_s, u"report.exported"_s, u"hostkey.accepted"_s, u"ring.changed"_s,
          u"window.added"_s, u"board.policy.changed"_s, u"user.removed"_s, u"metrics.snapshotted"_s,
          u"db.rekeyed"_s, u"audit.key.registered"_s}) {
        const auto digest = digestOf({auditEvent(action, u"change #3 on web1"_s)});
        QVERIFY2(digest.auditAppended(), qPrintable(action));
        QVERIFY2(digest.assetNames().isEmpty() && digest.changeIds().isEmpty() &&
                     digest.deploymentChangeIds().isEmpty() && !digest.intelChanged() &&
                     !digest.allAssets() && !digest.allPatches(),
                 qPrintable(action));
    }
}

void TestAuditChangeDigest::theRepositoriesEventsMapToTheirSignals()
{
    Database &db = **m_db;
    const qint64 start = AuditTail(db.connection()).headId().value();
    const qint64 web = LiveFixture::addAsset(db, u"web1"_s, u"10.0.0.5"_s);
    LiveFixture::scanFindsOpensslMissing(db, web);
    auto asset = AssetRepository(db.connection(), db.actor()).findById(web).value();
    asset.criticality = Criticality::High;
    QVERIFY(AssetRepository(db.connection(), db.actor()).update(asset).ok());
    auto digest = digestOf(eventsAfter(start));
    QCOMPARE(digest.assetNames(), names({u"web1"_s}));
    QCOMPARE(digest.patchAssetNames(), names({u"web1"_s}));
    QVERIFY(digest.intelChanged()); // scan.completed
    QVERIFY(!digest.allAssets());

    const qint64 beforeChange = AuditTail(db.connection()).headId().value();
    PatchRepository::Filter missing;
    missing.state = PatchState::Missing;
    const auto patches = PatchRepository(db.connection()).list(missing);
    QVERIFY(patches.ok() && patches.value().size() == 1);
    ChangeDraft draft;
    draft.title = u"openssl on web1"_s;
    draft.justification = u"CVE fix"_s;
    draft.assetPatchIds = {patches.value().constFirst().id};
    const auto change = ChangeRepository(db.connection(), db.actor()).create(draft);
    QVERIFY2(change.ok(), qPrintable(change.error().text()));
    digest = digestOf(eventsAfter(beforeChange));
    QCOMPARE(digest.changeIds(), QSet<qint64>{change.value()});
    QVERIFY(digest.assetNames().isEmpty());

    LiveFixture::addAsset(db, u"spare"_s, u"10.0.0.6"_s);
    const qint64 beforeRemove = AuditTail(db.connection()).headId().value();
    const Status removed = AssetRepository(db.connection(), db.actor()).remove(u"spare"_s);
    QVERIFY2(removed.ok(), removed.ok() ? "" : qPrintable(removed.error().text()));
    digest = digestOf(eventsAfter(beforeRemove));
    QVERIFY(digest.allAssets());
}

void TestAuditChangeDigest::announcementResolvesNamesToIds()
{
    Database &db = **m_db;
    const qint64 web = LiveFixture::addAsset(db, u"web1"_s, u"10.0.0.5"_s);
    const qint64 mail = LiveFixture::addAsset(db, u"mail"_s, u"10.0.0.6"_s);
    LiveFixture::addAsset(db, u"other"_s, u"10.0.0.7"_s);
    const auto digest =
        digestOf({auditEvent(u"asset.added"_s, u"web1"_s), auditEvent(u"scan.failed"_s, u"mail"_s),
                  auditEvent(u"change.created"_s, u"change #8"_s)});
    const ChangeAnnouncement announcement(db.connection(), digest);
    QVERIFY(!announcement.assets().isAll());
    QCOMPARE(announcement.assets().ids(), (QList<qint64>{std::min(web, mail), std::max(web, mail)}));
    QCOMPARE(announcement.patches().ids(), announcement.assets().ids());
    QCOMPARE(announcement.changeIds(), QList<qint64>{8});
    QVERIFY(announcement.deploymentChangeIds().isEmpty());
    QVERIFY(announcement.auditAppended());
}

void TestAuditChangeDigest::announcementFallsBackToAllWhenANameIsGoneOrTooMany()
{
    Database &db = **m_db;
    LiveFixture::addAsset(db, u"web1"_s, u"10.0.0.5"_s);
    const ChangeAnnouncement gone(db.connection(),
                                  digestOf({auditEvent(u"asset.added"_s, u"web1"_s),
                                            auditEvent(u"asset.updated"_s, u"renamed-since"_s)}));
    QVERIFY(gone.assets().isAll());

    QList<AuditEvent> many;
    for (int i = 0; i <= ChangeAnnouncement::MaxNamedAssets; ++i)
        many.append(auditEvent(u"asset.added"_s, u"host%1"_s.arg(i)));
    const ChangeAnnouncement tooMany(db.connection(), digestOf(many));
    QVERIFY(tooMany.assets().isAll());
    QVERIFY(tooMany.patches().isAll());

    const ChangeAnnouncement onlyAudit(db.connection(),
                                       digestOf({auditEvent(u"session.opened"_s, u"ann"_s)}));
    QVERIFY(onlyAudit.assets().isEmpty());
    QVERIFY(onlyAudit.patches().isEmpty());
}

void TestAuditChangeDigest::announcementEmitsInOrder()
{
    Database &db = **m_db;
    const qint64 web = LiveFixture::addAsset(db, u"web1"_s, u"10.0.0.5"_s);
    ChangeNotifier changes;
    QStringList order;
    QList<ChangedIds> assets;
    QList<qint64> deployments;
    connect(&changes, &ChangeNotifier::assetsChanged, this, [&](const ChangedIds &ids) {
        order << u"assets"_s;
        assets << ids;
    });
    connect(&changes, &ChangeNotifier::patchesChanged, this, [&] { order << u"patches"_s; });
    connect(&changes, &ChangeNotifier::changeRequestChanged, this, [&] { order << u"change"_s; });
    connect(&changes, &ChangeNotifier::deploymentChanged, this, [&](qint64 id) {
        order << u"deployment"_s;
        deployments << id;
    });
    connect(&changes, &ChangeNotifier::intelChanged, this, [&] { order << u"intel"_s; });
    connect(&changes, &ChangeNotifier::auditAppended, this, [&] { order << u"audit"_s; });
    ChangeAnnouncement(db.connection(), digestOf({auditEvent(u"auditAppended.first"_s, u""_s),
                                                  auditEvent(u"scan.completed"_s, u"web1"_s),
                                                  auditEvent(u"deployment.step"_s, u"change #3 on web1"_s),
                                                  auditEvent(u"change.submitted"_s, u"change #3"_s)}))
        .emitOn(changes);
    QCOMPARE(order,
             (QStringList{u"assets"_s, u"patches"_s, u"change"_s, u"deployment"_s, u"intel"_s, u"audit"_s}));
    QCOMPARE(assets.constFirst().ids(), QList<qint64>{web});
    QCOMPARE(deployments, QList<qint64>{3});
}

void TestAuditChangeDigest::ownAppendsAreKnownOnceAndOthersNot()
{
    Database &db = **m_db;
    const qint64 start = AuditTail(db.connection()).headId().value();
    QVERIFY(AuditLog(db.connection()).append(u"tester"_s, u"asset.added"_s, u"x"_s, u""_s).ok());
    const QList<AuditEvent> events = eventsAfter(start);
    QCOMPARE(events.size(), 1);
    QVERIFY(!events.constFirst().hash.isEmpty());
    QVERIFY(OwnAuditAppends::take(events.constFirst().hash));
    QVERIFY(!OwnAuditAppends::take(events.constFirst().hash)); // asked once
    QVERIFY(!OwnAuditAppends::take(QByteArray(64, 'a')));

    // Only the newest Capacity are kept: the oldest is forgotten (announced twice at worst, never missed).
    OwnAuditAppends::note("first");
    for (int i = 0; i < OwnAuditAppends::Capacity; ++i)
        OwnAuditAppends::note("filler" + QByteArray::number(i));
    QVERIFY(!OwnAuditAppends::take("first"));
    QVERIFY(OwnAuditAppends::take("filler" + QByteArray::number(OwnAuditAppends::Capacity - 1)));
}

void TestAuditChangeDigest::dataVersionMovesOnOtherConnectionsCommitsAndCostsLittle()
{
    Database &db = **m_db;
    const AuditTail tail(db.connection());
    const qint64 first = tail.dataVersion().value();
    LiveFixture::addAsset(db, u"own"_s, u"10.0.0.1"_s); // this connection's commit
    QCOMPARE(tail.dataVersion().value(), first);
    {
        auto other = Database::open(m_db->config());
        QVERIFY(other.ok());
        LiveFixture::addAsset(*other.value(), u"other"_s, u"10.0.0.2"_s);
    }
    const qint64 second = tail.dataVersion().value();
    QVERIFY(second != first);
    QCOMPARE(tail.dataVersion().value(), second);

    // The idle tick of a console: one PRAGMA on its open connection.
    constexpr int ticks = 2000;
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < ticks; ++i)
        QVERIFY(tail.dataVersion().ok());
    const double microseconds = double(timer.nsecsElapsed()) / 1000.0 / ticks;
    qInfo("idle tick (PRAGMA data_version on SQLCipher): %.1f µs", microseconds);
    QVERIFY2(microseconds < 2000.0, qPrintable(QString::number(microseconds)));
    timer.restart();
    for (int i = 0; i < ticks; ++i)
        QVERIFY(tail.headId().ok());
    qInfo("max(id) of the trail: %.1f µs", double(timer.nsecsElapsed()) / 1000.0 / ticks);
}

QTEST_GUILESS_MAIN(TestAuditChangeDigest)
#include "tst_auditchangedigest.moc"
