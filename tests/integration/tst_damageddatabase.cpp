// A database file that is empty, damaged or on a full disk, driven through the real CLI: each is refused
// with what happened and what to do, and the file is left exactly as it was. The full disk is a real one: a
// 4 MiB tmpfs mounted in the test's own mount namespace, filled to the last byte.
#include "../support/CliRunner.h"
#include "../support/MountNamespace.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestDamagedDatabase : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void anEmptyFileIsNotANewDatabase();
    void flippedBytesAreFoundOnOpenAndNothingIsWritten();
    void aFullDiskIsSaidAsSuchAndNothingIsLost();
    void recoverCopiesEveryReadableRowIntoANewFile();

private:
    CliRunner::Run cli(const QString &database, const QStringList &arguments) const;
    void addAssets(const QString &database, int count) const;
    static QByteArray digestOf(const QString &path);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestDamagedDatabase::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

CliRunner::Run TestDamagedDatabase::cli(const QString &database, const QStringList &arguments) const
{
    CliRunner runner;
    runner.setEnvironment(u"PATCHWRIGHT_DB_PASSPHRASE"_s, u"correct horse battery staple"_s);
    return runner.run(QStringList{u"--db"_s, database} + arguments);
}

void TestDamagedDatabase::addAssets(const QString &database, int count) const
{
    QFile csv(m_dir->filePath(u"fleet.csv"_s));
    QVERIFY(csv.open(QIODevice::WriteOnly));
    csv.write("name,transport,address\n");
    for (int i = 0; i < count; ++i)
        csv.write(QStringLiteral("web%1,ssh,10.0.%2.%3\n").arg(i).arg(i / 200).arg(i % 200 + 1).toUtf8());
    csv.close();
    const CliRunner::Run imported = cli(database, {u"asset"_s, u"import"_s, csv.fileName()});
    QVERIFY2(imported.exitCode == 0, imported.err.constData());
}

QByteArray TestDamagedDatabase::digestOf(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

void TestDamagedDatabase::anEmptyFileIsNotANewDatabase()
{
    const QString path = m_dir->filePath(u"empty.db"_s);
    QFile empty(path);
    QVERIFY(empty.open(QIODevice::WriteOnly));
    empty.close();
    for (const QStringList &arguments :
         {QStringList{u"asset"_s, u"list"_s}, QStringList{u"db"_s, u"info"_s}}) {
        const CliRunner::Run run = cli(path, arguments);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("file is empty (0 bytes)") && run.err.contains("backup"),
                 run.err.constData());
    }
    QCOMPARE(QFileInfo(path).size(), 0); // still nothing: no schema, no first asset written into it
    QVERIFY(!QFile::exists(path + u"-wal"_s));
}

void TestDamagedDatabase::flippedBytesAreFoundOnOpenAndNothingIsWritten()
{
    const QString path = m_dir->filePath(u"fleet.db"_s);
    addAssets(path, 150);
    QCOMPARE(cli(path, {u"db"_s, u"check"_s}).exitCode, 0);
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.size() > 64 * 1024);
        QVERIFY(file.seek(file.size() / 2));
        QByteArray noise(64, '\0');
        QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(noise.data()), 16);
        file.write(noise);
    }
    const QByteArray damaged = digestOf(path);
    for (const QStringList &arguments : {QStringList{u"asset"_s, u"list"_s}, QStringList{u"db"_s, u"info"_s},
                                         QStringList{u"audit"_s, u"verify"_s},
                                         QStringList{u"asset"_s, u"add"_s, u"late"_s, u"--transport"_s,
                                                     u"ssh"_s, u"--address"_s, u"10.9.9.9"_s}}) {
        const CliRunner::Run run = cli(path, arguments);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("is damaged") && run.err.contains("db check"), run.err.constData());
        QCOMPARE(run.err.count('\n'), 1);
    }
    QCOMPARE(digestOf(path), damaged); // refused as it is: nothing was written to it
    const CliRunner::Run check = cli(path, {u"db"_s, u"check"_s});
    QCOMPARE(check.exitCode, 1);
    // Where the noise landed decides what is named: a page of a table or index, or the schema itself.
    QVERIFY2(check.out.contains("Page ") || check.out.contains("sqlite_master (the schema) cannot be read"),
             check.out.constData());
    QVERIFY(check.err.contains("is damaged"));
    QCOMPARE(digestOf(path), damaged);
}

void TestDamagedDatabase::recoverCopiesEveryReadableRowIntoANewFile()
{
    const QString path = m_dir->filePath(u"fleet.db"_s);
    addAssets(path, 1500); // 1,501 assets with this machine
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        // Sixteen pages (SQLCipher 3: 1 KiB each) from the middle on: assets, their audit events and the
        // indexes interleave there, so some of them hold rows whatever the schema adds before them (one
        // damaged page alone could be an index's, which loses no row).
        for (int page = 0; page < 16; ++page) {
            QVERIFY(file.seek(file.size() / 2 + page * 1024));
            file.write(QByteArray(64, '\xff'));
        }
    }
    QCOMPARE(cli(path, {u"asset"_s, u"list"_s}).exitCode, 1); // refused as damaged
    const QByteArray damaged = digestOf(path);
    const QString target = m_dir->filePath(u"recovered.db"_s);
    const CliRunner::Run recovered = cli(path, {u"db"_s, u"recover"_s, u"--to"_s, target});
    QVERIFY2(recovered.exitCode == 3,
             QByteArray(recovered.out + recovered.err).constData()); // rows were lost
    QVERIFY2(recovered.out.contains("Recovered into"), recovered.out.constData());
    QCOMPARE(digestOf(path), damaged); // the damaged file is evidence: untouched

    // Every row of a table is either copied or counted as lost, and the damaged table says so.
    const QRegularExpression row(u"^(\\w+)\\s+(yes|no)\\s+(\\d+)\\s+(\\d+)\\s+(\\d+)$"_s,
                                 QRegularExpression::MultilineOption);
    QMap<QString, QList<qint64>> tables;
    bool anyDamaged = false;
    for (auto it = row.globalMatch(QString::fromUtf8(recovered.out)); it.hasNext();) {
        const auto match = it.next();
        tables.insert(match.captured(1), {match.captured(3).toLongLong(), match.captured(4).toLongLong()});
        anyDamaged = anyDamaged || match.captured(2) == u"yes"_s;
    }
    QVERIFY2(anyDamaged, recovered.out.constData());
    QCOMPARE(tables.value(u"assets"_s).value(0) + tables.value(u"assets"_s).value(1), 1501);
    // One asset.added per asset and the registration of the passphrase's audit key.
    QCOMPARE(tables.value(u"audit_events"_s).value(0) + tables.value(u"audit_events"_s).value(1), 1502);

    QCOMPARE(cli(target, {u"db"_s, u"check"_s}).exitCode, 0);
    const CliRunner::Run listed = cli(target, {u"asset"_s, u"list"_s, u"--format"_s, u"json"_s});
    QVERIFY2(listed.exitCode == 0 || listed.err.contains("No audit checkpoint was written"),
             listed.err.constData());
    QCOMPARE(QJsonDocument::fromJson(listed.out).array().size(), tables.value(u"assets"_s).value(0));
    const CliRunner::Run again = cli(path, {u"db"_s, u"recover"_s, u"--to"_s, target});
    QCOMPARE(again.exitCode, 1);
    QVERIFY2(again.err.contains("already exists"), again.err.constData());
}

void TestDamagedDatabase::aFullDiskIsSaidAsSuchAndNothingIsLost()
{
    const QString disk = m_dir->filePath(u"disk"_s);
    QVERIFY(QDir().mkpath(disk));
    QProcess mount;
    mount.start(u"mount"_s, {u"-t"_s, u"tmpfs"_s, u"-o"_s, u"size=4m"_s, u"tmpfs"_s, disk});
    QVERIFY(mount.waitForFinished(10000));
    QVERIFY2(mount.exitCode() == 0, mount.readAllStandardError().constData());
    const QString path = disk + u"/fleet.db"_s;
    addAssets(path, 20);

    // Fill every byte that is left.
    QFile fill(disk + u"/fill"_s);
    QVERIFY(fill.open(QIODevice::WriteOnly));
    const QByteArray block(64 * 1024, 'x');
    while (fill.write(block) == block.size() && fill.flush()) {
    }
    fill.close();
    const QByteArray before = digestOf(path);

    const CliRunner::Run add = cli(
        path, {u"asset"_s, u"add"_s, u"late"_s, u"--transport"_s, u"ssh"_s, u"--address"_s, u"10.9.9.9"_s});
    QCOMPARE(add.exitCode, 1);
    QVERIFY2(add.err.contains("full") && add.err.contains(disk.toUtf8()), add.err.constData());
    QVERIFY2(!add.err.contains("key or passphrase"), add.err.constData()); // not the wrong cause
    QCOMPARE(digestOf(path), before);

    // Space again: everything is there, and the refused asset is not half there.
    QVERIFY(QFile::remove(fill.fileName()));
    const CliRunner::Run listed = cli(path, {u"asset"_s, u"list"_s, u"--format"_s, u"csv"_s});
    QCOMPARE(listed.exitCode, 0);
    QCOMPARE(listed.out.count("\nweb"), 20);
    QVERIFY(!listed.out.contains("late"));
    QProcess::execute(u"umount"_s, {disk});
}

int main(int argc, char **argv)
{
    if (!inPrivateMountNamespace(argc, argv))
        return 1;
    QCoreApplication app(argc, argv);
    TestDamagedDatabase test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_damageddatabase.moc"
