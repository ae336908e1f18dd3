#include "AssetRepositorySuite.h"

#include "storage/AssetRepository.h"
#include "storage/AuditLog.h"

#include <QTest>

#define PW_NEW_DATABASE(db)                                                                                  \
    auto db = m_backend.create();                                                                            \
    QVERIFY2(db, qPrintable(m_backend.lastError()))

void AssetRepositorySuite::addFindListRemove()
{
    PW_NEW_DATABASE(db);
    AssetRepository repo(db->connection(), db->actor());
    Asset web;
    web.name = QStringLiteral("web1");
    web.transport = Transport::Ssh;
    web.address = QStringLiteral("10.0.0.5");
    web.port = 22;
    web.criticality = Criticality::High;
    web.exposure = Exposure::Internet;
    web.tags = {QStringLiteral("dmz"), QStringLiteral("nginx")};
    const auto added = repo.add(web);
    QVERIFY2(added.ok(), qPrintable(added.error().text()));
    Asset db1;
    db1.name = QStringLiteral("db1");
    QVERIFY(repo.add(db1).ok());

    const auto found = repo.findByName(QStringLiteral("web1"));
    QVERIFY(found.ok());
    QCOMPARE(found.value().id, added.value());
    QCOMPARE(found.value().transport, Transport::Ssh);
    QCOMPARE(found.value().port, 22);
    QCOMPARE(found.value().criticality, Criticality::High);
    QCOMPARE(found.value().exposure, Exposure::Internet);
    QCOMPARE(found.value().tags, (QStringList{QStringLiteral("dmz"), QStringLiteral("nginx")}));
    QVERIFY(!found.value().lastScanAt.isValid());
    QVERIFY(found.value().createdAt.isValid());

    const auto all = repo.list();
    QCOMPARE(all.value().size(), 2);
    QCOMPARE(all.value().at(0).name, QStringLiteral("db1")); // sorted by name

    QVERIFY(repo.remove(QStringLiteral("web1")).ok());
    QVERIFY(!repo.findByName(QStringLiteral("web1")).ok());
    QVERIFY(!repo.remove(QStringLiteral("web1")).ok());

    const auto events = AuditLog(db->connection()).list().value();
    QCOMPARE(events.size(), 3);
    QCOMPARE(events.at(0).action, QStringLiteral("asset.removed"));
    QCOMPARE(events.at(0).actor, db->actor());
    QVERIFY(AuditLog(db->connection()).verify().value().intact);
}

void AssetRepositorySuite::duplicateNameIsAClearErrorAndAddsNothing()
{
    PW_NEW_DATABASE(db);
    AssetRepository repo(db->connection(), db->actor());
    Asset a;
    a.name = QStringLiteral("web1");
    QVERIFY(repo.add(a).ok());
    const auto again = repo.add(a);
    QVERIFY(!again.ok());
    QVERIFY(again.error().message.contains(QStringLiteral("already exists")));
    QCOMPARE(AuditLog(db->connection()).list().value().size(), 1);
    QCOMPARE(repo.list().value().size(), 1);
}

void AssetRepositorySuite::emptyNameIsRefused()
{
    PW_NEW_DATABASE(db);
    Asset a;
    a.name = QStringLiteral("   ");
    QVERIFY(!AssetRepository(db->connection(), db->actor()).add(a).ok());
    QCOMPARE(AuditLog(db->connection()).list().value().size(), 0);
}

void AssetRepositorySuite::idsAreDistinctAndStable()
{
    // The id an add returns is the row's id (RETURNING on PostgreSQL, the rowid on SQLite).
    PW_NEW_DATABASE(db);
    AssetRepository repo(db->connection(), db->actor());
    QList<qint64> ids;
    for (int i = 0; i < 3; ++i) {
        Asset a;
        a.name = QStringLiteral("host%1").arg(i);
        const auto id = repo.add(a);
        QVERIFY2(id.ok(), qPrintable(id.error().text()));
        QVERIFY(!ids.contains(id.value()));
        ids.append(id.value());
    }
    for (int i = 0; i < 3; ++i)
        QCOMPARE(repo.findById(ids.at(i)).value().name, QStringLiteral("host%1").arg(i));
}
