// The console's start without a keychain, against a real failing one: the test runs with
// DBUS_SESSION_BUS_ADDRESS pointing at a socket nobody listens on, so QtKeychain's Secret Service calls fail
// as they do on a server without a desktop session. No mock: DatabaseUnlock, UnlockPlan and KeyStore run as
// in the console, and the dialogs are answered by object name when they show.
#include "../support/TestDatabase.h"

#include "dialogs/DatabasePropertiesDialog.h"
#include "dialogs/DatabaseUnlock.h"
#include "setup/DatabaseProperties.h"
#include "storage/Database.h"
#include "storage/KeyLocation.h"
#include "storage/KeyStore.h"

#include <QApplication>
#include <QCryptographicHash>
#include <QDialog>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>

#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#include <functional>

namespace {

// Answers the modal dialogs DatabaseUnlock shows, one step per dialog, in order: each step gets the dialog
// when it is shown (polled from the dialog's own event loop) and must close it.
class DialogScript : public QObject
{
public:
    using Step = std::function<void(QDialog *)>;
    explicit DialogScript(QList<Step> steps)
        : m_steps(std::move(steps))
    {
        connect(&m_poll, &QTimer::timeout, this, [this] {
            auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
            if (!dialog || dialog == m_handled.data() || m_done >= m_steps.size())
                return;
            m_handled = dialog;
            m_steps.at(m_done++)(dialog);
        });
        m_poll.start(10);
    }
    int done() const { return m_done; }
    int expected() const { return int(m_steps.size()); }

private:
    QList<Step> m_steps;
    QTimer m_poll;
    QPointer<QDialog> m_handled;
    int m_done = 0;
};

QPushButton *okButton(QDialog *dialog)
{
    for (QPushButton *button : dialog->findChildren<QPushButton *>()) {
        if (button->text().remove(QLatin1Char('&')) == QLatin1String("OK"))
            return button;
    }
    return nullptr;
}

QString visibleText(QDialog *dialog)
{
    QStringList texts;
    for (QLabel *label : dialog->findChildren<QLabel *>()) {
        if (label->isVisibleTo(dialog))
            texts.append(label->text());
    }
    return texts.join(u'\n');
}

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

const QString GoodPassphrase = QStringLiteral("copper kettle 42 quietly hums");

} // namespace

class TestDatabaseUnlockGui : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void newDatabaseOffersPassphraseModeAndReopensWithIt();
    void keychainDatabaseWithoutKeychainSaysHowToUnlockAndNeverAsksAPassphrase();
    void unrecordedDatabaseWithoutKeychainOffersBothWays();
    void propertiesSayPassphraseMode();

private:
    KeyStore m_store{QStringLiteral("Patchwright"), std::chrono::seconds(10)};
};

void TestDatabaseUnlockGui::initTestCase()
{
    QVERIFY(qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS").contains(QLatin1String("dead-bus")));
    qunsetenv("PATCHWRIGHT_DB_PASSPHRASE");
    // The keychain really fails here: a read says so, it does not time out or find nothing.
    const auto read = m_store.read(QStringLiteral("probe"));
    QVERIFY(!read.ok());
    QCOMPARE(read.error().code, QString::fromLatin1(KeyStore::UnavailableCode));
}

void TestDatabaseUnlockGui::newDatabaseOffersPassphraseModeAndReopensWithIt()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("new.db"));
    QString intro;
    QString weakProblem;
    QString mismatchProblem;
    QString strength;
    bool quitNoteShown = false;
    bool okAfterWeak = true;
    bool okAfterMismatch = true;
    DialogScript create({[&](QDialog *dialog) {
        QCOMPARE(dialog->objectName(), QStringLiteral("passphraseDialog"));
        intro = visibleText(dialog);
        auto *first = dialog->findChild<QLineEdit *>(QStringLiteral("passphrase"));
        auto *second = dialog->findChild<QLineEdit *>(QStringLiteral("passphraseRepeat"));
        auto *problem = dialog->findChild<QLabel *>(QStringLiteral("passphraseProblem"));
        quitNoteShown =
            dialog->findChild<QLabel *>(QStringLiteral("passphraseQuitNote"))->isVisibleTo(dialog);
        QTest::keyClicks(first, QStringLiteral("weak"));
        QTest::keyClicks(second, QStringLiteral("weak"));
        okAfterWeak = okButton(dialog)->isEnabled();
        weakProblem = problem->text();
        first->setText(GoodPassphrase);
        second->setText(GoodPassphrase + QLatin1Char('!'));
        okAfterMismatch = okButton(dialog)->isEnabled();
        mismatchProblem = problem->text();
        second->setText(GoodPassphrase);
        strength = dialog->findChild<QLabel *>(QStringLiteral("passphraseStrength"))->text();
        okButton(dialog)->click();
    }});
    auto created = DatabaseUnlock::open(path, m_store, nullptr);
    QCOMPARE(create.done(), 1);
    QVERIFY2(created.ok(), qPrintable(created.error().text()));
    QVERIFY2(
        intro.contains(QStringLiteral("No keychain answered (Secret Service over D-Bus). Your database can "
                                      "be protected by a passphrase you type at each start instead.")),
        qPrintable(intro));
    QVERIFY2(!intro.contains(QLatin1String("DBus"), Qt::CaseInsensitive) &&
                 !intro.contains(QLatin1String("freedesktop")),
             qPrintable(intro)); // no raw D-Bus error as the message
    QVERIFY(quitNoteShown);
    QVERIFY(intro.contains(QStringLiteral("nothing was changed")));
    QVERIFY(!okAfterWeak);
    QVERIFY2(weakProblem.contains(QStringLiteral("at least 12 characters")), qPrintable(weakProblem));
    QVERIFY(!okAfterMismatch);
    QCOMPARE(mismatchProblem, QStringLiteral("The two entries differ."));
    QVERIFY2(strength.startsWith(QStringLiteral("Strength: strong")), qPrintable(strength));
    QCOMPARE(created.value()->config().connectOptions, QStringLiteral("PW_KEY_KIND=passphrase"));
    QCOMPARE(int(KeyLocation::recorded(path).mode), int(KeyLocation::Mode::Passphrase));
    created.value().reset();

    // Reopened: the passphrase is asked once (a wrong one is refused and asked again), the keychain not at
    // all.
    QString firstReason;
    QString secondReason;
    bool repeatHidden = false;
    DialogScript reopen(
        {[&](QDialog *dialog) {
             firstReason = visibleText(dialog);
             repeatHidden =
                 !dialog->findChild<QLineEdit *>(QStringLiteral("passphraseRepeat"))->isVisibleTo(dialog);
             dialog->findChild<QLineEdit *>(QStringLiteral("passphrase"))
                 ->setText(QStringLiteral("not the passphrase"));
             okButton(dialog)->click();
         },
         [&](QDialog *dialog) {
             secondReason = visibleText(dialog);
             dialog->findChild<QLineEdit *>(QStringLiteral("passphrase"))->setText(GoodPassphrase);
             okButton(dialog)->click();
         }});
    auto reopened = DatabaseUnlock::open(path, m_store, nullptr);
    QCOMPARE(reopen.done(), 2);
    QVERIFY2(reopened.ok(), qPrintable(reopened.error().text()));
    QVERIFY(repeatHidden);
    QVERIFY2(firstReason.contains(QStringLiteral("is protected by a passphrase")), qPrintable(firstReason));
    QVERIFY(!firstReason.contains(QLatin1String("keychain"), Qt::CaseInsensitive));
    QVERIFY2(secondReason.contains(QStringLiteral("does not open this database")), qPrintable(secondReason));
    QCOMPARE(reopened.value()->config().key, GoodPassphrase);
}

void TestDatabaseUnlockGui::keychainDatabaseWithoutKeychainSaysHowToUnlockAndNeverAsksAPassphrase()
{
    // A database whose key was kept in a keychain (made here with a raw key, as the keychain path makes it),
    // recorded as such; this session's keychain does not answer.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("keychain.db"));
    const DatabaseConfig config =
        DatabaseConfig::encryptedFile(path, KeyStore::newRawKey(), DatabaseConfig::KeyKind::Raw);
    QVERIFY(Database::open(config).ok());
    QVERIFY(
        KeyLocation::record(path, KeyLocation::of(config, m_store.service(), KeyStore::backendName())).ok());
    const QByteArray before = fileHash(path);

    QStringList shown;
    QString details;
    bool detailsHiddenAtFirst = false;
    int passphraseFields = -1;
    bool offersPassphrase = true;
    const auto look = [&](QDialog *dialog) {
        QCOMPARE(dialog->objectName(), QStringLiteral("keychainUnavailableDialog"));
        shown.append(visibleText(dialog));
        passphraseFields = int(dialog->findChildren<QLineEdit *>().size());
        offersPassphrase =
            dialog->findChild<QPushButton *>(QStringLiteral("keychainUsePassphrase")) != nullptr;
        auto *detailsText = dialog->findChild<QPlainTextEdit *>(QStringLiteral("keychainDetails"));
        detailsHiddenAtFirst = !detailsText->isVisibleTo(dialog);
        dialog->findChild<QToolButton *>(QStringLiteral("keychainDetailsToggle"))->click();
        QVERIFY(detailsText->isVisibleTo(dialog));
        details = detailsText->toPlainText();
    };
    DialogScript script({[&](QDialog *dialog) {
                             look(dialog);
                             dialog->findChild<QPushButton *>(QStringLiteral("keychainRetry"))->click();
                         },
                         [&](QDialog *dialog) {
                             look(dialog);
                             dialog->findChild<QPushButton *>(QStringLiteral("keychainQuit"))->click();
                         }});
    const auto result = DatabaseUnlock::open(path, m_store, nullptr);
    QCOMPARE(script.done(), 2); // Retry asked the keychain again and showed the advice again
    QVERIFY(!result.ok());
    QVERIFY(result.error().message.isEmpty()); // Quit: the caller quits
    QCOMPARE(passphraseFields, 0);
    QVERIFY(!offersPassphrase);
    const QString text = shown.constLast();
    QVERIFY2(
        text.contains(QStringLiteral("is kept in your keychain (Secret Service (D-Bus)), and the keychain "
                                     "does not answer")),
        qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("dbus-run-session")) &&
                 text.contains(QStringLiteral("gnome-keyring")),
             qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("Quit: Patchwright will quit; nothing was changed.")));
    QVERIFY(!text.contains(QLatin1String("passphrase"), Qt::CaseInsensitive));
    QVERIFY(detailsHiddenAtFirst);
    QVERIFY2(details.contains(QStringLiteral("keychain")), qPrintable(details));
    QVERIFY(!text.contains(details)); // the raw error is in Details only
    QVERIFY(!details.contains(config.key));
    QCOMPARE(fileHash(path), before);
    QCOMPARE(int(KeyLocation::recorded(path).mode), int(KeyLocation::Mode::Keychain));
}

void TestDatabaseUnlockGui::unrecordedDatabaseWithoutKeychainOffersBothWays()
{
    // Made before key locations were recorded, with a passphrase: nothing says where its key is.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.db"));
    QVERIFY(Database::open(
                DatabaseConfig::encryptedFile(path, GoodPassphrase, DatabaseConfig::KeyKind::Passphrase))
                .ok());
    QVERIFY(!QFile::exists(KeyLocation::recordPath(path)));
    QString text;
    DialogScript script(
        {[&](QDialog *dialog) {
             text = visibleText(dialog);
             dialog->findChild<QPushButton *>(QStringLiteral("keychainUsePassphrase"))->click();
         },
         [&](QDialog *dialog) {
             QCOMPARE(dialog->objectName(), QStringLiteral("passphraseDialog"));
             dialog->findChild<QLineEdit *>(QStringLiteral("passphrase"))->setText(GoodPassphrase);
             okButton(dialog)->click();
         }});
    auto opened = DatabaseUnlock::open(path, m_store, nullptr);
    QCOMPARE(script.done(), 2);
    QVERIFY2(opened.ok(), qPrintable(opened.error().text()));
    QVERIFY2(text.contains(QStringLiteral("cannot tell whether the key")), qPrintable(text));
    QCOMPARE(int(KeyLocation::recorded(path).mode), int(KeyLocation::Mode::Passphrase)); // known from now on
}

void TestDatabaseUnlockGui::propertiesSayPassphraseMode()
{
    TestDatabase db(GoodPassphrase);
    DatabasePropertiesDialog dialog(*db, m_store.service());
    const auto value = [&dialog](const char *name) {
        auto *label = dialog.findChild<QLabel *>(QLatin1String("property_") + QLatin1String(name));
        return label ? label->text() : QString();
    };
    QCOMPARE(value("location"), db.path());
    QVERIFY2(value("key").contains(QStringLiteral("passphrase")), qPrintable(value("key")));
    QVERIFY(value("keychainAccount").isEmpty());
    QVERIFY2(value("engine").contains(QStringLiteral("SQLCipher")), qPrintable(value("engine")));
    QVERIFY2(value("cipher").contains(QStringLiteral("iterations")), qPrintable(value("cipher")));
    QVERIFY2(value("schema").startsWith(QString::number(Database::latestSchemaVersion())),
             qPrintable(value("schema")));
    QVERIFY(!value("size").isEmpty());
    QVERIFY(!visibleText(&dialog).contains(GoodPassphrase)); // nothing secret
    const QString line = DatabaseProperties::statusLine(*db, m_store.service(), KeyStore::backendName());
    QVERIFY2(line.contains(QStringLiteral("key from a passphrase")), qPrintable(line));
    QVERIFY(line.contains(db.path()));
}

int main(int argc, char *argv[])
{
    // A session bus address whose socket exists and refuses every connection, as a dead bus does.
    QTemporaryDir busDir;
    const QByteArray socketPath = busDir.filePath(QStringLiteral("dead-bus")).toLocal8Bit();
    const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    qstrncpy(address.sun_path, socketPath.constData(), sizeof(address.sun_path));
    if (fd < 0 || ::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof(address)) != 0)
        qFatal("cannot make the dead bus socket");
    ::close(fd); // bound, never listening: connect() is refused
    qputenv("DBUS_SESSION_BUS_ADDRESS", QByteArray("unix:path=") + socketPath);
    QApplication app(argc, argv);
    TestDatabaseUnlockGui test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_databaseunlockgui.moc"
