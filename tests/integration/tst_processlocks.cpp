// Two processes on one encrypted database file, as the console and the CLI (or the daemon) are: opening a
// second connection in this process must not drop the POSIX locks SQLite holds for the first one. When it
// did (the file was opened and closed to set its mode), another process closing the database took itself
// for the last connection, checkpointed and deleted the write-ahead log under this process, and every later
// write of this process went into the deleted log: committed here, never seen by anyone else.
#include "../support/CliRunner.h"

#include "storage/AssetRepository.h"
#include "storage/Database.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestProcessLocks : public QObject
{
    Q_OBJECT

private slots:
    void writesAfterAnotherConnectionAndAnotherProcessAreSeenByAll();

private:
    QStringList assetNamesSeenByTheCli();

    QTemporaryDir m_dir;
};

QStringList TestProcessLocks::assetNamesSeenByTheCli()
{
    CliRunner runner;
    runner.setEnvironment(u"PATCHWRIGHT_DB_PASSPHRASE"_s, u"correct horse battery staple"_s);
    const CliRunner::Run listed = runner.run(
        {u"--db"_s, m_dir.filePath(u"shared.db"_s), u"asset"_s, u"list"_s, u"--format"_s, u"json"_s});
    if (listed.exitCode != 0)
        qWarning("asset list: %s", listed.err.constData());
    QStringList names;
    for (const QJsonValue &row : QJsonDocument::fromJson(listed.out).array())
        names.append(row.toObject().value(u"name"_s).toString());
    return names;
}

void TestProcessLocks::writesAfterAnotherConnectionAndAnotherProcessAreSeenByAll()
{
    QVERIFY(m_dir.isValid());
    const DatabaseConfig config =
        DatabaseConfig::encryptedFile(m_dir.filePath(u"shared.db"_s), u"correct horse battery staple"_s,
                                      DatabaseConfig::KeyKind::Passphrase);
    auto first = Database::open(config);
    QVERIFY(first);
    const auto add = [&](const QString &name) {
        Asset asset;
        asset.name = name;
        asset.transport = Transport::Ssh;
        asset.address = u"10.0.0.1"_s;
        return AssetRepository(first.value()->connection(), u"ann"_s).add(asset).ok();
    };
    QVERIFY(add(u"before"_s));
    QVERIFY(assetNamesSeenByTheCli().contains(u"before"_s));

    // A second connection in this process (a worker thread's, a StagedRun's), open while the first is.
    auto second = Database::open(config);
    QVERIFY(second);
    // Another process opens and closes the database: it must not take itself for the last connection.
    QVERIFY(assetNamesSeenByTheCli().contains(u"before"_s));
    QVERIFY2(QFileInfo::exists(m_dir.filePath(u"shared.db-wal"_s)),
             "the write-ahead log was deleted while this process had the database open");

    QVERIFY(add(u"after"_s));
    QVERIFY2(assetNamesSeenByTheCli().contains(u"after"_s), "a committed write went into a deleted log");
}

QTEST_GUILESS_MAIN(TestProcessLocks)
#include "tst_processlocks.moc"
