// Settings ▸ Rings and maintenance windows…, offscreen over a fresh database: a gate edited, two rings
// reordered and a window added through the widgets land in RingRepository and WindowRepository; a window
// text that does not parse shows the parser's error and stores nothing; a refusal keeps the dialog open with
// the repository's reason; the menu action opens the dialog.
#include "../support/TestDatabase.h"

#include "dialogs/RingSettingsDialog.h"
#include "MainWindow.h"
#include "setup/FirstStart.h"
#include "storage/AuditLog.h"
#include "storage/RingRepository.h"
#include "storage/SqlTime.h"
#include "storage/UserRepository.h"
#include "storage/WindowRepository.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTest>

using namespace Qt::StringLiterals;

class TestRingSettingsDialog : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void editGateReorderAndAddWindow();
    void anInvalidWindowShowsTheParsersErrorAndSavesNothing();
    void aRefusalKeepsTheDialogOpenWithTheReason();
    void theSettingsMenuOpensIt();

private:
    template<typename T>
    static T *child(QWidget *parent, const QString &name)
    {
        T *found = parent->findChild<T *>(name);
        if (!found)
            qFatal("no %s", qPrintable(name));
        return found;
    }
    static QStringList tableOrder(QWidget *dialog);
    static void selectRing(QWidget *dialog, const QString &name);
    static void setZone(QWidget *dialog, const QString &zone);
    RingRepository rings() const { return RingRepository((*m_db)->connection(), (*m_db)->actor()); }
    WindowRepository windows() const { return WindowRepository((*m_db)->connection(), (*m_db)->actor()); }
    qsizetype auditEvents() const { return AuditLog((*m_db)->connection()).list().value().size(); }

    std::unique_ptr<TestDatabase> m_db;
};

void TestRingSettingsDialog::init()
{
    QSettings().clear();
    m_db = std::make_unique<TestDatabase>();
    QSqlQuery query((*m_db)->connection());
    QVERIFY(query.exec(u"INSERT INTO assets (name, transport, created_at, ring) VALUES "
                       "('web1', 'ssh', 'now', 'pilot'), ('web2', 'ssh', 'now', 'pilot'), "
                       "('db1', 'ssh', 'now', 'broad')"_s));
    RingSettings pilot;
    pilot.name = u"pilot"_s;
    QVERIFY(rings().set(pilot).ok()); // pilot configured first; broad only in use
}

void TestRingSettingsDialog::cleanup()
{
    (*m_db)->setActor(u"tester"_s);
    m_db.reset();
}

QStringList TestRingSettingsDialog::tableOrder(QWidget *dialog)
{
    auto *table = child<QTableWidget>(dialog, u"ringsTable"_s);
    QStringList names;
    for (int row = 0; row < table->rowCount(); ++row)
        names << table->item(row, 0)->text();
    return names;
}

void TestRingSettingsDialog::selectRing(QWidget *dialog, const QString &name)
{
    auto *table = child<QTableWidget>(dialog, u"ringsTable"_s);
    const int row = int(tableOrder(dialog).indexOf(name));
    QVERIFY(row >= 0);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                      table->visualItemRect(table->item(row, 0)).center());
    QCOMPARE(table->currentRow(), row);
}

void TestRingSettingsDialog::setZone(QWidget *dialog, const QString &zone)
{
    auto *zones = child<QComboBox>(dialog, u"windowTimeZone"_s);
    const int index = zones->findText(zone);
    QVERIFY2(index >= 0, qPrintable(zone));
    zones->setCurrentIndex(index);
}

void TestRingSettingsDialog::editGateReorderAndAddWindow()
{
    RingSettingsDialog dialog(**m_db);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(tableOrder(&dialog), (QStringList{u"pilot"_s, u"broad"_s}));
    QCOMPARE(child<QTableWidget>(&dialog, u"ringsTable"_s)->item(0, 1)->text(), u"2"_s); // pilot's assets

    // pilot's gate: 90 % must succeed, soak 45 minutes, a failed verification does not halt.
    auto *minSuccess = child<QSpinBox>(&dialog, u"ringMinSuccess_pilot"_s);
    minSuccess->selectAll();
    QTest::keyClicks(minSuccess, u"90"_s);
    auto *soak = child<QSpinBox>(&dialog, u"ringSoak_pilot"_s);
    soak->selectAll();
    QTest::keyClicks(soak, u"45"_s);
    QTest::keyClick(child<QCheckBox>(&dialog, u"ringHalt_pilot"_s), Qt::Key_Space);
    QVERIFY(!child<QCheckBox>(&dialog, u"ringHalt_pilot"_s)->isChecked());

    // broad before pilot; the edits move with the ring.
    selectRing(&dialog, u"broad"_s);
    QVERIFY(!child<QPushButton>(&dialog, u"ringMoveDown"_s)->isEnabled());
    QTest::mouseClick(child<QPushButton>(&dialog, u"ringMoveUp"_s), Qt::LeftButton);
    QCOMPARE(tableOrder(&dialog), (QStringList{u"broad"_s, u"pilot"_s}));
    QCOMPARE(child<QSpinBox>(&dialog, u"ringSoak_pilot"_s)->value(), 45);
    QCOMPARE(child<QTableWidget>(&dialog, u"ringsTable"_s)->currentRow(), 0);

    // A window for pilot, in Berlin.
    selectRing(&dialog, u"pilot"_s);
    QTest::keyClicks(child<QLineEdit>(&dialog, u"windowWhen"_s), u"sat 22:00 - 2:00"_s);
    setZone(&dialog, u"Europe/Berlin"_s);
    QTest::mouseClick(child<QPushButton>(&dialog, u"windowAdd"_s), Qt::LeftButton);
    auto *list = child<QListWidget>(&dialog, u"ringWindows"_s);
    QCOMPARE(list->count(), 1);
    QVERIFY2(list->item(0)->text().startsWith(u"Sat 22:00-02:00 Europe/Berlin"_s),
             qPrintable(list->item(0)->text()));
    QVERIFY(child<QLineEdit>(&dialog, u"windowWhen"_s)->text().isEmpty());
    selectRing(&dialog, u"broad"_s);
    QCOMPARE(list->count(), 0);                  // the window is pilot's
    QVERIFY(windows().list().value().isEmpty()); // nothing stored before OK

    QTest::mouseClick(child<QPushButton>(&dialog, u"ringsOk"_s), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY2(child<QLabel>(&dialog, u"ringProblem"_s)->text().isEmpty(),
             qPrintable(child<QLabel>(&dialog, u"ringProblem"_s)->text()));

    const QList<RingSettings> stored = rings().list().value();
    QCOMPARE(stored.size(), 2);
    QCOMPARE(stored.at(0).name, u"broad"_s);
    QVERIFY(stored.at(0).configured); // moved before a configured ring, so stored
    QVERIFY(stored.at(0).hasDefaultGate());
    QCOMPARE(stored.at(1).name, u"pilot"_s);
    QCOMPARE(stored.at(1).position, 2);
    QCOMPARE(stored.at(1).minSuccessPercent, 90);
    QCOMPARE(stored.at(1).soakMinutes, 45);
    QCOMPARE(stored.at(1).haltOnFailedVerification, false);
    QCOMPARE(stored.at(1).parallelism, 4);
    const QList<WindowAssignment> pilotWindows = windows().list(WindowScope::Ring, u"pilot"_s).value();
    QCOMPARE(pilotWindows.size(), 1);
    QCOMPARE(pilotWindows.at(0).window.text(), u"Sat 22:00-02:00"_s);
    QCOMPARE(pilotWindows.at(0).window.timeZoneId(), u"Europe/Berlin"_s);
    QCOMPARE(pilotWindows.at(0).createdBy, u"tester"_s);

    // Opened again, it shows what is stored, and removing the window there removes it.
    RingSettingsDialog again(**m_db);
    again.show();
    QCOMPARE(tableOrder(&again), (QStringList{u"broad"_s, u"pilot"_s}));
    QCOMPARE(child<QSpinBox>(&again, u"ringMinSuccess_pilot"_s)->value(), 90);
    QCOMPARE(child<QComboBox>(&again, u"windowTimeZone"_s)->currentText(),
             u"Europe/Berlin"_s); // the newest's
    selectRing(&again, u"pilot"_s);
    QCOMPARE(child<QListWidget>(&again, u"ringWindows"_s)->count(), 1);
    QTest::mouseClick(child<QPushButton>(&again, u"windowRemove"_s), Qt::LeftButton);
    QCOMPARE(child<QListWidget>(&again, u"ringWindows"_s)->count(), 0);
    const qsizetype before = auditEvents();
    QTest::mouseClick(child<QPushButton>(&again, u"ringsOk"_s), Qt::LeftButton);
    QCOMPARE(again.result(), int(QDialog::Accepted));
    QVERIFY(windows().list().value().isEmpty());
    QCOMPARE(auditEvents(), before + 1); // window.removed only: the rings did not change
}

void TestRingSettingsDialog::anInvalidWindowShowsTheParsersErrorAndSavesNothing()
{
    const qsizetype before = auditEvents();
    RingSettingsDialog dialog(**m_db);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    selectRing(&dialog, u"pilot"_s);
    setZone(&dialog, u"UTC"_s);
    QTest::keyClicks(child<QLineEdit>(&dialog, u"windowWhen"_s), u"Tues 22:00-02:00"_s);
    QTest::mouseClick(child<QPushButton>(&dialog, u"windowAdd"_s), Qt::LeftButton);
    const QString problem = child<QLabel>(&dialog, u"ringProblem"_s)->text();
    QCOMPARE(problem, MaintenanceWindow::parse(u"Tues 22:00-02:00"_s, u"UTC"_s).error().text());
    QVERIFY(problem.contains(u"\"Tues\""_s));
    QCOMPARE(child<QListWidget>(&dialog, u"ringWindows"_s)->count(), 0);
    QCOMPARE(child<QLineEdit>(&dialog, u"windowWhen"_s)->text(), u"Tues 22:00-02:00"_s); // kept to fix

    QTest::mouseClick(child<QPushButton>(&dialog, u"ringsOk"_s), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(windows().list().value().isEmpty());
    QCOMPARE(auditEvents(), before);
    QCOMPARE(rings().list().value().at(1).configured, false); // broad untouched
}

void TestRingSettingsDialog::aRefusalKeepsTheDialogOpenWithTheReason()
{
    QVERIFY(UserRepository((*m_db)->connection(), u"ann"_s).add(u"rita"_s, Role::Reviewer).ok());
    (*m_db)->setActor(u"rita"_s);
    const qsizetype before = auditEvents();
    RingSettingsDialog dialog(**m_db);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *parallel = child<QSpinBox>(&dialog, u"ringParallel_pilot"_s);
    parallel->selectAll();
    QTest::keyClicks(parallel, u"8"_s);
    QTest::mouseClick(child<QPushButton>(&dialog, u"ringsOk"_s), Qt::LeftButton);
    QVERIFY(dialog.isVisible());
    const QString problem = child<QLabel>(&dialog, u"ringProblem"_s)->text();
    QVERIFY2(problem.startsWith(u"The rings were not saved: rita is reviewer and may not change"_s),
             qPrintable(problem));
    QCOMPARE(rings().find(u"pilot"_s).value().parallelism, 4);
    QCOMPARE(auditEvents(), before);
}

void TestRingSettingsDialog::theSettingsMenuOpensIt()
{
    QVERIFY(FirstStart::ensureThisMachine(**m_db).ok());
    MainWindow window(**m_db);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *action = child<QAction>(&window, u"actionRingSettings"_s);
    QCOMPARE(action->text(), u"&Rings and maintenance windows…"_s);
    action->trigger();
    RingSettingsDialog *dialog = window.findChild<RingSettingsDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QCOMPARE(tableOrder(dialog), (QStringList{u"pilot"_s, u"broad"_s}));
    dialog->reject();
    QTRY_VERIFY(!window.findChild<RingSettingsDialog *>()); // closed and deleted
}

QTEST_MAIN(TestRingSettingsDialog)
#include "tst_ringsettingsdialog.moc"
