#include "dialogs/TeamDatabaseDialog.h"
#include "setup/DatabaseChoice.h"
#include "storage/KeyStore.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTest>

// Database ▸ Connect to team database…: what it remembers, and what it refuses to.
class TestTeamDatabaseDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void remembersAValidAddress();
    void refusesAPasswordInTheAddress();
    void withoutAKeychainSaysToUsePgpassfile();
    void useLocalForgetsTheTeamDatabase();

private:
    // No session bus and no display: the keychain answers "unavailable" at once, deterministically.
    KeyStore m_keyStore{QStringLiteral("Patchwright-test"), std::chrono::seconds(5)};
};

namespace {

void press(QDialog &dialog, QDialogButtonBox::StandardButton which)
{
    dialog.findChild<QDialogButtonBox *>()->button(which)->click();
}

} // namespace

void TestTeamDatabaseDialog::initTestCase()
{
    qunsetenv("DBUS_SESSION_BUS_ADDRESS");
    qunsetenv("DISPLAY");
    // As ui/main.cpp: QSettings needs to know whose settings these are (in this test's own XDG folder).
    QCoreApplication::setOrganizationName(QStringLiteral("Patchwright"));
    QCoreApplication::setApplicationName(QStringLiteral("Patchwright"));
}

void TestTeamDatabaseDialog::init()
{
    QSettings().clear();
}

void TestTeamDatabaseDialog::remembersAValidAddress()
{
    TeamDatabaseDialog dialog(QString(), m_keyStore);
    const QString url = QStringLiteral("postgresql://ann@db.example.org/patchwright?sslmode=verify-full");
    dialog.findChild<QLineEdit *>(QStringLiteral("teamDatabaseUrl"))->setText(url);
    press(dialog, QDialogButtonBox::Ok);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(DatabaseChoice::remembered(), url);
}

void TestTeamDatabaseDialog::refusesAPasswordInTheAddress()
{
    TeamDatabaseDialog dialog(QString(), m_keyStore);
    dialog.findChild<QLineEdit *>(QStringLiteral("teamDatabaseUrl"))
        ->setText(QStringLiteral("postgresql://ann:s3cr3t@db.example.org/patchwright"));
    press(dialog, QDialogButtonBox::Ok);
    QVERIFY(dialog.result() != int(QDialog::Accepted));
    const QString problem = dialog.findChild<QLabel *>(QStringLiteral("teamDatabaseProblem"))->text();
    QVERIFY2(problem.contains(QStringLiteral("password")), qPrintable(problem));
    QVERIFY(!problem.contains(QStringLiteral("s3cr3t")));
    QVERIFY(DatabaseChoice::remembered().isEmpty());
    QVERIFY(!QSettings().allKeys().join(QLatin1Char(' ')).contains(QStringLiteral("s3cr3t")));
}

void TestTeamDatabaseDialog::withoutAKeychainSaysToUsePgpassfile()
{
    TeamDatabaseDialog dialog(QString(), m_keyStore);
    dialog.findChild<QLineEdit *>(QStringLiteral("teamDatabaseUrl"))
        ->setText(QStringLiteral("postgresql://ann@db.example.org/patchwright"));
    dialog.findChild<QLineEdit *>(QStringLiteral("teamDatabasePassword"))->setText(QStringLiteral("pw"));
    press(dialog, QDialogButtonBox::Ok);
    QVERIFY(dialog.result() != int(QDialog::Accepted));
    const QString problem = dialog.findChild<QLabel *>(QStringLiteral("teamDatabaseProblem"))->text();
    QVERIFY2(problem.contains(QStringLiteral("PGPASSFILE")), qPrintable(problem));
    QVERIFY(DatabaseChoice::remembered().isEmpty()); // nothing half-chosen
}

void TestTeamDatabaseDialog::useLocalForgetsTheTeamDatabase()
{
    QVERIFY(DatabaseChoice::remember(QStringLiteral("postgresql://ann@db.example.org/patchwright")).ok());
    TeamDatabaseDialog dialog(DatabaseChoice::remembered(), m_keyStore);
    QCOMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("teamDatabaseUrl"))->text(),
             QStringLiteral("postgresql://ann@db.example.org/patchwright"));
    dialog.findChild<QPushButton *>(QStringLiteral("useLocalDatabase"))->click();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(DatabaseChoice::remembered().isEmpty());
}

QTEST_MAIN(TestTeamDatabaseDialog)
#include "tst_teamdatabasedialog.moc"
