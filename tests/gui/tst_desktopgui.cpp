#include "../support/TestDatabase.h"

#include "changes/ChangeNotifier.h"
#include "DarkPalette.h"
#include "dialogs/AssetDialog.h"
#include "dialogs/ChangeRequestDialog.h"
#include "dialogs/DatabasePropertiesDialog.h"
#include "dialogs/DecisionDialog.h"
#include "dialogs/PassphraseDialog.h"
#include "dialogs/RingSettingsDialog.h"
#include "dialogs/SettingsDialog.h"
#include "dialogs/SlaPolicyDialog.h"
#include "dialogs/TeamDatabaseDialog.h"
#include "intel/FeedsDialog.h"
#include "intel/IntelImportDialog.h"
#include "IntelFixture.h"
#include "itemmodels/StatusTone.h"
#include "MainWindow.h"
#include "panes/AssetsPane.h"
#include "panes/AuditPane.h"
#include "panes/ComplianceRuleDialog.h"
#include "panes/DeployDialog.h"
#include "panes/PatchesPane.h"
#include "setup/FirstStart.h"
#include "storage/AssetRepository.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QSettings>
#include <QStackedWidget>
#include <QStyle>
#include <QStyleFactory>
#include <QTableView>
#include <QTest>
#include <QTextEdit>

using namespace Qt::StringLiterals;

// Desktop conventions: status colours readable in a light and a dark palette, dialogs usable from the
// keyboard alone (focus starts in the first field, Tab reaches every control in reading order), and every
// control named for a screen reader.
namespace {

QString describe(const QWidget *widget)
{
    QString path = QString::fromLatin1(widget->metaObject()->className());
    if (!widget->objectName().isEmpty())
        path += u'#' + widget->objectName();
    for (const QWidget *parent = widget->parentWidget(); parent; parent = parent->parentWidget()) {
        if (!parent->objectName().isEmpty() && !parent->objectName().startsWith(u"qt_"_s)) {
            path += u" in "_s + parent->objectName();
            break;
        }
    }
    return path;
}

// A control a keyboard or screen-reader user acts on (the parts Qt builds inside a combo box, a spin box,
// a header or a tab bar are named by the control they belong to).
bool isControl(const QWidget *widget)
{
    const QWidget *parent = widget->parentWidget();
    if (qobject_cast<const QHeaderView *>(widget) || !parent || widget->objectName().startsWith(u"qt_"_s) ||
        qobject_cast<const QComboBox *>(parent) || qobject_cast<const QAbstractSpinBox *>(parent) ||
        parent->inherits("QTabBar") || parent->inherits("QCalendarWidget"))
        return false;
    return qobject_cast<const QAbstractButton *>(widget) || qobject_cast<const QLineEdit *>(widget) ||
           qobject_cast<const QComboBox *>(widget) || qobject_cast<const QAbstractItemView *>(widget) ||
           qobject_cast<const QAbstractSpinBox *>(widget) || qobject_cast<const QPlainTextEdit *>(widget) ||
           qobject_cast<const QTextEdit *>(widget) || widget->inherits("QChartView");
}

// The shown controls under `root` whose accessible name is empty.
QStringList unnamedControls(QWidget *root)
{
    QStringList unnamed;
    const auto widgets = root->findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        if (!widget->isVisible() || !isControl(widget))
            continue;
        QAccessibleInterface *face = QAccessible::queryAccessibleInterface(widget);
        if (!face || face->text(QAccessible::Name).trimmed().isEmpty())
            unnamed << describe(widget);
    }
    return unnamed;
}

// The widgets Tab visits from the one with focus, until it comes back to it.
QList<QWidget *> tabWalk(QWidget *window)
{
    QList<QWidget *> visited;
    QWidget *first = QApplication::focusWidget();
    if (!first)
        return visited;
    visited << first;
    for (int i = 0; i < 100; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QWidget *now = QApplication::focusWidget();
        if (!now || now == first || !window->isAncestorOf(now))
            break;
        if (visited.contains(now)) { // a loop that never comes back to the first field
            visited << now;
            break;
        }
        visited << now;
    }
    return visited;
}

// The shown, enabled widgets under `root` that take focus by Tab and that the walk did not reach (a radio
// button of an exclusive group is reached by its arrow keys once one of the group is).
QStringList unreached(QWidget *root, const QList<QWidget *> &visited)
{
    QStringList missing;
    const auto widgets = root->findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        if (!widget->isVisible() || !widget->isEnabled() || widget->focusProxy() ||
            !(widget->focusPolicy() & Qt::TabFocus) || visited.contains(widget))
            continue;
        if (auto *radio = qobject_cast<QRadioButton *>(widget);
            radio && std::any_of(visited.begin(), visited.end(), [radio](QWidget *w) {
                return qobject_cast<QRadioButton *>(w) && w->parentWidget() == radio->parentWidget();
            }))
            continue;
        missing << describe(widget);
    }
    return missing;
}

QStringList names(const QList<QWidget *> &widgets)
{
    QStringList out;
    for (const QWidget *w : widgets)
        out << describe(w);
    return out;
}

// `expected` appear in this order among the widgets Tab visited.
void verifyOrder(const QList<QWidget *> &visited, const QStringList &expected)
{
    qsizetype last = -1;
    for (const QString &name : expected) {
        const auto at = std::find_if(visited.begin(), visited.end(),
                                     [&name](const QWidget *w) { return w->objectName() == name; });
        QVERIFY2(at != visited.end(), qPrintable(name + u" not reached: "_s + names(visited).join(u", "_s)));
        const qsizetype index = at - visited.begin();
        QVERIFY2(index > last, qPrintable(name + u" out of order: "_s + names(visited).join(u", "_s)));
        last = index;
    }
}

void showAndActivate(QWidget *widget)
{
    widget->show();
    QVERIFY(QTest::qWaitForWindowExposed(widget));
    widget->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(widget));
}

} // namespace

class TestDesktopGui : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void statusTonesAreReadableOnLightAndDarkPalettes();
    void modelColoursFollowTheDarkPalette();
    void dialogsStartInTheirFirstFieldAndTabReachesEveryControl();
    void everyOtherDialogIsUsableFromTheKeyboard();
    void everyControlHasAnAccessibleName();
    void everyPaneHasAShortcutAndTheWindowAnIcon();
    void tabLeavesEveryTable();

private:
    void waitForRows(MainWindow &window);
    void checkDialog(QDialog *dialog, const QString &firstField, const QStringList &order);
    void checkWalk(QWidget *dialog, const QString &what);

    std::unique_ptr<TestDatabase> m_db;
    QPalette m_light;
};

void TestDesktopGui::initTestCase()
{
    QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
    m_light = QApplication::style()->standardPalette();
}

void TestDesktopGui::init()
{
    QSettings().clear();
    QApplication::setPalette(m_light);
    m_db = std::make_unique<TestDatabase>();
    QVERIFY(FirstStart::ensureThisMachine(**m_db).ok());
}

void TestDesktopGui::cleanup()
{
    QApplication::setPalette(m_light);
    m_db.reset();
}

void TestDesktopGui::waitForRows(MainWindow &window)
{
    QTRY_VERIFY(!window.findChild<AssetsPane *>()->isLoading());
    QTRY_VERIFY(!window.findChild<PatchesPane *>()->isLoading());
    QTRY_VERIFY(!window.findChild<AuditPane *>()->isLoading());
}

void TestDesktopGui::statusTonesAreReadableOnLightAndDarkPalettes()
{
    const QPalette dark = darkPalette();
    QVERIFY(!StatusTone::isDark(m_light));
    QVERIFY(StatusTone::isDark(dark));
    for (const QPalette &palette : {m_light, dark}) {
        for (StatusTone::Tone tone : {StatusTone::Danger, StatusTone::Warning, StatusTone::Good,
                                      StatusTone::Info, StatusTone::Muted, StatusTone::Kev}) {
            const QColor colour = StatusTone::colour(tone, palette);
            for (QPalette::ColorRole role : {QPalette::Base, QPalette::Window}) {
                const double ratio = StatusTone::contrast(colour, palette.color(role));
                QVERIFY2(ratio >= 3.0, qPrintable(u"tone %1 %2 on %3: contrast %4"_s.arg(tone)
                                                      .arg(colour.name(), palette.color(role).name())
                                                      .arg(ratio)));
            }
            // A banner's text on its tinted background.
            QVERIFY(StatusTone::contrast(palette.color(QPalette::Text),
                                         StatusTone::background(tone, palette)) >= 4.5);
        }
    }
    // The colour follows the application palette of the moment.
    QApplication::setPalette(dark);
    QCOMPARE(StatusTone::colour(StatusTone::Danger), StatusTone::colour(StatusTone::Danger, dark));
    QApplication::setPalette(m_light);
    QCOMPARE(StatusTone::colour(StatusTone::Danger), StatusTone::colour(StatusTone::Danger, m_light));
    QVERIFY(StatusTone::colour(StatusTone::Danger, dark) != StatusTone::colour(StatusTone::Danger, m_light));
}

// Every colour a pane's table returns (text and status squares) stands out from the table's background, in
// the light palette and in a dark one set while the window is open.
void TestDesktopGui::modelColoursFollowTheDarkPalette()
{
    const qint64 machine =
        AssetRepository((*m_db)->connection(), (*m_db)->actor()).list().value().constFirst().id;
    QVERIFY(IntelFixture::seedPatches(**m_db, machine).ok());
    QVERIFY(IntelFixture::importKevAndEpss(**m_db).ok());
    MainWindow window(**m_db);
    window.resize(1200, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.reloadAll();
    const int panes = window.findChild<QListWidget *>(u"navigation"_s)->count();
    for (int pane = 0; pane < panes; ++pane) { // a pane reads its rows when first shown
        window.showPane(pane);
        waitForRows(window);
    }
    for (const QPalette &palette : {m_light, darkPalette()}) {
        QApplication::setPalette(palette);
        int coloured = 0;
        const auto tables = window.findChildren<QTableView *>();
        for (QTableView *table : tables) {
            QAbstractItemModel *model = table->model();
            QTRY_COMPARE(table->palette().color(QPalette::Base), palette.color(QPalette::Base));
            const QColor base = table->palette().color(QPalette::Base);
            for (int row = 0; row < model->rowCount(); ++row) {
                for (int column = 0; column < model->columnCount(); ++column) {
                    const QModelIndex index = model->index(row, column);
                    for (int role : {int(Qt::ForegroundRole), int(Qt::DecorationRole)}) {
                        const QVariant value = index.data(role);
                        QColor colour;
                        if (value.typeId() == QMetaType::QColor)
                            colour = value.value<QColor>();
                        else if (value.typeId() == QMetaType::QBrush)
                            colour = value.value<QBrush>().color();
                        else
                            continue;
                        ++coloured;
                        const double ratio = StatusTone::contrast(colour, base);
                        QVERIFY2(ratio >= 3.0, qPrintable(u"%1 row %2 column %3: %4 on %5, contrast %6"_s
                                                              .arg(table->objectName())
                                                              .arg(row)
                                                              .arg(column)
                                                              .arg(colour.name(), base.name())
                                                              .arg(ratio)));
                    }
                }
            }
        }
        QVERIFY2(coloured >= 3, "the seeded patches give coloured cells");
    }
}

void TestDesktopGui::checkDialog(QDialog *dialog, const QString &firstField, const QStringList &order)
{
    showAndActivate(dialog);
    QTRY_VERIFY(QApplication::focusWidget());
    QCOMPARE(QApplication::focusWidget()->objectName(), firstField);
    const QList<QWidget *> visited = tabWalk(dialog);
    QVERIFY2(QApplication::focusWidget() == visited.constFirst(), // Tab comes back round: no trap
             qPrintable(u"Tab went: "_s + names(visited).join(u", "_s) + u", then "_s +
                        describe(QApplication::focusWidget())));
    verifyOrder(visited, order);
    const QStringList missing = unreached(dialog, visited);
    QVERIFY2(missing.isEmpty(), qPrintable(u"not reached by Tab: "_s + missing.join(u", "_s)));
    const QStringList unnamed = unnamedControls(dialog);
    QVERIFY2(unnamed.isEmpty(), qPrintable(u"no accessible name: "_s + unnamed.join(u", "_s)));
}

void TestDesktopGui::dialogsStartInTheirFirstFieldAndTabReachesEveryControl()
{
    {
        AssetDialog dialog(Asset(), [](const Asset &) { return Status(); });
        checkDialog(&dialog, u"assetName"_s,
                    {u"assetName"_s, u"assetTransport"_s, u"assetAddress"_s, u"assetPort"_s, u"assetUser"_s,
                     u"assetIdentity"_s, u"chooseIdentity"_s, u"assetCriticality"_s, u"assetExposure"_s,
                     u"assetRing"_s, u"assetTags"_s, u"assetDialogOk"_s});
    }
    {
        AssetDialog dialog(Asset(), [](const Asset &) { return Status(); });
        dialog.findChild<QComboBox *>(u"assetTransport"_s)->setCurrentIndex(1); // WinRM: its own rows
        checkDialog(&dialog, u"assetName"_s,
                    {u"assetName"_s, u"assetTransport"_s, u"assetAddress"_s, u"assetPort"_s, u"assetUser"_s,
                     u"assetWinRmAuth"_s, u"assetAllowHttp"_s, u"assetCaFile"_s, u"chooseCaFile"_s,
                     u"assetClientCert"_s, u"assetClientKey"_s, u"assetCriticality"_s, u"assetDialogOk"_s});
    }
    {
        ChangeRequestDialog dialog(**m_db, QList<AssetPatch>());
        checkDialog(&dialog, u"changeTitle"_s,
                    {u"changeTitle"_s, u"changeRisk"_s, u"changeEmergency"_s, u"changeJustification"_s,
                     u"changeRollbackPlan"_s, u"changeSaveDraft"_s});
    }
    {
        DeployDialog dialog(**m_db, {{1, u"Patch the web servers"_s}}, 1,
                            [](const RunPlanner::Request &) { return Status(); });
        checkDialog(&dialog, u"deployChange"_s,
                    {u"deployChange"_s, u"deployRings"_s, u"deployMoveUp"_s, u"deployMoveDown"_s,
                     u"deployNow"_s, u"deployOk"_s});
    }
    SlaPolicyDialog sla(**m_db);
    const KeyStore keyStore;
    TeamDatabaseDialog team(QString(), keyStore); // a ResetRole button beside OK and Cancel
    for (QDialog *dialog : {static_cast<QDialog *>(&sla), static_cast<QDialog *>(&team)}) {
        showAndActivate(dialog);
        const QList<QWidget *> visited = tabWalk(dialog);
        QVERIFY2(QApplication::focusWidget() == visited.constFirst(),
                 qPrintable(dialog->objectName() + u": Tab went: "_s + names(visited).join(u", "_s)));
        const QStringList missing = unreached(dialog, visited);
        QVERIFY2(missing.isEmpty(), qPrintable(u"not reached by Tab: "_s + missing.join(u", "_s)));
        const QStringList unnamed = unnamedControls(dialog);
        QVERIFY2(unnamed.isEmpty(), qPrintable(u"no accessible name: "_s + unnamed.join(u", "_s)));
        dialog->hide();
    }
}

// Tab from the focused control goes round `dialog` and back, reaching every control, each with a name.
void TestDesktopGui::checkWalk(QWidget *dialog, const QString &what)
{
    const QList<QWidget *> visited = tabWalk(dialog);
    QVERIFY2(!visited.isEmpty(), qPrintable(what + u": nothing has the focus"_s));
    QVERIFY2(QApplication::focusWidget() == visited.constFirst(),
             qPrintable(what + u": Tab went: "_s + names(visited).join(u", "_s) + u", then "_s +
                        describe(QApplication::focusWidget())));
    const QStringList missing = unreached(dialog, visited);
    QVERIFY2(missing.isEmpty(), qPrintable(what + u": not reached by Tab: "_s + missing.join(u", "_s)));
    const QStringList unnamed = unnamedControls(dialog);
    QVERIFY2(unnamed.isEmpty(), qPrintable(what + u": no accessible name: "_s + unnamed.join(u", "_s)));
}

// The dialogs the test above does not name: rings, feeds, intel import, database properties, passphrase,
// compliance rule, a reviewer's decision and every page of Settings.
void TestDesktopGui::everyOtherDialogIsUsableFromTheKeyboard()
{
    ChangeNotifier changes;
    RingSettingsDialog rings(**m_db);
    FeedsDialog feeds(**m_db, changes);
    IntelImportDialog import;
    DatabasePropertiesDialog properties(**m_db, KeyStore().service());
    PassphraseDialog passphrase(PassphraseDialog::Mode::New, u"/tmp/fleet.db"_s, u"A new database"_s);
    ComplianceRuleDialog rule{ComplianceRule()};
    DecisionDialog decision(
        {u"Approve CR-1"_s, u"<p>Approve the change request.</p>"_s, u"Approve"_s, u"Why"_s, true},
        [](const QString &) { return Status(); });
    const QList<std::pair<QDialog *, QString>> dialogs{
        {&rings, u"rings"_s},           {&feeds, u"feeds"_s},           {&import, u"intel import"_s},
        {&properties, u"properties"_s}, {&passphrase, u"passphrase"_s}, {&rule, u"compliance rule"_s},
        {&decision, u"decision"_s}};
    for (const auto &[dialog, what] : dialogs) {
        showAndActivate(dialog);
        QTRY_VERIFY2(QApplication::focusWidget(), qPrintable(what + u": nothing has the focus"_s));
        checkWalk(dialog, what);
        if (QTest::currentTestFailed())
            return;
        dialog->hide();
    }
    for (const SettingsDialog::Page page :
         {SettingsDialog::Page::Scanning, SettingsDialog::Page::PatchPolicy, SettingsDialog::Page::Rings,
          SettingsDialog::Page::Intel, SettingsDialog::Page::Language}) {
        SettingsDialog settings(**m_db); // as Settings ▸ Preferences… opens it on a page
        settings.showPage(page);
        showAndActivate(&settings);
        QTRY_VERIFY2(QApplication::focusWidget(), qPrintable(u"settings page %1"_s.arg(int(page))));
        checkWalk(&settings, u"settings page %1"_s.arg(int(page)));
        if (QTest::currentTestFailed())
            return;
    }
}

// Walks every pane of the main window: each shown control says what it is to a screen reader.
void TestDesktopGui::everyControlHasAnAccessibleName()
{
    MainWindow window(**m_db);
    window.resize(1200, 800);
    showAndActivate(&window);
    window.reloadAll();
    waitForRows(window);
    const int panes = window.findChild<QListWidget *>(u"navigation"_s)->count();
    QVERIFY(panes >= 7);
    for (int pane = 0; pane < panes; ++pane) {
        window.showPane(pane);
        QApplication::processEvents();
        const QStringList unnamed = unnamedControls(&window);
        QVERIFY2(unnamed.isEmpty(),
                 qPrintable(u"pane %1, no accessible name: "_s.arg(pane) + unnamed.join(u", "_s)));
    }
}

void TestDesktopGui::everyPaneHasAShortcutAndTheWindowAnIcon()
{
    MainWindow window(**m_db);
    showAndActivate(&window);
    QVERIFY(!window.windowIcon().isNull());
    // The icons are SVG: drawn as sharp at 200 % (a 64 px PNG would give 64 px).
    QCOMPARE(window.windowIcon().pixmap(QSize(256, 256)).size(), QSize(256, 256));
    auto *navigation = window.findChild<QListWidget *>(u"navigation"_s);
    for (int row = 0; row < navigation->count(); ++row)
        QCOMPARE(navigation->item(row)->icon().pixmap(QSize(88, 88)).size(), QSize(88, 88));
    for (int pane = 0; pane < navigation->count(); ++pane) {
        QTest::keyClick(&window, Qt::Key(Qt::Key_1 + pane), Qt::ControlModifier);
        QTRY_COMPARE(navigation->currentRow(), pane);
    }
}

// Tab in a table goes on to the next control instead of from cell to cell (400,000 rows are no place to be
// trapped in); the arrow keys move between cells.
void TestDesktopGui::tabLeavesEveryTable()
{
    const qint64 machine =
        AssetRepository((*m_db)->connection(), (*m_db)->actor()).list().value().constFirst().id;
    QVERIFY(IntelFixture::seedPatches(**m_db, machine).ok());
    MainWindow window(**m_db);
    window.resize(1200, 800);
    showAndActivate(&window);
    window.reloadAll();
    waitForRows(window);
    const int panes = window.findChild<QListWidget *>(u"navigation"_s)->count();
    int tables = 0;
    for (int pane = 0; pane < panes; ++pane) {
        window.showPane(pane);
        waitForRows(window);
        QApplication::processEvents();
        const auto views = window.findChildren<QTableView *>();
        for (QTableView *table : views) {
            if (!table->isVisible() || table->model()->rowCount() == 0)
                continue;
            ++tables;
            table->setFocus();
            table->setCurrentIndex(table->model()->index(0, 0));
            QTRY_COMPARE(QApplication::focusWidget(), table);
            QTest::keyClick(table, Qt::Key_Tab);
            QVERIFY2(QApplication::focusWidget() != table,
                     qPrintable(u"Tab stays in "_s + describe(table) + u" (pane %1)"_s.arg(pane)));
        }
    }
    QVERIFY2(tables >= 3, "the Assets, Patches and Audit tables have rows");
}

QTEST_MAIN(TestDesktopGui)
#include "tst_desktopgui.moc"
