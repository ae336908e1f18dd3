// Settings ▸ Preferences…, offscreen over a fresh database and test-mode QSettings: a value out of range is
// refused with a message saying what is allowed and nothing at all is stored (not the valid values, not the
// language); good values are stored in the database and audited one event per change, the language in
// QSettings; the menu action opens the dialog with the platform's Preferences shortcut. Each page is grabbed
// as settings-N.png and read back: into PW_SCREENSHOT_DIR when it is set (the README's screenshots).
#include "../support/TestDatabase.h"
#include "../support/WidgetChild.h"

#include "dialogs/SettingsDialog.h"
#include "MainWindow.h"
#include "setup/FirstStart.h"
#include "setup/TeamSettings.h"
#include "setup/Translations.h"
#include "storage/AuditLog.h"

#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace Qt::StringLiterals;

class TestSettingsDialogGui : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void aBadValueIsRefusedAndNothingIsStored();
    void aBadMirrorIsRefusedAndNothingIsStored();
    void goodValuesAreStoredAndAudited();
    void thePreferencesActionOpensIt();
    void theChosenLanguageComesBeforeTheSystems();
    void screenshots();

private:
    static void type(QWidget *field, const QString &text)
    {
        field->setFocus();
        QTest::keyClick(field, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(field, text);
    }
    qsizetype auditEvents() const { return AuditLog((*m_db)->connection()).list().value().size(); }
    TeamSettings stored() const { return TeamSettings::load(**m_db).value(); }

    std::unique_ptr<TestDatabase> m_db;
};

void TestSettingsDialogGui::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"PatchwrightSettingsTest"_s);
    QCoreApplication::setApplicationName(u"tst_settingsdialoggui"_s);
}

void TestSettingsDialogGui::init()
{
    QSettings().clear();
    m_db = std::make_unique<TestDatabase>();
}

void TestSettingsDialogGui::cleanup()
{
    m_db.reset();
    QSettings().clear();
}

void TestSettingsDialogGui::aBadValueIsRefusedAndNothingIsStored()
{
    const qsizetype before = auditEvents();
    SettingsDialog dialog(**m_db);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *parallelism = widgetChild<QSpinBox>(&dialog, u"settingsParallelism"_s);
    QCOMPARE(parallelism->value(), 32);
    type(parallelism, u"100"_s);
    QCOMPARE(parallelism->value(), 100);
    type(widgetChild<QSpinBox>(&dialog, u"settingsScanTimeout"_s),
         u"120"_s); // valid, must not be stored either
    dialog.showPage(SettingsDialog::Page::Language);
    auto *language = widgetChild<QComboBox>(&dialog, u"settingsLanguage"_s);
    language->setCurrentIndex(language->findData(u"de"_s));

    QTest::mouseClick(widgetChild<QPushButton>(&dialog, u"settingsOk"_s), Qt::LeftButton);
    auto *problem = widgetChild<QLabel>(&dialog, u"settingsProblem"_s);
    QTRY_VERIFY(problem->text().contains(u"Assets at once must be from 1 to 64 (got 100)."_s));
    QVERIFY(problem->text().startsWith(u"Nothing was saved."_s));
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QCOMPARE(stored().run.parallelism, 32);
    QCOMPARE(stored().run.scanTimeoutSeconds, 300);
    QCOMPARE(auditEvents(), before);
    QVERIFY(!QSettings().contains(Translations::LanguageKey));
}

void TestSettingsDialogGui::aBadMirrorIsRefusedAndNothingIsStored()
{
    const qsizetype before = auditEvents();
    SettingsDialog dialog(**m_db);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.showPage(SettingsDialog::Page::Intel);
    auto *mirror = widgetChild<QLineEdit>(&dialog, u"settingsMirror_kev"_s);
    QTRY_VERIFY(mirror->isVisible());
    type(mirror, u"ftp://mirror.example/kev.json"_s);
    type(widgetChild<QLineEdit>(&dialog, u"settingsMirror_epss"_s), u"https://mirror.example/epss.csv.gz"_s);
    QTest::mouseClick(widgetChild<QPushButton>(&dialog, u"settingsOk"_s), Qt::LeftButton);
    QTRY_VERIFY(
        widgetChild<QLabel>(&dialog, u"settingsProblem"_s)->text().contains(u"http:// or https://"_s));
    QVERIFY(dialog.isVisible());
    QCOMPARE(stored().mirrors.value(IntelFeed::Epss), QString());
    QCOMPARE(auditEvents(), before);
}

void TestSettingsDialogGui::goodValuesAreStoredAndAudited()
{
    const qsizetype before = auditEvents();
    SettingsDialog dialog(**m_db);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    type(widgetChild<QSpinBox>(&dialog, u"settingsParallelism"_s), u"8"_s);
    type(widgetChild<QSpinBox>(&dialog, u"settingsOutputCap"_s), u"16"_s);
    dialog.showPage(SettingsDialog::Page::PatchPolicy);
    type(widgetChild<QSpinBox>(&dialog, u"slaCriticalDays"_s), u"10"_s);
    dialog.showPage(SettingsDialog::Page::Intel);
    auto *mode = widgetChild<QComboBox>(&dialog, u"settingsProxyMode"_s);
    mode->setCurrentIndex(mode->findData(int(FeedProxy::Mode::Manual)));
    auto *proxy = widgetChild<QLineEdit>(&dialog, u"settingsProxyUrl"_s);
    QTRY_VERIFY(proxy->isEnabled());
    type(proxy, u"http://proxy.example:3128"_s);
    dialog.showPage(SettingsDialog::Page::Language);
    auto *language = widgetChild<QComboBox>(&dialog, u"settingsLanguage"_s);
    language->setCurrentIndex(language->findData(u"ja"_s));

    QTest::mouseClick(widgetChild<QPushButton>(&dialog, u"settingsOk"_s), Qt::LeftButton);
    QTRY_VERIFY(!dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const TeamSettings team = stored();
    QCOMPARE(team.run.parallelism, 8);
    QCOMPARE(team.run.outputCapMiB, 16);
    QCOMPARE(team.run.scanTimeoutSeconds, 300);
    QCOMPARE(team.sla.criticalDays, 10);
    QCOMPARE(team.proxy.mode, FeedProxy::Mode::Manual);
    QCOMPARE(team.proxy.url, u"http://proxy.example:3128"_s);
    const auto events = AuditLog((*m_db)->connection()).list();
    QCOMPARE(events.value().size(), before + 4);
    QStringList subjects;
    for (qsizetype i = 0; i < 4; ++i) {
        QCOMPARE(events.value().at(i).action, u"settings.changed"_s);
        QCOMPARE(events.value().at(i).actor, u"tester"_s);
        subjects.append(events.value().at(i).subject);
    }
    subjects.sort();
    QCOMPARE(subjects, (QStringList{u"intel.proxy"_s, u"run.output_cap_mib"_s, u"run.parallelism"_s,
                                    u"sla.critical_days"_s}));
    QCOMPARE(QSettings().value(Translations::LanguageKey).toString(), u"ja"_s);

    // Opened again, it shows what was stored.
    SettingsDialog again(**m_db);
    QCOMPARE(widgetChild<QSpinBox>(&again, u"settingsParallelism"_s)->value(), 8);
    QCOMPARE(widgetChild<QComboBox>(&again, u"settingsLanguage"_s)->currentData().toString(), u"ja"_s);
}

void TestSettingsDialogGui::thePreferencesActionOpensIt()
{
    QVERIFY(FirstStart::ensureThisMachine(**m_db).ok());
    MainWindow window(**m_db);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *action = window.findChild<QAction *>(u"actionPreferences"_s);
    QVERIFY(action);
    QCOMPARE(action->shortcut(), QKeySequence(QKeySequence::Preferences));
    action->trigger();
    SettingsDialog *dialog = window.findChild<SettingsDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QCOMPARE(widgetChild<QListWidget>(dialog, u"settingsPageList"_s)->count(), 5);
    dialog->reject();
    QTRY_VERIFY(!window.findChild<SettingsDialog *>()); // closed and deleted
}

void TestSettingsDialogGui::theChosenLanguageComesBeforeTheSystems()
{
    // English is always compiled in; the other languages once their translations are (translations/).
    const auto english = Translations::load(u"en"_s, QLocale(QLocale::German, QLocale::Germany));
    QVERIFY(english);
    QCOMPARE(english->language(), u"en"_s);
    for (const Translations::Language &language : Translations::offered()) {
        if (language.code.isEmpty())
            continue;
        const auto chosen =
            Translations::load(language.code, QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY(chosen);
        if (QFile::exists(u":/i18n/patchwright_"_s + language.code + u".qm"_s))
            QCOMPARE(chosen->language().left(2), language.code);
    }
    // A code that is not offered counts as no choice: the system's language (here English).
    const auto unknown = Translations::load(u"../x"_s, QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY(unknown);
    QCOMPARE(unknown->language(), u"en"_s);
}

void TestSettingsDialogGui::screenshots()
{
    // Grabbed every run (into a temporary folder unless PW_SCREENSHOT_DIR names one) and read back: each page
    // paints at the dialog's size.
    QTemporaryDir scratch;
    QVERIFY(scratch.isValid());
    const QString named = qEnvironmentVariable("PW_SCREENSHOT_DIR");
    const QString folder = named.isEmpty() ? scratch.path() : named;
    const auto readBack = [&folder](const QString &name, const QSize &size) {
        const QImage image(folder + u'/' + name);
        return !image.isNull() && image.size() == size;
    };
    SettingsDialog dialog(**m_db);
    dialog.resize(760, 480);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    for (int page = 0; page < 5; ++page) {
        dialog.showPage(SettingsDialog::Page(page));
        QVERIFY(dialog.grab().save(folder + u"/settings-%1.png"_s.arg(page)));
        QVERIFY(readBack(u"settings-%1.png"_s.arg(page), dialog.grab().size()));
    }
    dialog.showPage(SettingsDialog::Page::Scanning);
    type(widgetChild<QSpinBox>(&dialog, u"settingsParallelism"_s), u"100"_s);
    QTest::mouseClick(widgetChild<QPushButton>(&dialog, u"settingsOk"_s), Qt::LeftButton);
    QTRY_VERIFY(!widgetChild<QLabel>(&dialog, u"settingsProblem"_s)->text().isEmpty());
    QVERIFY(dialog.grab().save(folder + u"/settings-refused.png"_s));
    QVERIFY(readBack(u"settings-refused.png"_s, dialog.grab().size()));
}

QTEST_MAIN(TestSettingsDialogGui)
#include "tst_settingsdialoggui.moc"
