// The first run's welcome (issue 16): shown once per user by what ui/main.cpp calls, never by MainWindow
// alone (tests, benchmarks); each offer triggers the console's own action; Finish, Close and Esc mark it
// seen; Help ▸ Welcome… shows it again.
#include "../support/TestDatabase.h"

#include "help/WelcomeDialog.h"
#include "MainWindow.h"
#include "setup/FirstStart.h"
#include "widgets/ScanProgress.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#include <memory>

class TestFirstRunGui : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void mainWindowAloneNeverShowsIt();
    void firstStartExplainsTheDatabaseAndItsKey();
    void eachOfferTriggersItsAction();
    void scanThisMachineScansIt();
    void finishMarksItSeen();
    void closingMarksItSeen_data();
    void closingMarksItSeen();
    void secondStartDoesNotShowItAndHelpShowsItAgain();

private:
    static WelcomeDialog *welcome(MainWindow &window);
    // A start as ui/main.cpp makes it: the window shown, then the welcome offered.
    static QPointer<WelcomeDialog> start(MainWindow &window);
    static void click(WelcomeDialog *dialog, const char *name);
    static QWidget *visibleTopLevel(const QString &name);

    std::unique_ptr<TestDatabase> m_db;
};

void TestFirstRunGui::init()
{
    QSettings().clear();
    m_db = std::make_unique<TestDatabase>();
    const auto registered = FirstStart::ensureThisMachine(**m_db);
    QVERIFY2(registered.ok(), qPrintable(registered.error().text()));
}

void TestFirstRunGui::cleanup()
{
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (widget->isVisible() && widget->objectName() != QLatin1String("mainWindow"))
            widget->close();
    }
    m_db.reset();
}

WelcomeDialog *TestFirstRunGui::welcome(MainWindow &window)
{
    return window.findChild<WelcomeDialog *>(QStringLiteral("welcomeDialog"));
}

QPointer<WelcomeDialog> TestFirstRunGui::start(MainWindow &window)
{
    window.show();
    window.offerWelcome();
    return welcome(window);
}

void TestFirstRunGui::click(WelcomeDialog *dialog, const char *name)
{
    auto *button = dialog->findChild<QPushButton *>(QString::fromLatin1(name));
    QVERIFY2(button, name);
    QVERIFY2(button->isVisible(), name);
    QVERIFY2(button->isEnabled(), name);
    QTest::mouseClick(button, Qt::LeftButton);
}

QWidget *TestFirstRunGui::visibleTopLevel(const QString &name)
{
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (widget->objectName() == name && widget->isVisible())
            return widget;
    }
    return nullptr;
}

void TestFirstRunGui::mainWindowAloneNeverShowsIt()
{
    // What tests and pw_bench_console do: build and show the window, without main()'s offer.
    MainWindow window(**m_db);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(!welcome(window));
    QVERIFY(!WelcomeDialog::wasSeen());
}

void TestFirstRunGui::firstStartExplainsTheDatabaseAndItsKey()
{
    MainWindow window(**m_db);
    QPointer<WelcomeDialog> dialog = start(window);
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QCOMPARE(dialog->page(), 0);
    auto *file = dialog->findChild<QLabel *>(QStringLiteral("welcome_location"));
    QVERIFY(file);
    QCOMPARE(file->text(), QDir::toNativeSeparators(m_db->path()));
    auto *key = dialog->findChild<QLabel *>(QStringLiteral("welcome_key"));
    QVERIFY(key);
    QVERIFY2(key->text().contains(QLatin1String("key")), qPrintable(key->text()));
    auto *warning = dialog->findChild<QLabel *>(QStringLiteral("welcomeKeyWarning"));
    QVERIFY(warning);
    QVERIFY(warning->text().contains(QLatin1String("Lose the key")));
    QVERIFY(warning->text().contains(QLatin1String("Properties")));
    QVERIFY(!WelcomeDialog::wasSeen()); // shown is not seen: only finishing or closing it counts
}

void TestFirstRunGui::eachOfferTriggersItsAction()
{
    MainWindow window(**m_db);
    QPointer<WelcomeDialog> dialog = start(window);
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());

    // Database ▸ Properties… runs its dialog modally: answered by a hook as soon as it shows.
    QString opened;
    QTimer::singleShot(0, this, [&opened] {
        if (QWidget *modal = QApplication::activeModalWidget()) {
            opened = modal->objectName();
            modal->close();
        }
    });
    click(dialog, "welcomeDatabaseProperties");
    QCOMPARE(opened, QStringLiteral("databasePropertiesDialog"));

    // The fleet page: Add asset… and Import assets… open their dialogs over the window.
    click(dialog, "welcomeNext");
    QCOMPARE(dialog->page(), 1);
    click(dialog, "welcomeAddAsset");
    QWidget *add = nullptr;
    QTRY_VERIFY((add = visibleTopLevel(QStringLiteral("assetDialog"))));
    add->close();
    click(dialog, "welcomeImportAssets");
    QWidget *import = nullptr;
    QTRY_VERIFY((import = visibleTopLevel(QStringLiteral("importAssetsDialog"))));
    import->close();

    // The feeds page: Intel ▸ Import… and Intel ▸ Feeds….
    click(dialog, "welcomeNext");
    QCOMPARE(dialog->page(), 2);
    click(dialog, "welcomeImportIntel");
    QWidget *intel = nullptr;
    QTRY_VERIFY((intel = visibleTopLevel(QStringLiteral("intelImportDialog"))));
    intel->close();
    click(dialog, "welcomeFeeds");
    QTRY_VERIFY(visibleTopLevel(QStringLiteral("feedsDialog")));
    visibleTopLevel(QStringLiteral("feedsDialog"))->close();

    // The offers did not finish the welcome.
    QVERIFY(dialog->isVisible());
    QVERIFY(!WelcomeDialog::wasSeen());
}

void TestFirstRunGui::scanThisMachineScansIt()
{
    MainWindow window(**m_db);
    QPointer<WelcomeDialog> dialog = start(window);
    QVERIFY(dialog);
    auto *progress = window.findChild<ScanProgress *>();
    QVERIFY(progress);
    QSignalSpy finished(progress, &ScanProgress::finished);
    dialog->setPage(1);
    click(dialog, "welcomeScanThisMachine");
    QVERIFY(progress->isRunning()); // the console's scan, on its workers
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 120000);
    auto *summary = window.findChild<QLabel *>(QStringLiteral("scanSummary"));
    QVERIFY(summary);
    QVERIFY2(summary->text().startsWith(QLatin1String("Scan finished: 1 ok, 0 failed")),
             qPrintable(summary->text()));
}

void TestFirstRunGui::finishMarksItSeen()
{
    MainWindow window(**m_db);
    QPointer<WelcomeDialog> dialog = start(window);
    QVERIFY(dialog);
    QVERIFY(!dialog->findChild<QPushButton *>(QStringLiteral("welcomeFinish"))->isVisible());
    click(dialog, "welcomeNext");
    click(dialog, "welcomeNext");
    QVERIFY(!dialog->findChild<QPushButton *>(QStringLiteral("welcomeNext"))->isVisible());
    click(dialog, "welcomeBack");
    QCOMPARE(dialog->page(), 1);
    click(dialog, "welcomeNext");
    click(dialog, "welcomeFinish");
    QTRY_VERIFY(!dialog); // closed and deleted
    QVERIFY(WelcomeDialog::wasSeen());
}

void TestFirstRunGui::closingMarksItSeen_data()
{
    QTest::addColumn<bool>("escape");
    QTest::newRow("Close") << false;
    QTest::newRow("Esc") << true;
}

void TestFirstRunGui::closingMarksItSeen()
{
    QFETCH(bool, escape);
    MainWindow window(**m_db);
    QPointer<WelcomeDialog> dialog = start(window);
    QVERIFY(dialog);
    if (escape)
        QTest::keyClick(dialog, Qt::Key_Escape);
    else
        click(dialog, "welcomeClose");
    QTRY_VERIFY(!dialog);
    QVERIFY(WelcomeDialog::wasSeen());
}

void TestFirstRunGui::secondStartDoesNotShowItAndHelpShowsItAgain()
{
    {
        MainWindow first(**m_db);
        QPointer<WelcomeDialog> dialog = start(first);
        QVERIFY(dialog);
        click(dialog, "welcomeClose");
        QTRY_VERIFY(!dialog);
    }
    MainWindow second(**m_db);
    QVERIFY(!start(second)); // the offer is synchronous: nothing to wait for
    auto *again = second.findChild<QAction *>(QStringLiteral("actionWelcome"));
    QVERIFY(again);
    again->trigger();
    WelcomeDialog *dialog = welcome(second);
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QCOMPARE(dialog->page(), 0);
    again->trigger(); // a second request raises the one shown
    QCOMPARE(second.findChildren<WelcomeDialog *>().size(), 1);
}

QTEST_MAIN(TestFirstRunGui)
#include "tst_firstrungui.moc"
