#include "platforms/PlatformDetector.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestPlatformDetector : public QObject
{
    Q_OBJECT

private slots:
    void detects_data();
    void detects();
};

void TestPlatformDetector::detects_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QStringList>("like");
    QTest::addColumn<QString>("packageManager");
    QTest::addColumn<QString>("expected"); // platform name, empty for nullptr

    QTest::newRow("debian") << u"debian"_s << QStringList() << u"apt"_s << u"apt"_s;
    QTest::newRow("ubuntu") << u"ubuntu"_s << QStringList{u"debian"_s} << u"apt"_s << u"apt"_s;
    QTest::newRow("linux mint (like ubuntu)")
        << u"linuxmint"_s << QStringList{u"ubuntu"_s} << u"apt"_s << u"apt"_s;
    QTest::newRow("raspbian (like debian)")
        << u"raspbian"_s << QStringList{u"debian"_s} << QString() << u"apt"_s;
    QTest::newRow("rhel") << u"rhel"_s << QStringList{u"fedora"_s} << u"dnf"_s << u"dnf"_s;
    QTest::newRow("fedora") << u"fedora"_s << QStringList() << u"dnf"_s << u"dnf"_s;
    QTest::newRow("rocky") << u"rocky"_s << QStringList{u"rhel"_s, u"centos"_s, u"fedora"_s} << u"dnf"_s
                           << u"dnf"_s;
    QTest::newRow("almalinux") << u"almalinux"_s << QStringList{u"rhel"_s, u"centos"_s, u"fedora"_s}
                               << u"dnf"_s << u"dnf"_s;
    QTest::newRow("centos stream") << u"centos"_s << QStringList{u"rhel"_s, u"fedora"_s} << u"dnf"_s
                                   << u"dnf"_s;
    QTest::newRow("oracle linux (like fedora)")
        << u"ol"_s << QStringList{u"fedora"_s} << u"dnf"_s << u"dnf"_s;
    QTest::newRow("debian with dnf installed") << u"debian"_s << QStringList() << u"apt"_s << u"apt"_s;
    QTest::newRow("centos 7 with only yum")
        << u"centos"_s << QStringList{u"rhel"_s, u"fedora"_s} << u"yum"_s << u"yum"_s;
    QTest::newRow("opensuse leap") << u"opensuse-leap"_s << QStringList{u"suse"_s, u"opensuse"_s}
                                   << u"zypper"_s << u"zypper"_s;
    QTest::newRow("opensuse tumbleweed")
        << u"opensuse-tumbleweed"_s << QStringList{u"opensuse"_s, u"suse"_s} << u"zypper"_s << u"zypper"_s;
    QTest::newRow("sles") << u"sles"_s << QStringList{u"suse"_s} << u"zypper"_s << u"zypper"_s;
    QTest::newRow("sles with only rpm") << u"sles"_s << QStringList{u"suse"_s} << QString() << u"zypper"_s;
    QTest::newRow("sles whose facts found apt")
        << u"sles"_s << QStringList{u"suse"_s} << u"apt"_s << QString();
    QTest::newRow("windows") << u"windows"_s << QStringList() << u"windows-update"_s << u"windows-update"_s;
    QTest::newRow("windows whose facts name apt") << u"windows"_s << QStringList() << u"apt"_s << QString();
    QTest::newRow("arch") << u"arch"_s << QStringList() << QString() << QString();
    QTest::newRow("alpine") << u"alpine"_s << QStringList() << QString() << QString();
    QTest::newRow("nothing known") << QString() << QStringList() << QString() << QString();
    QTest::newRow("case matters (os-release IDs are lower case)")
        << u"Debian"_s << QStringList() << QString() << QString();
}

void TestPlatformDetector::detects()
{
    QFETCH(QString, id);
    QFETCH(QStringList, like);
    QFETCH(QString, packageManager);
    QFETCH(QString, expected);
    AssetFacts facts;
    facts.osId = id;
    facts.osLike = like;
    facts.packageManager = packageManager;
    const std::unique_ptr<PatchPlatform> platform = PlatformDetector::forFacts(facts);
    if (expected.isEmpty()) {
        QVERIFY(!platform);
    } else {
        QVERIFY(platform);
        QCOMPARE(platform->name(), expected);
    }
}

QTEST_GUILESS_MAIN(TestPlatformDetector)
#include "tst_platformdetector.moc"
