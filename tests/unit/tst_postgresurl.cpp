#include "setup/DatabaseLocation.h"
#include "storage/KeyStore.h"
#include "storage/PostgresUrl.h"

#include <QTest>

// Team mode's --db URL: what is accepted, what becomes a connect option, and that a password never passes.
class TestPostgresUrl : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void parsesUserHostPortDatabase();
    void defaultsPortAndPostgresScheme();
    void remoteHostRequiresTlsUnlessTold();
    void passesAllowedParametersQuoted();
    void refusesAPasswordWithoutEchoingIt_data();
    void refusesAPasswordWithoutEchoingIt();
    void refusesMalformedAddresses_data();
    void refusesMalformedAddresses();
    void describeAndKeychainAccountCarryNoPassword();
    void passphraseIsRefusedForATeamDatabase();
};

void TestPostgresUrl::init()
{
    qunsetenv("PGSSLMODE");
}

void TestPostgresUrl::parsesUserHostPortDatabase()
{
    const auto config =
        PostgresUrl::parse(QStringLiteral("postgresql://ann@db.example.org:6543/patchwright"));
    QVERIFY2(config.ok(), qPrintable(config.error().text()));
    QVERIFY(config.value().isPostgres());
    QCOMPARE(config.value().driver, QStringLiteral("QPSQL"));
    QCOMPARE(config.value().user, QStringLiteral("ann"));
    QCOMPARE(config.value().host, QStringLiteral("db.example.org"));
    QCOMPARE(config.value().port, 6543);
    QCOMPARE(config.value().path, QStringLiteral("patchwright"));
    QVERIFY(config.value().key.isEmpty());
}

void TestPostgresUrl::defaultsPortAndPostgresScheme()
{
    const auto config = PostgresUrl::parse(QStringLiteral("postgres://bob@127.0.0.1/team%20db"));
    QVERIFY2(config.ok(), qPrintable(config.error().text()));
    QCOMPARE(config.value().port, 5432);
    QCOMPARE(config.value().path, QStringLiteral("team db"));
    // Loopback: libpq's default sslmode (prefer) applies.
    QVERIFY(!config.value().connectOptions.contains(QStringLiteral("sslmode")));
    QVERIFY(config.value().connectOptions.contains(QStringLiteral("connect_timeout='10'")));
}

void TestPostgresUrl::remoteHostRequiresTlsUnlessTold()
{
    const auto remote = PostgresUrl::parse(QStringLiteral("postgresql://ann@db.example.org/pw"));
    QVERIFY(remote.value().connectOptions.contains(QStringLiteral("sslmode='require'")));
    const auto verify =
        PostgresUrl::parse(QStringLiteral("postgresql://ann@db.example.org/pw?sslmode=verify-full"));
    QVERIFY(verify.value().connectOptions.contains(QStringLiteral("sslmode='verify-full'")));
    QVERIFY(!verify.value().connectOptions.contains(QStringLiteral("sslmode='require'")));
    qputenv("PGSSLMODE", "verify-ca");
    const auto fromEnvironment = PostgresUrl::parse(QStringLiteral("postgresql://ann@db.example.org/pw"));
    QVERIFY(!fromEnvironment.value().connectOptions.contains(QStringLiteral("sslmode")));
}

void TestPostgresUrl::passesAllowedParametersQuoted()
{
    const auto config = PostgresUrl::parse(QStringLiteral(
        "postgresql://ann@db.example.org/pw?sslmode=verify-ca&sslrootcert=/etc/ssl/team%20ca.crt"
        "&connect_timeout=3&application_name=it's"));
    QVERIFY2(config.ok(), qPrintable(config.error().text()));
    const QString options = config.value().connectOptions;
    QVERIFY2(options.contains(QStringLiteral("sslrootcert='/etc/ssl/team ca.crt'")), qPrintable(options));
    QVERIFY(options.contains(QStringLiteral("connect_timeout='3'")));
    QVERIFY(!options.contains(QStringLiteral("connect_timeout='10'")));
    QVERIFY(options.contains(QStringLiteral("application_name='it\\'s'")));
    QVERIFY(!options.contains(QLatin1Char(';')));
}

void TestPostgresUrl::refusesAPasswordWithoutEchoingIt_data()
{
    QTest::addColumn<QString>("url");
    QTest::addRow("userinfo") << QStringLiteral("postgresql://ann:s3cr3t-pw@db.example.org/pw");
    QTest::addRow("empty user") << QStringLiteral("postgresql://:s3cr3t-pw@db.example.org/pw");
    QTest::addRow("parameter") << QStringLiteral("postgresql://ann@db.example.org/pw?password=s3cr3t-pw");
    QTest::addRow("invalid rest") << QStringLiteral("postgresql://ann:s3cr3t-pw@db.example.org:99999/pw");
}

void TestPostgresUrl::refusesAPasswordWithoutEchoingIt()
{
    QFETCH(QString, url);
    const auto config = PostgresUrl::parse(url);
    QVERIFY(!config.ok());
    QVERIFY2(config.error().message.contains(QStringLiteral("password")), qPrintable(config.error().message));
    QVERIFY(!config.error().text().contains(QStringLiteral("s3cr3t")));
    QVERIFY(config.error().hint.contains(QStringLiteral("PGPASSFILE")));
}

void TestPostgresUrl::refusesMalformedAddresses_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("expected");
    QTest::addRow("no user") << QStringLiteral("postgresql://db.example.org/pw") << QStringLiteral("login");
    QTest::addRow("no database") << QStringLiteral("postgresql://ann@db.example.org/")
                                 << QStringLiteral("no database");
    QTest::addRow("unknown parameter")
        << QStringLiteral("postgresql://ann@h/pw?host=/tmp") << QStringLiteral("Unknown");
    QTest::addRow("bad sslmode") << QStringLiteral("postgresql://ann@h/pw?sslmode=maybe")
                                 << QStringLiteral("sslmode");
    QTest::addRow("semicolon") << QStringLiteral("postgresql://ann@h/pw?application_name=a;b")
                               << QStringLiteral("\";\"");
    QTest::addRow("twice") << QStringLiteral("postgresql://ann@h/pw?sslmode=require&sslmode=disable")
                           << QStringLiteral("twice");
    QTest::addRow("not a url") << QStringLiteral("mysql://ann@h/pw") << QStringLiteral("postgresql://");
}

void TestPostgresUrl::refusesMalformedAddresses()
{
    QFETCH(QString, url);
    QFETCH(QString, expected);
    const auto config = PostgresUrl::parse(url);
    QVERIFY(!config.ok());
    QVERIFY2(config.error().message.contains(expected), qPrintable(config.error().message));
    QCOMPARE(config.error().code, QString::fromLatin1(PostgresUrl::InvalidCode));
}

void TestPostgresUrl::describeAndKeychainAccountCarryNoPassword()
{
    auto config = PostgresUrl::parse(QStringLiteral("postgresql://ann@db.example.org/pw")).value();
    config.key = QStringLiteral("s3cr3t-pw");
    QCOMPARE(config.describe(), QStringLiteral("postgresql://ann@db.example.org:5432/pw"));
    QCOMPARE(config.keychainAccount(), QStringLiteral("postgresql:ann@db.example.org:5432/pw"));
}

void TestPostgresUrl::passphraseIsRefusedForATeamDatabase()
{
    // The keychain is never asked: the passphrase is refused first.
    const KeyStore unreachable(QStringLiteral("Patchwright-test-none"), std::chrono::milliseconds(1));
    const auto config = DatabaseLocation::resolve(QStringLiteral("postgresql://ann@db.example.org/pw"),
                                                  QStringLiteral("a passphrase"), unreachable);
    QVERIFY(!config.ok());
    QVERIFY(config.error().message.contains(QStringLiteral("team database")));
    // With PGPASSFILE set, the keychain is not asked either and the password is left to libpq.
    qputenv("PGPASSFILE", "/nonexistent/pgpass");
    const auto viaFile = DatabaseLocation::resolve(QStringLiteral("postgresql://ann@db.example.org/pw"),
                                                   QString(), unreachable);
    qunsetenv("PGPASSFILE");
    QVERIFY2(viaFile.ok(), qPrintable(viaFile.error().text()));
    QVERIFY(viaFile.value().key.isEmpty());
    QCOMPARE(viaFile.value().user, QStringLiteral("ann"));
}

QTEST_GUILESS_MAIN(TestPostgresUrl)
#include "tst_postgresurl.moc"
