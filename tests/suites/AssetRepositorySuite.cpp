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

void AssetRepositorySuite::listFirstIsTheStartOfList()
{
    // The Assets pane's first page: the same rows, in the same order, as the start of the whole list.
    PW_NEW_DATABASE(db);
    AssetRepository repo(db->connection(), db->actor());
    QList<Asset> assets;
    for (const char *name : {"web2", "db1", "web10", "app", "web1"}) {
        Asset asset;
        asset.name = QString::fromLatin1(name);
        assets.append(asset);
    }
    QVERIFY(repo.saveAll(assets).ok());
    const auto all = repo.list();
    QVERIFY(all.ok());
    QCOMPARE(all.value().size(), 5);
    const auto first = repo.listFirst(3);
    QVERIFY2(first.ok(), qPrintable(first.error().text()));
    QCOMPARE(first.value().size(), 3);
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(first.value().at(i).id, all.value().at(i).id);
        QCOMPARE(first.value().at(i).name, all.value().at(i).name);
    }
    QCOMPARE(repo.listFirst(10).value().size(), 5);
    QCOMPARE(repo.listFirst(0).value().size(), 0);
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

void AssetRepositorySuite::updateChangesOnlyWhatItSaysAndAuditsIt()
{
    PW_NEW_DATABASE(db);
    AssetRepository repo(db->connection(), db->actor());
    Asset web;
    web.name = QStringLiteral("web1");
    web.transport = Transport::Ssh;
    web.address = QStringLiteral("10.0.0.5");
    web.tags = {QStringLiteral("dmz")};
    const auto id = repo.add(web);
    QVERIFY(id.ok());

    Asset changed = repo.findById(id.value()).value();
    changed.name = QStringLiteral("web-1");
    changed.address = QStringLiteral("10.0.0.6");
    changed.port = 2222;
    changed.user = QStringLiteral("patch");
    changed.identityFile = QStringLiteral("/home/patch/.ssh/id_ed25519");
    changed.criticality = Criticality::Critical;
    changed.exposure = Exposure::Isolated;
    changed.ring = QStringLiteral("pilot");
    changed.tags = {QStringLiteral("dmz"), QStringLiteral("web")};
    const Status updated = repo.update(changed);
    QVERIFY2(updated.ok(), qPrintable(updated.error().text()));

    const Asset stored = repo.findById(id.value()).value();
    QCOMPARE(stored.name, QStringLiteral("web-1"));
    QCOMPARE(stored.address, QStringLiteral("10.0.0.6"));
    QCOMPARE(stored.port, 2222);
    QCOMPARE(stored.user, QStringLiteral("patch"));
    QCOMPARE(stored.identityFile, QStringLiteral("/home/patch/.ssh/id_ed25519"));
    QCOMPARE(stored.criticality, Criticality::Critical);
    QCOMPARE(stored.exposure, Exposure::Isolated);
    QCOMPARE(stored.ring, QStringLiteral("pilot"));
    QCOMPARE(stored.tags, (QStringList{QStringLiteral("dmz"), QStringLiteral("web")}));
    QCOMPARE(stored.createdAt, changed.createdAt); // not touched by an update

    const auto events = AuditLog(db->connection()).list().value();
    QCOMPARE(events.size(), 2);
    QCOMPARE(events.at(0).action, QStringLiteral("asset.updated"));
    QCOMPARE(events.at(0).subject, QStringLiteral("web-1"));
    for (const char *change : {"name: web1 → web-1", "address: 10.0.0.5 → 10.0.0.6", "port: 0 → 2222",
                               "criticality: medium → critical", "tags: dmz → dmz,web", "ring: \"\" → pilot"})
        QVERIFY2(events.at(0).details.contains(QString::fromUtf8(change)), qPrintable(events.at(0).details));
    QVERIFY(!events.at(0).details.contains(QStringLiteral("transport")));

    // Saving the same values again changes nothing and records nothing.
    QVERIFY(repo.update(stored).ok());
    QCOMPARE(AuditLog(db->connection()).list().value().size(), 2);
    QVERIFY(AuditLog(db->connection()).verify().value().intact);
}

void AssetRepositorySuite::updateToATakenNameIsRefusedAndChangesNothing()
{
    PW_NEW_DATABASE(db);
    AssetRepository repo(db->connection(), db->actor());
    Asset a;
    a.name = QStringLiteral("web1");
    QVERIFY(repo.add(a).ok());
    a.name = QStringLiteral("web2");
    const auto id = repo.add(a);
    QVERIFY(id.ok());
    Asset renamed = repo.findById(id.value()).value();
    renamed.name = QStringLiteral("web1");
    renamed.ring = QStringLiteral("pilot");
    const Status refused = repo.update(renamed);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().message.contains(QStringLiteral("already exists")),
             qPrintable(refused.error().message));
    QCOMPARE(repo.findById(id.value()).value().name, QStringLiteral("web2"));
    QCOMPARE(repo.findById(id.value()).value().ring, QString());

    Asset missing;
    missing.id = id.value() + 1000;
    missing.name = QStringLiteral("ghost");
    QVERIFY(!repo.update(missing).ok());
    QCOMPARE(AuditLog(db->connection()).list().value().size(), 2);
}

void AssetRepositorySuite::saveAllIsAllOrNothing()
{
    PW_NEW_DATABASE(db);
    AssetRepository repo(db->connection(), db->actor());
    Asset existing;
    existing.name = QStringLiteral("db1");
    const auto id = repo.add(existing);
    QVERIFY(id.ok());

    Asset changed = repo.findById(id.value()).value();
    changed.ring = QStringLiteral("pilot");
    Asset fresh;
    fresh.name = QStringLiteral("web1");
    Asset clash;
    clash.name = QStringLiteral("db1"); // an add that collides: the whole batch must go
    const Status failed = repo.saveAll({changed, fresh, clash});
    QVERIFY(!failed.ok());
    QVERIFY(failed.error().message.contains(QStringLiteral("db1")));
    QCOMPARE(repo.list().value().size(), 1);
    QCOMPARE(repo.findById(id.value()).value().ring, QString());
    QCOMPARE(AuditLog(db->connection()).list().value().size(), 1);

    const Status saved = repo.saveAll({changed, fresh});
    QVERIFY2(saved.ok(), qPrintable(saved.error().text()));
    QCOMPARE(repo.list().value().size(), 2);
    QCOMPARE(repo.findById(id.value()).value().ring, QStringLiteral("pilot"));
    const auto events = AuditLog(db->connection()).list().value();
    QCOMPARE(events.size(), 3);
    QCOMPARE(events.at(0).action, QStringLiteral("asset.added"));
    QCOMPARE(events.at(1).action, QStringLiteral("asset.updated"));
    QVERIFY(AuditLog(db->connection()).verify().value().intact);
}

void AssetRepositorySuite::winRmSettingsAreStoredAndAudited()
{
    PW_NEW_DATABASE(db);
    AssetRepository repo(db->connection(), db->actor());
    Asset win;
    win.name = QStringLiteral("win1");
    win.transport = Transport::WinRm;
    win.address = QStringLiteral("10.0.0.9");
    win.user = QStringLiteral("CORP\\patch");
    win.winrm.auth = WinRmAuth::Basic;
    win.winrm.caFile = QStringLiteral("/etc/patchwright/corp-ca.pem");
    const auto id = repo.add(win);
    QVERIFY2(id.ok(), qPrintable(id.error().text()));

    Asset stored = repo.findById(id.value()).value();
    QCOMPARE(stored.user, QStringLiteral("CORP\\patch"));
    QVERIFY(stored.winrm == win.winrm);
    QCOMPARE(AuditLog(db->connection()).list().value().at(0).details,
             QStringLiteral("transport winrm, address 10.0.0.9, winrm basic over https, CA file "
                            "/etc/patchwright/corp-ca.pem"));

    stored.winrm.auth = WinRmAuth::Ntlm;
    stored.winrm.allowHttp = true;
    stored.winrm.caFile.clear();
    QVERIFY(repo.update(stored).ok());
    const Asset changed = repo.findById(id.value()).value();
    QCOMPARE(changed.winrm.auth, WinRmAuth::Ntlm);
    QVERIFY(changed.winrm.allowHttp);
    QVERIFY(changed.winrm.caFile.isEmpty());
    const QString details = AuditLog(db->connection()).list().value().at(0).details;
    for (const char *change : {"winrm_auth: basic → ntlm", "winrm_allow_http: no → yes",
                               "winrm_ca_file: /etc/patchwright/corp-ca.pem → \"\""})
        QVERIFY2(details.contains(QString::fromUtf8(change)), qPrintable(details));

    // An SSH asset keeps the defaults: HTTPS with NTLM should it ever become a WinRM asset.
    Asset ssh;
    ssh.name = QStringLiteral("web1");
    ssh.transport = Transport::Ssh;
    ssh.address = QStringLiteral("10.0.0.5");
    const auto sshId = repo.add(ssh);
    QVERIFY(sshId.ok());
    QVERIFY(repo.findById(sshId.value()).value().winrm == WinRmSettings{});
}
