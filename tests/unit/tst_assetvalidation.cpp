#include "inventory/AssetFields.h"
#include "inventory/AssetValidation.h"

#include <QDir>
#include <QTest>

using namespace Qt::StringLiterals;

// AssetValidation (the rules of add, edit and import) and AssetFields (the fields by option name).
class TestAssetValidation : public QObject
{
    Q_OBJECT

private slots:
    void aGoodAssetHasNoProblems();
    void eachFieldIsChecked_data();
    void eachFieldIsChecked();
    void localAssetsNeedNoAddress();
    void fieldsParseFromText();
};

namespace {
Asset goodAsset()
{
    Asset asset;
    asset.name = u"web01.example.com"_s;
    asset.transport = Transport::Ssh;
    asset.address = u"web01.example.com"_s;
    asset.port = 22;
    asset.user = u"patch"_s;
    asset.identityFile = u"/home/patch/.ssh/id_ed25519"_s;
    asset.ring = u"pilot"_s;
    asset.tags = {u"web"_s, u"dc:fra1"_s};
    return asset;
}
} // namespace

void TestAssetValidation::aGoodAssetHasNoProblems()
{
    QVERIFY(AssetValidation::problems(goodAsset()).isEmpty());
    for (const QString &address : {u"192.0.2.10"_s, u"2001:db8::10"_s, u"db7"_s, u"my_host.lan"_s}) {
        Asset asset = goodAsset();
        asset.address = address;
        QVERIFY2(AssetValidation::check(asset).ok(), qPrintable(address));
    }
}

void TestAssetValidation::eachFieldIsChecked_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("message");
    QTest::newRow("empty name") << u"name"_s << QString() << u"needs a name"_s;
    QTest::newRow("name with space") << u"name"_s << u"web 1"_s << u"not a valid asset name"_s;
    QTest::newRow("name like an option") << u"name"_s << u"-oProxyCommand=x"_s << u"not a valid asset name"_s;
    QTest::newRow("formula name") << u"name"_s << u"=1+2"_s << u"not a valid asset name"_s;
    QTest::newRow("address like an option") << u"address"_s << u"-oProxyCommand=sh"_s << u"neither"_s;
    QTest::newRow("address with space") << u"address"_s << u"web 1"_s << u"neither"_s;
    QTest::newRow("address with semicolon") << u"address"_s << u"a;reboot"_s << u"neither"_s;
    QTest::newRow("empty label") << u"address"_s << u"web..lan"_s << u"neither"_s;
    QTest::newRow("ssh without address") << u"address"_s << QString() << u"needs an address"_s;
    QTest::newRow("user with space") << u"user"_s << u"pat ch"_s << u"login name"_s;
    QTest::newRow("relative identity") << u"identity"_s << u".ssh/id_rsa"_s << u"absolute path"_s;
    QTest::newRow("key contents") << u"identity"_s << u"-----BEGIN OPENSSH PRIVATE KEY-----"_s
                                  << u"never the key itself"_s;
    QTest::newRow("ring with space") << u"ring"_s << u"wave 1"_s << u"ring name"_s;
    QTest::newRow("tag with formula") << u"tag"_s << u"@SUM(A1)"_s << u"not a valid tag"_s;
    // A control character would be printed raw by tables and CSV and run in the admin's terminal.
    QTest::newRow("identity with an escape")
        << u"identity"_s << u"/home/p/\x1b[31mkey"_s << u"control character \\x1B at position 9"_s;
    QTest::newRow("identity with a bidi override")
        << u"identity"_s << u"/home/p/\u202ekey"_s << u"control character \\u202E"_s;
    QTest::newRow("owner with an escape")
        << u"owner"_s << u"ann\x1b]52;c;AAAA\x07"_s << u"\\x1B at position 4"_s;
    QTest::newRow("owner with a C1 control") << u"owner"_s << u"ann\u009b2J"_s << u"\\x9B"_s;
    QTest::newRow("owner on two lines") << u"owner"_s << u"ann\nbob"_s << u"\\x0A"_s;
    QTest::newRow("owner too long") << u"owner"_s << QString(257, u'a') << u"at most 256"_s;
}

void TestAssetValidation::eachFieldIsChecked()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(QString, message);
    Asset asset = goodAsset();
    if (field == QLatin1String("name"))
        asset.name = value;
    else if (field == QLatin1String("address"))
        asset.address = value;
    else if (field == QLatin1String("user"))
        asset.user = value;
    else if (field == QLatin1String("identity"))
        asset.identityFile = value;
    else if (field == QLatin1String("ring"))
        asset.ring = value;
    else if (field == QLatin1String("tag"))
        asset.tags = {value};
    else if (field == QLatin1String("owner"))
        asset.owner = value;
    const QList<AssetProblem> problems = AssetValidation::problems(asset);
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.constFirst().field, field);
    QVERIFY2(problems.constFirst().message.contains(message), qPrintable(problems.constFirst().message));
    QVERIFY(AssetValidation::check(asset).error().message.startsWith(field + u": "_s));
}

void TestAssetValidation::localAssetsNeedNoAddress()
{
    Asset asset = goodAsset();
    asset.transport = Transport::Local;
    asset.address.clear();
    QVERIFY(AssetValidation::problems(asset).isEmpty());
    asset.tags.clear();
    for (int i = 0; i <= AssetValidation::MaxTags; ++i)
        asset.tags.append(u"t%1"_s.arg(i));
    QCOMPARE(AssetValidation::problems(asset).constFirst().field, u"tag"_s);
}

void TestAssetValidation::fieldsParseFromText()
{
    Asset asset;
    QVERIFY(AssetFields::set(&asset, u"Transport"_s, u" WinRM "_s).ok());
    QCOMPARE(asset.transport, Transport::WinRm);
    QVERIFY(AssetFields::set(&asset, u"port"_s, u"5986"_s).ok());
    QCOMPARE(asset.port, 5986);
    for (const QString &bad : {u"0"_s, u"65536"_s, u"22x"_s, u"-1"_s})
        QVERIFY2(!AssetFields::set(&asset, u"port"_s, bad).ok(), qPrintable(bad));
    QCOMPARE(asset.port, 5986);
    QVERIFY(AssetFields::set(&asset, u"tags"_s, u"web, dmz;web  eu"_s).ok());
    QCOMPARE(asset.tags, (QStringList{u"web"_s, u"dmz"_s, u"eu"_s}));
    QVERIFY(AssetFields::set(&asset, u"identity"_s, u"~/.ssh/id_ed25519"_s).ok());
    QCOMPARE(asset.identityFile, QDir::homePath() + u"/.ssh/id_ed25519"_s);
    QVERIFY(!AssetFields::set(&asset, u"criticality"_s, u"urgent"_s).ok());
    QVERIFY(!AssetFields::set(&asset, u"exposure"_s, u"dmz"_s).ok());
    QVERIFY(!AssetFields::set(&asset, u"password"_s, u"x"_s).ok());
    QCOMPARE(AssetFields::canonical(u"TAGS"_s), u"tag"_s);
    QCOMPARE(AssetFields::canonical(u"identity_file"_s), QString());

    Asset target;
    target.ring = u"broad"_s;
    target.user = u"root"_s;
    AssetFields::copy(asset, {u"tag"_s, u"port"_s}, &target);
    QCOMPARE(target.tags, asset.tags);
    QCOMPARE(target.port, 5986);
    QCOMPARE(target.ring, u"broad"_s);
    QCOMPARE(target.user, u"root"_s);
}

QTEST_GUILESS_MAIN(TestAssetValidation)
#include "tst_assetvalidation.moc"
