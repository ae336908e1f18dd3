#pragma once

#include "RecordedScan.h"
#include "TestDatabase.h"

#include "board/ChangeBoard.h"
#include "storage/AssetRepository.h"
#include "storage/ScanRepository.h"

#include <QSqlQuery>

// Assets with a recorded pending patch, and an approved change of those patches (requested by ann, approved
// by rita), in a TestDatabase — what a staged run needs before it can start.
class RolloutFixture
{
public:
    explicit RolloutFixture(TestDatabase &db)
        : m_db(db)
    {
    }

    void exec(const QString &sql)
    {
        QSqlQuery query(m_db->connection());
        if (!query.exec(sql))
            qFatal("%s failed", qPrintable(sql));
    }

    // An SSH asset at 127.0.0.1:`port` in `ring` (or one of `transport`, this machine's for Local), with
    // pw-demo pending.
    qint64 addAsset(const QString &name, const QString &ring, int port, Transport transport = Transport::Ssh)
    {
        Asset asset;
        asset.name = name;
        asset.transport = transport;
        if (transport == Transport::Ssh) {
            asset.address = QStringLiteral("127.0.0.1");
            asset.port = port;
            asset.user = QStringLiteral("patchwright");
        }
        asset.ring = ring;
        const auto added = AssetRepository(m_db->connection(), QStringLiteral("ann")).add(asset);
        if (!added)
            qFatal("cannot add %s: %s", qPrintable(name), qPrintable(added.error().text()));
        if (!ScanRepository(m_db->connection(), QStringLiteral("ann"))
                 .recordSuccess(recordedScan(added.value(), {QStringLiteral("pw-demo")})))
            qFatal("cannot record a scan");
        return added.value();
    }

    qint64 approvedChange(const QList<qint64> &assets)
    {
        ChangeDraft draft;
        draft.title = QStringLiteral("pw-demo everywhere");
        QSqlQuery query(m_db->connection());
        for (const qint64 asset : assets) {
            if (!query.exec(QStringLiteral("SELECT id FROM asset_patches WHERE asset_id = %1").arg(asset)) ||
                !query.next())
                qFatal("no patch");
            draft.assetPatchIds.append(query.value(0).toLongLong());
        }
        const QString actor = m_db->actor();
        m_db->setActor(QStringLiteral("ann"));
        ChangeBoard requester(*m_db);
        const auto created = requester.create(draft);
        if (!created || !requester.submit(created.value(), QString()))
            qFatal("cannot create the change");
        m_db->setActor(QStringLiteral("rita"));
        if (!ChangeBoard(*m_db).decide(created.value(), ReviewDecision::Approved, QStringLiteral("CAB")))
            qFatal("cannot approve");
        m_db->setActor(actor);
        return created.value();
    }

private:
    TestDatabase &m_db;
};
