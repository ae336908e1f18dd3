// Database ▸ Properties… and the status bar in keychain mode, against a real Secret Service: the test
// re-executes itself inside a private D-Bus session with an unlocked gnome-keyring-daemon (PrivateKeyring.h).
#include "../support/PrivateKeyring.h"

#include "dialogs/DatabaseUnlock.h"
#include "MainWindow.h"
#include "setup/FirstStart.h"
#include "storage/Database.h"
#include "storage/KeyLocation.h"
#include "storage/KeyStore.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QFile>
#include <QLabel>
#include <QMap>
#include <QSettings>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

class TestDatabasePropertiesGui : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void keychainModeNamesTheServiceAndAccount();
};

void TestDatabasePropertiesGui::initTestCase()
{
    QVERIFY2(qEnvironmentVariableIsSet("PW_TEST_KEYRING_SESSION"),
             "the test must run in its private keyring");
    qunsetenv("PATCHWRIGHT_DB_PASSPHRASE");
    QSettings().clear();
}

void TestDatabasePropertiesGui::keychainModeNamesTheServiceAndAccount()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("keychain.db"));
    const KeyStore store;
    // The keychain answers: a new database opens without any dialog, its key born in the keychain.
    auto database = DatabaseUnlock::open(path, store, nullptr);
    QVERIFY2(database.ok(), qPrintable(database.error().text()));
    Database &db = *database.value();
    const QString account = QStringLiteral("database-key:") + path;
    QVERIFY(store.read(account).value().found);
    const KeyLocation recorded = KeyLocation::recorded(path);
    QCOMPARE(int(recorded.mode), int(KeyLocation::Mode::Keychain));
    QCOMPARE(recorded.service, QStringLiteral("Patchwright"));
    QCOMPARE(recorded.account, account);
    QFile record(KeyLocation::recordPath(path));
    QVERIFY(record.open(QIODevice::ReadOnly));
    QVERIFY(!record.readAll().contains(db.config().key.toLatin1())); // the record holds no secret

    const auto registered = FirstStart::ensureThisMachine(db);
    QVERIFY2(registered.ok(), qPrintable(registered.error().text()));
    MainWindow window(db);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QString status = window.findChild<QLabel *>(QStringLiteral("databaseLabel"))->text();
    QVERIFY2(status.contains(path) &&
                 status.contains(QStringLiteral("key in the OS keychain: Secret Service")),
             qPrintable(status));

    QMap<QString, QString> shown;
    QTimer poll;
    connect(&poll, &QTimer::timeout, this, [&shown, &poll] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        if (!dialog || dialog->objectName() != QLatin1String("databasePropertiesDialog"))
            return;
        poll.stop();
        for (QLabel *label : dialog->findChildren<QLabel *>()) {
            if (label->objectName().startsWith(QLatin1String("property_")))
                shown.insert(label->objectName().mid(9), label->text());
        }
        dialog->reject();
    });
    poll.start(10);
    window.findChild<QAction *>(QStringLiteral("actionDatabaseProperties"))->trigger();
    QVERIFY(!shown.isEmpty());
    QCOMPARE(shown.value(QStringLiteral("location")), path);
    QVERIFY2(
        shown.value(QStringLiteral("key")).contains(QStringLiteral("OS keychain: Secret Service (D-Bus)")),
        qPrintable(shown.value(QStringLiteral("key"))));
    QCOMPARE(shown.value(QStringLiteral("keychainService")), QStringLiteral("Patchwright"));
    QCOMPARE(shown.value(QStringLiteral("keychainAccount")), account);
    QVERIFY2(shown.value(QStringLiteral("cipher")).contains(QStringLiteral("raw 256-bit key")),
             qPrintable(shown.value(QStringLiteral("cipher"))));
    for (const QString &value : std::as_const(shown))
        QVERIFY(!value.contains(db.config().key)); // nothing secret
    QVERIFY(store.remove(account).ok());
}

int main(int argc, char *argv[])
{
    if (!runInPrivateKeyring(argc, argv))
        return 1;
    QApplication app(argc, argv);
    TestDatabasePropertiesGui test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_databasepropertiesgui.moc"
