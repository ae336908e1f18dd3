// The layouts hold German's longer words in the smallest window they are made for, 1024×700: with the
// German translation loaded and every pane shown (a pane builds its rows when first shown), the window asks
// for no more than that. At 1024 px the Compliance pane's filters needed 1,078 px on one line before they
// learnt to wrap (FlowLayout).
#include "../support/TestDatabase.h"

#include "IntelFixture.h"
#include "MainWindow.h"
#include "panes/AssetsPane.h"
#include "panes/AuditPane.h"
#include "panes/CompliancePane.h"
#include "panes/PatchesPane.h"
#include "setup/FirstStart.h"
#include "setup/Translations.h"
#include "storage/AssetRepository.h"

#include <QApplication>
#include <QListWidget>
#include <QSettings>
#include <QTest>
#include <QTranslator>

using namespace Qt::StringLiterals;

class TestGermanLayoutGui : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyPaneFitsIn1024By700();
};

void TestGermanLayoutGui::initTestCase()
{
    QSettings().clear();
    QApplication::setFont(QFont(u"DejaVu Sans"_s, 9)); // as the screenshots (docs/screenshots/de-*.png)
    QLocale::setDefault(Translations::locale(u"de"_s, QLocale(u"de_DE"_s)));
    std::unique_ptr<QTranslator> german = Translations::load(u"de"_s, QLocale::system());
    QVERIFY2(german, "no German translation compiled in");
    QCoreApplication::installTranslator(german.release()); // lives as long as the test
}

void TestGermanLayoutGui::everyPaneFitsIn1024By700()
{
    TestDatabase db;
    QVERIFY(FirstStart::ensureThisMachine(*db).ok());
    const qint64 machine = AssetRepository(db->connection(), db->actor()).list().value().constFirst().id;
    QVERIFY(IntelFixture::seedPatches(*db, machine).ok());
    QVERIFY(IntelFixture::importKevAndEpss(*db).ok());
    MainWindow window(*db);
    window.resize(1024, 700);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.findChild<QListWidget *>(u"navigation"_s)->item(2)->text(), u"Schwachstellen"_s);
    const int panes = window.findChild<QListWidget *>(u"navigation"_s)->count();
    for (int pane = 0; pane < panes; ++pane) {
        window.showPane(pane);
        QTRY_VERIFY(!window.findChild<AssetsPane *>()->isLoading());
        if (auto *patches = window.findChild<PatchesPane *>())
            QTRY_VERIFY(!patches->isLoading());
        if (auto *compliance = window.findChild<CompliancePane *>())
            QTRY_VERIFY_WITH_TIMEOUT(!compliance->isComputing(), 30000);
        QApplication::processEvents();
        const QSize needed = window.minimumSizeHint().expandedTo(window.minimumSize());
        QVERIFY2(
            needed.width() <= 1024 && needed.height() <= 700,
            qPrintable(
                u"pane %1 makes the window need %2×%3"_s.arg(pane).arg(needed.width()).arg(needed.height())));
        QCOMPARE(window.size(), QSize(1024, 700));
    }
}

QTEST_MAIN(TestGermanLayoutGui)
#include "tst_germanlayoutgui.moc"
