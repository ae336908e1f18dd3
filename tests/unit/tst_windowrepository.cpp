// WindowRepository on SQLCipher: windows stored as their canonical text and zone, the parser's refusals
// passed on, targets that must exist, filters, the precedence of an asset's own windows over its ring's,
// removal (also of a window this machine cannot read), audit events and roles.
#include "../support/TestDatabase.h"

#include "storage/AssetRepository.h"
#include "storage/AuditLog.h"
#include "storage/RingRepository.h"
#include "storage/SqlTime.h"
#include "storage/UserRepository.h"
#include "storage/WindowRepository.h"

#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;

class TestWindowRepository : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void addStoresTheCanonicalTextAndAudits();
    void refusalsStoreNothing_data();
    void refusalsStoreNothing();
    void listFiltersByScopeAndTarget();
    void anAssetsOwnWindowsReplaceItsRings();
    void removeAuditsAndReachesUnreadableWindows();
    void onlyAdminsChangeWindows();
    void anAssetsWindowsFollowItsRenameAndGoWithIt();

private:
    WindowRepository windows() const { return WindowRepository((*m_db)->connection(), (*m_db)->actor()); }
    Asset addAsset(const QString &name, const QString &ring);
    qint64 add(WindowScope scope, const QString &target, const QString &text, const QString &zone = u"UTC"_s);
    static QList<qint64> ids(const Result<QList<WindowAssignment>> &windows);
    int storedWindows() const;
    QList<AuditEvent> events() const; // oldest first

    std::unique_ptr<TestDatabase> m_db;
};

void TestWindowRepository::init()
{
    m_db = std::make_unique<TestDatabase>();
    addAsset(u"web1"_s, u"pilot"_s);
    addAsset(u"web2"_s, u"pilot"_s);
    addAsset(u"lab"_s, QString());
}

void TestWindowRepository::cleanup()
{
    (*m_db)->setActor(u"tester"_s);
    m_db.reset();
}

Asset TestWindowRepository::addAsset(const QString &name, const QString &ring)
{
    QSqlQuery query((*m_db)->connection());
    query.prepare(u"INSERT INTO assets (name, transport, created_at, ring) VALUES (?, 'ssh', 'now', ?)"_s);
    query.addBindValue(name);
    query.addBindValue(SqlText::bindable(ring));
    if (!query.exec())
        qFatal("cannot add asset %s", qPrintable(name));
    Asset asset;
    asset.name = name;
    asset.ring = ring;
    return asset;
}

qint64 TestWindowRepository::add(WindowScope scope, const QString &target, const QString &text,
                                 const QString &zone)
{
    const auto added = windows().add(scope, target, text, zone);
    if (!added)
        qFatal("add: %s", qPrintable(added.error().text()));
    return added.value();
}

QList<qint64> TestWindowRepository::ids(const Result<QList<WindowAssignment>> &windows)
{
    QList<qint64> found;
    if (!windows)
        qFatal("list: %s", qPrintable(windows.error().text()));
    for (const WindowAssignment &window : windows.value())
        found << window.id;
    return found;
}

int TestWindowRepository::storedWindows() const
{
    QSqlQuery query((*m_db)->connection());
    if (!query.exec(u"SELECT count(*) FROM maintenance_windows"_s) || !query.next())
        qFatal("cannot count windows");
    return query.value(0).toInt();
}

QList<AuditEvent> TestWindowRepository::events() const
{
    QList<AuditEvent> events = AuditLog((*m_db)->connection()).list().value();
    std::reverse(events.begin(), events.end());
    return events;
}

void TestWindowRepository::addStoresTheCanonicalTextAndAudits()
{
    const qint64 id =
        add(WindowScope::Ring, u"pilot"_s, u"  saturday 22:00 \u2013 02:00 "_s, u"Europe/Berlin"_s);
    QVERIFY(id > 0);
    QSqlQuery query((*m_db)->connection());
    QVERIFY(query.exec(u"SELECT scope, target, spec, time_zone, created_by FROM maintenance_windows"_s));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), u"ring"_s);
    QCOMPARE(query.value(1).toString(), u"pilot"_s);
    QCOMPARE(query.value(2).toString(), u"Sat 22:00-02:00"_s);
    QCOMPARE(query.value(3).toString(), u"Europe/Berlin"_s);
    QCOMPARE(query.value(4).toString(), u"tester"_s);

    const WindowAssignment found = windows().find(id).value();
    QCOMPARE(found.id, id);
    QVERIFY(found.scope == WindowScope::Ring);
    QCOMPARE(found.target, u"pilot"_s);
    QVERIFY(found.window == MaintenanceWindow::parse(u"Sat 22:00-02:00"_s, u"Europe/Berlin"_s).value());
    QCOMPARE(found.createdBy, u"tester"_s);
    QVERIFY(found.createdAt.isValid());
    // The stored window means the same instants: Saturday 22:00 in Berlin is 21:00 UTC in winter.
    const Interval next =
        found.window.nextOpening(QDateTime(QDate(2027, 1, 11), QTime(12, 0), QTimeZone::utc())).value();
    QCOMPARE(next.start, QDateTime(QDate(2027, 1, 16), QTime(21, 0), QTimeZone::utc()));
    QCOMPARE(next.end, QDateTime(QDate(2027, 1, 17), QTime(1, 0), QTimeZone::utc()));

    const QList<AuditEvent> log = events();
    QCOMPARE(log.size(), 1);
    QCOMPARE(log.at(0).action, u"window.added"_s);
    QCOMPARE(log.at(0).subject, u"ring pilot"_s);
    QCOMPARE(log.at(0).details, u"#%1: Sat 22:00-02:00 Europe/Berlin"_s.arg(id));

    // A configured ring no asset names yet may have windows, and so may an asset.
    RingSettings dmz;
    dmz.name = u"dmz"_s;
    QVERIFY(RingRepository((*m_db)->connection(), (*m_db)->actor()).set(dmz).ok());
    QVERIFY(windows().add(WindowScope::Ring, u"dmz"_s, u"daily 01:00-02:00"_s, u"UTC"_s).ok());
    QVERIFY(
        windows().add(WindowScope::Asset, u"lab"_s, u"Mon-Fri 01:00-05:00"_s, u"America/New_York"_s).ok());
    QCOMPARE(storedWindows(), 3);
}

void TestWindowRepository::refusalsStoreNothing_data()
{
    QTest::addColumn<int>("scope");
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("zone");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("message");
    const int ring = int(WindowScope::Ring);
    const int asset = int(WindowScope::Asset);
    // The parser's own words for the text and the zone (checked in full in tst_maintenancewindow).
    QTest::newRow("bad text") << ring << u"pilot"_s << u"Tues 22:00-02:00"_s << u"UTC"_s
                              << u"window-invalid"_s << u"\"Tues\""_s;
    QTest::newRow("no end") << asset << u"web1"_s << u"Sat 22:00"_s << u"UTC"_s << u"window-invalid"_s
                            << u"\"22:00\""_s;
    QTest::newRow("legacy zone") << ring << u"pilot"_s << u"Sat 22:00-02:00"_s << u"CET"_s
                                 << u"time-zone-invalid"_s << u"\"CET\" is not an IANA time zone"_s;
    QTest::newRow("machine zone") << ring << u"pilot"_s << u"Sat 22:00-02:00"_s << QString()
                                  << u"time-zone-invalid"_s << u"has no time zone"_s;
    QTest::newRow("unknown zone") << ring << u"pilot"_s << u"Sat 22:00-02:00"_s << u"Mars/Olympus_Mons"_s
                                  << u"time-zone-invalid"_s << u"not in this machine's time zone database"_s;
    QTest::newRow("unknown asset") << asset << u"web9"_s << u"Sat 22:00-02:00"_s << u"UTC"_s
                                   << u"unknown-target"_s << u"There is no asset named \"web9\"."_s;
    QTest::newRow("unknown ring") << ring << u"broad"_s << u"Sat 22:00-02:00"_s << u"UTC"_s
                                  << u"unknown-target"_s << u"There is no ring named \"broad\""_s;
    // A ring name is not an asset name, nor the other way round.
    QTest::newRow("ring as asset") << asset << u"pilot"_s << u"Sat 22:00-02:00"_s << u"UTC"_s
                                   << u"unknown-target"_s << u"no asset named \"pilot\""_s;
    QTest::newRow("asset as ring") << ring << u"web1"_s << u"Sat 22:00-02:00"_s << u"UTC"_s
                                   << u"unknown-target"_s << u"no ring named \"web1\""_s;
    QTest::newRow("no target") << ring << QString() << u"Sat 22:00-02:00"_s << u"UTC"_s << u"unknown-target"_s
                               << u"needs the ring or the asset"_s;
    QTest::newRow("escape in target") << asset << u"web1\x1b[2J"_s << u"Sat 22:00-02:00"_s << u"UTC"_s
                                      << u"unknown-target"_s << u"cannot be stored"_s;
}

void TestWindowRepository::refusalsStoreNothing()
{
    QFETCH(int, scope);
    QFETCH(QString, target);
    QFETCH(QString, text);
    QFETCH(QString, zone);
    QFETCH(QString, code);
    QFETCH(QString, message);
    const auto refused = windows().add(WindowScope(scope), target, text, zone);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().message.contains(message), qPrintable(refused.error().text()));
    QCOMPARE(refused.error().code, code);
    QVERIFY(!refused.error().message.contains(u'\x1b'));
    const auto parsed = MaintenanceWindow::parse(text, zone);
    if (!parsed) // the parser's Error, unchanged
        QCOMPARE(refused.error().text(), parsed.error().text());
    QCOMPARE(storedWindows(), 0);
    QVERIFY(events().isEmpty());
}

void TestWindowRepository::listFiltersByScopeAndTarget()
{
    const qint64 pilot = add(WindowScope::Ring, u"pilot"_s, u"Sat 22:00-02:00"_s);
    const qint64 web1 = add(WindowScope::Asset, u"web1"_s, u"Sun 01:00-03:00"_s);
    const qint64 pilot2 = add(WindowScope::Ring, u"pilot"_s, u"Wed 22:00-23:00"_s);
    const qint64 lab = add(WindowScope::Asset, u"lab"_s, u"daily 04:00-05:00"_s);

    // By scope ("asset" before "ring"), target and id.
    QCOMPARE(ids(windows().list()), (QList<qint64>{lab, web1, pilot, pilot2}));
    QCOMPARE(ids(windows().list(WindowScope::Ring)), (QList<qint64>{pilot, pilot2}));
    QCOMPARE(ids(windows().list(WindowScope::Asset)), (QList<qint64>{lab, web1}));
    QCOMPARE(ids(windows().list(WindowScope::Asset, u"web1"_s)), (QList<qint64>{web1}));
    QVERIFY(ids(windows().list(WindowScope::Asset, u"pilot"_s)).isEmpty());

    // The same window twice on one target is refused; on another target it is a window of its own.
    const auto twice = windows().add(WindowScope::Ring, u"pilot"_s, u"sat 22:00-2:00"_s, u"UTC"_s);
    QVERIFY(!twice.ok());
    QVERIFY2(twice.error().message.contains(
                 u"already has the window \"Sat 22:00-02:00\" in UTC (#%1)"_s.arg(pilot)),
             qPrintable(twice.error().text()));
    QVERIFY(windows().add(WindowScope::Ring, u"pilot"_s, u"Sat 22:00-02:00"_s, u"Europe/Berlin"_s).ok());
    QVERIFY(windows().add(WindowScope::Asset, u"web2"_s, u"Sat 22:00-02:00"_s, u"UTC"_s).ok());
}

void TestWindowRepository::anAssetsOwnWindowsReplaceItsRings()
{
    Asset web1;
    web1.name = u"web1"_s;
    Asset withRing = web1;
    withRing.ring = u"pilot"_s;
    Asset web2;
    web2.name = u"web2"_s;
    web2.ring = u"pilot"_s;
    Asset lab;
    lab.name = u"lab"_s;

    QVERIFY(ids(windows().windowsFor(web2)).isEmpty()); // no windows anywhere yet
    const qint64 ringWindow = add(WindowScope::Ring, u"pilot"_s, u"Sat 22:00-02:00"_s);
    const qint64 ringWindow2 = add(WindowScope::Ring, u"pilot"_s, u"Sun 22:00-02:00"_s);
    const qint64 own = add(WindowScope::Asset, u"web1"_s, u"Wed 03:00-04:00"_s);

    // web1 has its own: only those, none of pilot's. web2 has none: pilot's. lab has neither.
    QCOMPARE(ids(windows().windowsFor(withRing)), (QList<qint64>{own}));
    QCOMPARE(ids(windows().windowsFor(web2)), (QList<qint64>{ringWindow, ringWindow2}));
    QVERIFY(ids(windows().windowsFor(lab)).isEmpty());
    QVERIFY(ids(windows().windowsFor(web1)) == QList<qint64>{own}); // the ring does not matter then

    // Without its own, web1 falls back to its ring's.
    QVERIFY(windows().remove(own).ok());
    QCOMPARE(ids(windows().windowsFor(withRing)), (QList<qint64>{ringWindow, ringWindow2}));
    QVERIFY(ids(windows().windowsFor(web1)).isEmpty()); // asked without a ring: none
}

void TestWindowRepository::removeAuditsAndReachesUnreadableWindows()
{
    const qint64 kept = add(WindowScope::Ring, u"pilot"_s, u"Sat 22:00-02:00"_s);
    const qint64 gone = add(WindowScope::Asset, u"web1"_s, u"Sun 01:00-03:00"_s, u"Europe/Berlin"_s);
    QVERIFY(windows().remove(gone).ok());
    QCOMPARE(ids(windows().list()), (QList<qint64>{kept}));
    QCOMPARE(events().last().action, u"window.removed"_s);
    QCOMPARE(events().last().subject, u"asset web1"_s);
    QCOMPARE(events().last().details, u"#%1: Sun 01:00-03:00 Europe/Berlin"_s.arg(gone));

    const Status again = windows().remove(gone);
    QVERIFY(!again.ok());
    QCOMPARE(again.error().message, u"There is no maintenance window #%1."_s.arg(gone));
    QVERIFY(again.error().hint.contains(u"window list"_s));
    QVERIFY(!windows().find(gone).ok());

    // A window whose zone this machine does not know fails the read, naming it; it can still be removed.
    QSqlQuery query((*m_db)->connection());
    QVERIFY(query.exec(
        u"UPDATE maintenance_windows SET time_zone = 'Atlantis/Poseidonia' WHERE id = %1"_s.arg(kept)));
    const auto unreadable = windows().list();
    QVERIFY(!unreadable.ok());
    QVERIFY2(unreadable.error().message.startsWith(
                 u"Maintenance window #%1 (\"Sat 22:00-02:00\" in Atlantis/Poseidonia) "
                 "cannot be read here"_s.arg(kept)),
             qPrintable(unreadable.error().text()));
    QVERIFY(unreadable.error().hint.contains(u"window remove %1"_s.arg(kept)));
    Asset web2;
    web2.name = u"web2"_s;
    web2.ring = u"pilot"_s;
    QVERIFY(!windows().windowsFor(web2).ok()); // never silently without its window
    QVERIFY(windows().remove(kept).ok());
    QVERIFY(windows().list().value().isEmpty());
    QVERIFY(AuditLog((*m_db)->connection()).verify().value().intact);
}

void TestWindowRepository::onlyAdminsChangeWindows()
{
    const qint64 id = add(WindowScope::Ring, u"pilot"_s, u"Sat 22:00-02:00"_s);
    QVERIFY(UserRepository((*m_db)->connection(), u"ann"_s).add(u"rita"_s, Role::Reviewer).ok());
    const qsizetype before = events().size();
    (*m_db)->setActor(u"rita"_s);
    const auto added = windows().add(WindowScope::Ring, u"pilot"_s, u"Sun 22:00-02:00"_s, u"UTC"_s);
    QVERIFY(!added.ok());
    QCOMPARE(added.error().code, u"forbidden"_s);
    QVERIFY2(added.error().message.contains(
                 u"rita is reviewer and may not change assets, scans, feeds or settings"_s),
             qPrintable(added.error().text()));
    const Status removed = windows().remove(id);
    QCOMPARE(removed.error().code, u"forbidden"_s);
    QCOMPARE(ids(windows().list()), (QList<qint64>{id})); // reviewers read
    QCOMPARE(events().size(), before);
    (*m_db)->setActor(u"ann"_s);
    QVERIFY(windows().remove(id).ok());
}

void TestWindowRepository::anAssetsWindowsFollowItsRenameAndGoWithIt()
{
    const qint64 own = add(WindowScope::Asset, u"web1"_s, u"daily 01:00-03:00"_s);
    const qint64 ring = add(WindowScope::Ring, u"pilot"_s, u"Sat 22:00-02:00"_s);
    AssetRepository assets((*m_db)->connection(), u"ann"_s);
    Asset web1 = assets.findByName(u"web1"_s).value();
    web1.name = u"web1-new"_s;
    QVERIFY(assets.update(web1).ok());
    QCOMPARE(ids(windows().list(WindowScope::Asset, u"web1-new"_s)), (QList<qint64>{own}));
    QVERIFY(ids(windows().list(WindowScope::Asset, u"web1"_s)).isEmpty());
    QVERIFY2(events().constLast().details.contains(u"1 maintenance window follows the new name"_s),
             qPrintable(events().constLast().details));

    // Removed: its own windows go with it, its ring's stay; a new asset of the old name inherits nothing.
    QVERIFY(assets.remove(u"web1-new"_s).ok());
    QCOMPARE(storedWindows(), 1);
    QCOMPARE(ids(windows().list()), (QList<qint64>{ring}));
    QCOMPARE(events().constLast().action, u"asset.removed"_s);
    QVERIFY2(events().constLast().details.contains(u"maintenance window"_s),
             qPrintable(events().constLast().details));
    addAsset(u"web1-new"_s, u"pilot"_s);
    const auto inherited = windows().windowsFor(assets.findByName(u"web1-new"_s).value());
    QVERIFY(inherited);
    QCOMPARE(inherited.value().size(), 1);
    QCOMPARE(inherited.value().constFirst().scope, WindowScope::Ring);
}

QTEST_GUILESS_MAIN(TestWindowRepository)
#include "tst_windowrepository.moc"
