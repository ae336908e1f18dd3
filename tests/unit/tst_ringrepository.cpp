// RingRepository on SQLCipher: the rings' strict order (append, move, renumber, the whole order at once),
// rings in use but not configured listed with the defaults after the configured ones, refusals that say
// what is wrong, one audit event per changed ring with each field's old and new value, removal, and roles.
#include "../support/TestDatabase.h"

#include "storage/AuditLog.h"
#include "storage/RingRepository.h"
#include "storage/SqlTime.h"
#include "storage/UserRepository.h"
#include "storage/WindowRepository.h"

#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;

class TestRingRepository : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void ringsInUseButNotConfiguredFollowWithTheDefaults();
    void setAppendsMovesAndKeepsAStrictOrder();
    void setAllStoresTheOrderAndLeavesTheDefaultTailAlone();
    void invalidSettingsAreRefusedAndNothingIsStored_data();
    void invalidSettingsAreRefusedAndNothingIsStored();
    void everyChangedRingIsAuditedFieldByField();
    void removeRenumbersAndKeepsNoOrphanWindows();
    void onlyAdminsChangeRings();

private:
    RingRepository rings() const { return RingRepository((*m_db)->connection(), (*m_db)->actor()); }
    void addAsset(const QString &name, const QString &ring);
    QStringList order() const;           // list()'s names
    QStringList storedPositions() const; // "name=position" as stored, by position
    QList<AuditEvent> events() const;    // oldest first
    static RingSettings ring(const QString &name, int position = 0);

    std::unique_ptr<TestDatabase> m_db;
};

void TestRingRepository::init()
{
    m_db = std::make_unique<TestDatabase>();
}

void TestRingRepository::cleanup()
{
    m_db.reset();
}

void TestRingRepository::addAsset(const QString &name, const QString &ring)
{
    QSqlQuery query((*m_db)->connection());
    query.prepare(u"INSERT INTO assets (name, transport, created_at, ring) VALUES (?, 'ssh', 'now', ?)"_s);
    query.addBindValue(name);
    query.addBindValue(SqlText::bindable(ring));
    QVERIFY2(query.exec(), qPrintable(name));
}

QStringList TestRingRepository::order() const
{
    QStringList names;
    const auto listed = rings().list();
    if (!listed)
        qFatal("list: %s", qPrintable(listed.error().text()));
    for (const RingSettings &ring : listed.value())
        names << ring.name;
    return names;
}

QStringList TestRingRepository::storedPositions() const
{
    QSqlQuery query((*m_db)->connection());
    if (!query.exec(u"SELECT name, position FROM rings ORDER BY position, name"_s))
        qFatal("cannot read rings");
    QStringList rows;
    while (query.next())
        rows << query.value(0).toString() + u'=' + query.value(1).toString();
    return rows;
}

QList<AuditEvent> TestRingRepository::events() const
{
    QList<AuditEvent> events = AuditLog((*m_db)->connection()).list().value();
    std::reverse(events.begin(), events.end());
    return events;
}

RingSettings TestRingRepository::ring(const QString &name, int position)
{
    RingSettings settings;
    settings.name = name;
    settings.position = position;
    return settings;
}

void TestRingRepository::ringsInUseButNotConfiguredFollowWithTheDefaults()
{
    addAsset(u"web1"_s, u"pilot"_s);
    addAsset(u"web2"_s, u"pilot"_s);
    addAsset(u"db1"_s, u"broad"_s);
    addAsset(u"db2"_s, u"Canary"_s);
    addAsset(u"lab"_s, QString()); // no ring: not a ring in use
    // Alphabetically, letter case aside (by code point, "Canary" would come first).
    QCOMPARE(order(), (QStringList{u"broad"_s, u"Canary"_s, u"pilot"_s}));
    const QList<RingSettings> listed = rings().list().value();
    for (int i = 0; i < listed.size(); ++i) {
        QCOMPARE(listed.at(i).position, i + 1);
        QVERIFY(!listed.at(i).configured);
        QVERIFY(listed.at(i).hasDefaultGate());
        QCOMPARE(listed.at(i).minSuccessPercent, 100);
        QCOMPARE(listed.at(i).parallelism, 4);
        QVERIFY(listed.at(i).haltOnFailedVerification);
        QVERIFY(!listed.at(i).updatedAt.isValid());
    }
    QCOMPARE(rings().assetCounts().value(),
             (QHash<QString, int>{{u"pilot"_s, 2}, {u"broad"_s, 1}, {u"Canary"_s, 1}}));

    // Configuring one puts it before every unconfigured ring; a ring no asset names yet may be set up too.
    RingSettings pilot = ring(u"pilot"_s);
    pilot.soakMinutes = 30;
    QVERIFY(rings().set(pilot).ok());
    QVERIFY(rings().set(ring(u"dmz"_s)).ok());
    QCOMPARE(order(), (QStringList{u"pilot"_s, u"dmz"_s, u"broad"_s, u"Canary"_s}));
    const RingSettings found = rings().find(u"pilot"_s).value();
    QVERIFY(found.configured);
    QCOMPARE(found.position, 1);
    QCOMPARE(found.soakMinutes, 30);
    QCOMPARE(found.updatedBy, u"tester"_s);
    QVERIFY(found.updatedAt.isValid());
    const RingSettings canary = rings().find(u"Canary"_s).value();
    QCOMPARE(canary.position, 4);
    QVERIFY(!canary.configured);
    const auto none = rings().find(u"nowhere"_s);
    QVERIFY(!none.ok());
    QVERIFY2(none.error().message.contains(u"no asset is in it and it has no settings"_s),
             qPrintable(none.error().text()));
}

void TestRingRepository::setAppendsMovesAndKeepsAStrictOrder()
{
    for (const QString &name : {u"a"_s, u"b"_s, u"c"_s})
        QVERIFY(rings().set(ring(name)).ok()); // new rings go last
    QCOMPARE(storedPositions(), (QStringList{u"a=1"_s, u"b=2"_s, u"c=3"_s}));

    QVERIFY(rings().set(ring(u"c"_s, 1)).ok()); // forward: the rings between shift back
    QCOMPARE(storedPositions(), (QStringList{u"c=1"_s, u"a=2"_s, u"b=3"_s}));
    QVERIFY(rings().set(ring(u"c"_s, 3)).ok()); // and back
    QCOMPARE(storedPositions(), (QStringList{u"a=1"_s, u"b=2"_s, u"c=3"_s}));

    // Position 0 keeps a ring where it is while its gate changes.
    RingSettings b = ring(u"b"_s);
    b.minSuccessPercent = 80;
    QVERIFY(rings().set(b).ok());
    QCOMPARE(storedPositions(), (QStringList{u"a=1"_s, u"b=2"_s, u"c=3"_s}));
    QCOMPARE(rings().find(u"b"_s).value().minSuccessPercent, 80);

    // A new ring may go anywhere up to just after the last; beyond is refused.
    QVERIFY(rings().set(ring(u"d"_s, 2)).ok());
    QCOMPARE(storedPositions(), (QStringList{u"a=1"_s, u"d=2"_s, u"b=3"_s, u"c=4"_s}));
    const Status tooFar = rings().set(ring(u"a"_s, 5));
    QVERIFY(!tooFar.ok());
    QVERIFY2(tooFar.error().message.contains(u"cannot go to position 5: the positions go from 1 to 4"_s),
             qPrintable(tooFar.error().text()));
    QVERIFY(rings().set(ring(u"e"_s, 5)).ok());
    QCOMPARE(storedPositions(), (QStringList{u"a=1"_s, u"d=2"_s, u"b=3"_s, u"c=4"_s, u"e=5"_s}));

    // A gap someone made by hand is closed by the next write and listed without it meanwhile.
    QSqlQuery query((*m_db)->connection());
    QVERIFY(query.exec(u"UPDATE rings SET position = 9 WHERE name = 'e'"_s));
    QCOMPARE(rings().find(u"e"_s).value().position, 5);
    QVERIFY(rings().set(ring(u"a"_s)).ok());
    QCOMPARE(storedPositions(), (QStringList{u"a=1"_s, u"d=2"_s, u"b=3"_s, u"c=4"_s, u"e=5"_s}));
}

void TestRingRepository::setAllStoresTheOrderAndLeavesTheDefaultTailAlone()
{
    for (const QString &name : {u"alpha"_s, u"beta"_s, u"gamma"_s})
        addAsset(name + u"-host"_s, name);
    QList<RingSettings> listed = rings().list().value();
    QCOMPARE(listed.size(), 3);

    // gamma to the front with a gate: alpha and beta stay an unconfigured, alphabetical tail.
    listed.move(2, 0);
    listed[0].soakMinutes = 15;
    QVERIFY(rings().setAll(listed).ok());
    QCOMPARE(storedPositions(), (QStringList{u"gamma=1"_s}));
    QCOMPARE(order(), (QStringList{u"gamma"_s, u"alpha"_s, u"beta"_s}));
    QCOMPARE(rings().find(u"gamma"_s).value().soakMinutes, 15);

    // beta before alpha: beta is stored, alpha alone is still an alphabetical tail.
    listed = rings().list().value();
    listed.move(2, 1);
    QVERIFY(rings().setAll(listed).ok());
    QCOMPARE(storedPositions(), (QStringList{u"gamma=1"_s, u"beta=2"_s}));
    QCOMPARE(order(), (QStringList{u"gamma"_s, u"beta"_s, u"alpha"_s}));
    // A gate on the last one stores it too.
    listed = rings().list().value();
    listed[2].haltOnFailedVerification = false;
    QVERIFY(rings().setAll(listed).ok());
    QCOMPARE(storedPositions(), (QStringList{u"gamma=1"_s, u"beta=2"_s, u"alpha=3"_s}));

    // Saving what was read changes nothing and audits nothing.
    const qsizetype before = events().size();
    QVERIFY(rings().setAll(rings().list().value()).ok());
    QCOMPARE(events().size(), before);

    // An order that leaves out a configured ring was made from a stale read.
    listed = rings().list().value();
    listed.removeAt(1);
    const Status stale = rings().setAll(listed);
    QVERIFY(!stale.ok());
    QVERIFY2(stale.error().message.contains(u"beta was configured meanwhile"_s),
             qPrintable(stale.error().text()));
    QCOMPARE(storedPositions(), (QStringList{u"gamma=1"_s, u"beta=2"_s, u"alpha=3"_s}));
    listed = rings().list().value();
    listed.append(listed.at(0));
    QVERIFY(rings().setAll(listed).error().message.contains(u"listed twice"_s));
}

void TestRingRepository::invalidSettingsAreRefusedAndNothingIsStored_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("percent");
    QTest::addColumn<int>("soak");
    QTest::addColumn<int>("parallelism");
    QTest::addColumn<QString>("message");
    QTest::newRow("no name") << QString() << 100 << 0 << 4 << u"A ring needs a name."_s;
    QTest::newRow("space") << u"wave 1"_s << 100 << 0 << 4 << u"\"wave 1\" is not a valid ring name"_s;
    QTest::newRow("leading dash") << u"-x"_s << 100 << 0 << 4 << u"is not a valid ring name"_s;
    QTest::newRow("escape") << u"pilot\x1b[2J"_s << 100 << 0 << 4 << u"\"pilot\\x1B[2J\" is not a valid"_s;
    QTest::newRow("too long") << QString(65, u'r') << 100 << 0 << 4 << u"up to 64 letters"_s;
    QTest::newRow("percent over") << u"pilot"_s << 101 << 0 << 4 << u"must succeed is 0 to 100 %, not 101"_s;
    QTest::newRow("percent under") << u"pilot"_s << -1 << 0 << 4 << u"0 to 100 %, not -1"_s;
    QTest::newRow("soak over a week")
        << u"pilot"_s << 100 << 10081 << 4 << u"soak time is 0 to 10080 minutes (a week), not 10081"_s;
    QTest::newRow("soak negative") << u"pilot"_s << 100 << -5 << 4 << u"not -5"_s;
    QTest::newRow("parallelism 0") << u"pilot"_s << 100 << 0 << 0
                                   << u"deploys 1 to 64 assets at once, not 0"_s;
    QTest::newRow("parallelism 65") << u"pilot"_s << 100 << 0 << 65 << u"1 to 64 assets at once, not 65"_s;
}

void TestRingRepository::invalidSettingsAreRefusedAndNothingIsStored()
{
    QFETCH(QString, name);
    QFETCH(int, percent);
    QFETCH(int, soak);
    QFETCH(int, parallelism);
    QFETCH(QString, message);
    RingSettings settings = ring(name);
    settings.minSuccessPercent = percent;
    settings.soakMinutes = soak;
    settings.parallelism = parallelism;
    const Status refused = rings().set(settings);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().message.contains(message), qPrintable(refused.error().message));
    QCOMPARE(refused.error().code, u"invalid-ring"_s);
    QVERIFY(!refused.error().message.contains(u'\x1b'));
    QVERIFY(!refused.error().hint.isEmpty());
    QVERIFY(!rings().setAll({settings}).ok());
    QVERIFY(storedPositions().isEmpty());
    QVERIFY(events().isEmpty());
    // The bounds themselves are allowed.
    RingSettings edge = ring(u"edge"_s);
    edge.minSuccessPercent = 0;
    edge.soakMinutes = RingSettings::MaxSoakMinutes;
    edge.parallelism = RingSettings::MaxParallelism;
    QVERIFY(RingRepository::problem(edge).isEmpty());
    edge.name = QString(64, u'r');
    edge.parallelism = 1;
    edge.minSuccessPercent = 100;
    QVERIFY(RingRepository::problem(edge).isEmpty());
}

void TestRingRepository::everyChangedRingIsAuditedFieldByField()
{
    RingSettings pilot = ring(u"pilot"_s);
    pilot.minSuccessPercent = 90;
    pilot.soakMinutes = 30;
    QVERIFY(rings().set(pilot).ok());
    QList<AuditEvent> log = events();
    QCOMPARE(log.size(), 1);
    QCOMPARE(log.at(0).action, u"ring.changed"_s);
    QCOMPARE(log.at(0).subject, u"ring pilot"_s);
    QCOMPARE(log.at(0).actor, u"tester"_s);
    QCOMPARE(log.at(0).details, u"position: none → 1; min_success_percent: 100 → 90; soak_minutes: 0 → 30"_s);

    QVERIFY(rings().set(pilot).ok()); // the same again: nothing changed, nothing audited
    QCOMPARE(events().size(), 1);

    pilot.haltOnFailedVerification = false;
    pilot.parallelism = 8;
    QVERIFY(rings().set(pilot).ok());
    QCOMPARE(events().last().details, u"halt_on_failed_verification: on → off; parallelism: 4 → 8"_s);

    // A move audits every ring whose position changed.
    QVERIFY(rings().set(ring(u"canary"_s)).ok());
    QVERIFY(rings().set(ring(u"canary"_s, 1)).ok());
    log = events();
    QCOMPARE(log.size(), 5);
    QCOMPARE(log.at(3).subject, u"ring canary"_s);
    QCOMPARE(log.at(3).details, u"position: 2 → 1"_s);
    QCOMPARE(log.at(4).subject, u"ring pilot"_s);
    QCOMPARE(log.at(4).details, u"position: 1 → 2"_s);
    QVERIFY(AuditLog((*m_db)->connection()).verify().value().intact);
}

void TestRingRepository::removeRenumbersAndKeepsNoOrphanWindows()
{
    addAsset(u"web1"_s, u"broad"_s);
    for (const QString &name : {u"staging"_s, u"pilot"_s, u"broad"_s})
        QVERIFY(rings().set(ring(name)).ok());
    RingSettings pilot = ring(u"pilot"_s);
    pilot.soakMinutes = 60;
    QVERIFY(rings().set(pilot).ok());
    WindowRepository windows((*m_db)->connection(), (*m_db)->actor());
    const auto stagingWindow =
        windows.add(WindowScope::Ring, u"staging"_s, u"Sat 22:00-02:00"_s, u"Europe/Berlin"_s);
    QVERIFY2(stagingWindow.ok(), qPrintable(stagingWindow.error().text()));
    QVERIFY(windows.add(WindowScope::Ring, u"broad"_s, u"Sun 01:00-05:00"_s, u"UTC"_s).ok());

    // staging has no assets: removing its settings would leave its window naming nothing.
    const Status refused = rings().remove(u"staging"_s);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().message.contains(u"maintenance windows still name it (1)"_s),
             qPrintable(refused.error().text()));
    QVERIFY(refused.error().hint.contains(u"window list --ring staging"_s));
    QCOMPARE(storedPositions(), (QStringList{u"staging=1"_s, u"pilot=2"_s, u"broad=3"_s}));

    QVERIFY(windows.remove(stagingWindow.value()).ok());
    const qsizetype before = events().size();
    QVERIFY(rings().remove(u"staging"_s).ok());
    QCOMPARE(storedPositions(), (QStringList{u"pilot=1"_s, u"broad=2"_s}));
    const QList<AuditEvent> log = events().mid(before);
    QCOMPARE(log.size(), 3);
    QCOMPARE(log.at(0).action, u"ring.removed"_s);
    QCOMPARE(log.at(0).subject, u"ring staging"_s);
    QCOMPARE(log.at(0).details,
             u"position: 1; min_success_percent: 100; halt_on_failed_verification: on; soak_minutes: 0; "
             "parallelism: 4"_s);
    QCOMPARE(log.at(1).details, u"position: 2 → 1"_s);
    QCOMPARE(log.at(2).details, u"position: 3 → 2"_s);

    // broad keeps its assets and its window: it goes back to the defaults, after the configured rings.
    QVERIFY(rings().remove(u"broad"_s).ok());
    QCOMPARE(order(), (QStringList{u"pilot"_s, u"broad"_s}));
    QVERIFY(!rings().find(u"broad"_s).value().configured);
    QCOMPARE(windows.list(WindowScope::Ring, u"broad"_s).value().size(), 1);

    const Status unconfigured = rings().remove(u"broad"_s);
    QVERIFY(!unconfigured.ok());
    QVERIFY2(unconfigured.error().message.contains(u"has no settings to remove"_s),
             qPrintable(unconfigured.error().text()));
    QCOMPARE(rings().find(u"pilot"_s).value().soakMinutes, 60);
}

void TestRingRepository::onlyAdminsChangeRings()
{
    QVERIFY(rings().set(ring(u"pilot"_s)).ok()); // no users listed: whoever holds the key is an admin
    QVERIFY(UserRepository((*m_db)->connection(), u"ann"_s).add(u"rita"_s, Role::Reviewer).ok());
    QVERIFY(UserRepository((*m_db)->connection(), u"ann"_s).add(u"otto"_s, Role::Auditor).ok());
    const qsizetype before = events().size();

    for (const QString &who : {u"rita"_s, u"otto"_s, u"mallory"_s}) {
        (*m_db)->setActor(who);
        RingSettings changed = ring(u"pilot"_s);
        changed.soakMinutes = 5;
        for (const Status &refused :
             {rings().set(changed), rings().setAll({changed}), rings().remove(u"pilot"_s)}) {
            QVERIFY(!refused.ok());
            QCOMPARE(refused.error().code, u"forbidden"_s);
            QVERIFY2(refused.error().message.contains(u"may not change assets, scans, feeds or settings"_s),
                     qPrintable(refused.error().text()));
        }
        QVERIFY(rings().list().ok()); // everyone reads
    }
    QCOMPARE(events().size(), before);
    QCOMPARE(rings().find(u"pilot"_s).value().soakMinutes, 0);

    (*m_db)->setActor(u"ann"_s);
    RingSettings changed = ring(u"pilot"_s);
    changed.soakMinutes = 5;
    QVERIFY(rings().set(changed).ok());
    QCOMPARE(rings().find(u"pilot"_s).value().updatedBy, u"ann"_s);
}

QTEST_GUILESS_MAIN(TestRingRepository)
#include "tst_ringrepository.moc"
