// Warm rescans on a real Debian 12 endpoint reached over SSH (tests/support/DebianTestHost.h: an overlay over
// the cached debootstrap root with the real apt and dpkg, in a private mount namespace this test re-runs
// itself in). A rescan may skip reading the host only when the host prints the fingerprint of its last scan;
// this is where that fingerprint is shown to see what changes on a host: the package database's content (even
// with its size and modification time put back), the package lists' metadata, and a reboot flag. Each change
// makes the next scan a cold one that stores what the host says now; the scan after it is warm again.
#include "../support/DebianTestHost.h"
#include "../support/MountNamespace.h"
#include "storage/AssetRepository.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

// Sets a file's modification time (and access time) to `when`, as `touch -d` would.
bool setTimes(const QString &path, const QDateTime &when)
{
    QFile file(path);
    return file.open(QIODevice::ReadWrite) && file.setFileTime(when, QFileDevice::FileModificationTime) &&
           file.setFileTime(when, QFileDevice::FileAccessTime);
}

} // namespace

class TestDebianRescan : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void rescanIsWarmUntilTheHostChanges();

private:
    // Scans the host; "warm" when it printed its last fingerprint, "cold" when it was read again, else why
    // not.
    QString scanKind();

    QTemporaryDir m_work;
    std::unique_ptr<DebianTestHost> m_host;
    Asset m_asset;
};

void TestDebianRescan::initTestCase()
{
    QVERIFY2(qEnvironmentVariableIsSet("PW_TEST_MOUNT_NAMESPACE"), "must run in its own mount namespace");
    QVERIFY2(geteuid() == 0, "a Debian endpoint (chroot, overlay mounts) needs root, as CI has");
    const Status prepared = DebianTestHost::prepare(m_work.path());
    QVERIFY2(prepared.ok(), qPrintable(prepared.error().text()));
    m_host = std::make_unique<DebianTestHost>(m_work.path());
    const Status started = m_host->start(); // scans the host once: cold, and keeps its fingerprint
    QVERIFY2(started.ok(), qPrintable(started.error().text()));
    const auto asset = AssetRepository(m_host->db()->connection(), u"ann"_s).findByName(u"deb1"_s);
    QVERIFY2(asset.ok(), qPrintable(asset.error().text()));
    m_asset = asset.value();
}

QString TestDebianRescan::scanKind()
{
    const auto outcome = m_host->scanOutcome(m_asset);
    if (!outcome)
        return outcome.error().text();
    return outcome.value().unchanged ? u"warm"_s : u"cold"_s;
}

void TestDebianRescan::rescanIsWarmUntilTheHostChanges()
{
    const QString root = m_host->root();
    QCOMPARE(scanKind(), u"warm"_s);

    // dpkg's status rewritten in place, one letter of a description changed, its size and modification time
    // as before: only the content's checksum can see it.
    const QString status = root + u"/var/lib/dpkg/status"_s;
    const QDateTime modified = QFileInfo(status).lastModified();
    QFile file(status);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QByteArray content = file.readAll();
    const qsizetype description = content.indexOf("\nDescription: ");
    QVERIFY(description > 0);
    const qsizetype letter = description + int(sizeof "\nDescription: ") - 1;
    content[letter] = content.at(letter) == 'x' ? 'y' : 'x';
    QVERIFY(file.seek(0));
    QCOMPARE(file.write(content), content.size());
    file.close();
    QVERIFY(setTimes(status, modified));
    QCOMPARE(QFileInfo(status).lastModified(), modified);
    QCOMPARE(QFileInfo(status).size(), content.size());
    QCOMPARE(scanKind(), u"cold"_s);
    QCOMPARE(scanKind(), u"warm"_s);

    // apt's lists touched (as `apt-get update` does when it fetches a new index): the pending updates may
    // differ, so the host is read again.
    const QString lists = root + u"/var/lib/apt/lists"_s;
    const QStringList entries = QDir(lists).entryList(QDir::Files | QDir::NoDotAndDotDot);
    QVERIFY2(!entries.isEmpty(), qPrintable(lists));
    QVERIFY(setTimes(lists + u'/' + entries.constFirst(), QDateTime::currentDateTimeUtc().addSecs(60)));
    QCOMPARE(scanKind(), u"cold"_s);
    QCOMPARE(scanKind(), u"warm"_s);

    // A package asks for a reboot: the cold scan stores the flag and who asked. (The host's /var/run is a
    // link to /run, which is the host's own /run inside its root.)
    QCOMPARE(QFileInfo(root + u"/var/run"_s).symLinkTarget(), u"/run"_s);
    QFile flag(root + u"/run/reboot-required"_s);
    QVERIFY(flag.open(QIODevice::WriteOnly));
    flag.close();
    QFile who(root + u"/run/reboot-required.pkgs"_s);
    QVERIFY(who.open(QIODevice::WriteOnly));
    who.write("pw-kernel\n");
    who.close();
    QCOMPARE(scanKind(), u"cold"_s);
    const auto asset = AssetRepository(m_host->db()->connection(), u"ann"_s).findById(m_asset.id);
    QVERIFY(asset.ok());
    QVERIFY(asset.value().facts.rebootRequired);
    QCOMPARE(asset.value().facts.rebootRequiredBy, QStringList{u"pw-kernel"_s});
    QCOMPARE(scanKind(), u"warm"_s);
}

int main(int argc, char *argv[])
{
    if (!inPrivateMountNamespace(argc, argv))
        return 1;
    QCoreApplication app(argc, argv);
    TestDebianRescan test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_debianrescan.moc"
