#include "../support/TestDatabase.h"

#include "storage/AssetRepository.h"
#include "storage/AuditLog.h"

class TestAssetRepository : public QObject
{
    Q_OBJECT

private slots:
    void addFindListRemove();
    void duplicateNameIsAClearErrorAndAddsNothing();
    void emptyNameIsRefused();
};

void TestAssetRepository::addFindListRemove()
{
    TestDatabase db;
    AssetRepository repo(db->connection(), QStringLiteral("ann"));
    Asset web;
    web.name = QStringLiteral("web1");
    web.transport = Transport::Ssh;
    web.address = QStringLiteral("10.0.0.5");
    web.port = 22;
    web.criticality = Criticality::High;
    web.exposure = Exposure::Internet;
    web.tags = {QStringLiteral("dmz"), QStringLiteral("nginx")};
    QVERIFY(repo.add(web).ok());
    Asset db1;
    db1.name = QStringLiteral("db1");
    QVERIFY(repo.add(db1).ok());

    const auto found = repo.findByName(QStringLiteral("web1"));
    QVERIFY(found.ok());
    QCOMPARE(found.value().transport, Transport::Ssh);
    QCOMPARE(found.value().port, 22);
    QCOMPARE(found.value().criticality, Criticality::High);
    QCOMPARE(found.value().exposure, Exposure::Internet);
    QCOMPARE(found.value().tags, (QStringList{QStringLiteral("dmz"), QStringLiteral("nginx")}));
    QVERIFY(!found.value().lastScanAt.isValid());

    const auto all = repo.list();
    QCOMPARE(all.value().size(), 2);
    QCOMPARE(all.value().at(0).name, QStringLiteral("db1")); // sorted by name

    QVERIFY(repo.remove(QStringLiteral("web1")).ok());
    QVERIFY(!repo.findByName(QStringLiteral("web1")).ok());
    QVERIFY(!repo.remove(QStringLiteral("web1")).ok());

    const auto events = AuditLog(db->connection()).list().value();
    QCOMPARE(events.size(), 3);
    QCOMPARE(events.at(0).action, QStringLiteral("asset.removed"));
    QCOMPARE(events.at(0).actor, QStringLiteral("ann"));
}

void TestAssetRepository::duplicateNameIsAClearErrorAndAddsNothing()
{
    TestDatabase db;
    AssetRepository repo(db->connection(), QStringLiteral("ann"));
    Asset a;
    a.name = QStringLiteral("web1");
    QVERIFY(repo.add(a).ok());
    const auto again = repo.add(a);
    QVERIFY(!again.ok());
    QVERIFY(again.error().message.contains(QStringLiteral("already exists")));
    QCOMPARE(AuditLog(db->connection()).list().value().size(), 1);
}

void TestAssetRepository::emptyNameIsRefused()
{
    TestDatabase db;
    Asset a;
    a.name = QStringLiteral("   ");
    QVERIFY(!AssetRepository(db->connection(), QStringLiteral("ann")).add(a).ok());
}

QTEST_GUILESS_MAIN(TestAssetRepository)
#include "tst_assetrepository.moc"
