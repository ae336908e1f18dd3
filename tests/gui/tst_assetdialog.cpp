#include "../support/TestDatabase.h"

#include "dialogs/AssetDialog.h"
#include "itemmodels/AssetTableModel.h"
#include "MainWindow.h"
#include "panes/AssetsPane.h"
#include "panes/AuditPane.h"
#include "panes/PatchesPane.h"
#include "setup/FirstStart.h"
#include "storage/AssetRepository.h"
#include "storage/AuditLog.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// The asset dialog on its own (inline validation), and add / edit / remove / import through the real
// MainWindow's Assets pane, offscreen, over a fresh database.
namespace {

// The Assets, Patches and Audit panes read their rows off the GUI thread: until those of the panes shown are
// in.
void waitForRows(MainWindow &window)
{
    QTRY_VERIFY(!window.findChild<AssetsPane *>()->isLoading());
    QTRY_VERIFY(!window.findChild<PatchesPane *>()->isLoading());
    QTRY_VERIFY(!window.findChild<AuditPane *>()->isLoading());
}

} // namespace

class TestAssetDialog : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void problemsShowInlineAndNothingIsSavedUntilFixed();
    void saveFailureKeepsTheDialogOpenWithTheReason();
    void winRmAssetsShowTheirOwnRowsAndRules();
    void addThenEditRoundTripThroughTheAssetsPane();
    void removeAsksFirst();
    void importShowsLineNumbersAndImportsNothingOnError();

private:
    template<typename T>
    static T *child(QWidget *parent, const char *name)
    {
        return parent->findChild<T *>(QString::fromLatin1(name));
    }
    static void fill(AssetDialog *dialog, const char *name, const QString &text)
    {
        auto *edit = child<QLineEdit>(dialog, name);
        QVERIFY2(edit, name);
        edit->selectAll();
        QTest::keyClicks(edit, text);
    }
    AssetDialog *openDialog(MainWindow &window, const char *action);
    QTableView *assetsTable(MainWindow &window) { return child<QTableView>(&window, "assetsTable"); }
    int rowOf(MainWindow &window, const QString &name);
    QString write(const QString &name, const QByteArray &content);

    std::unique_ptr<TestDatabase> m_db;
    QTemporaryDir m_dir;
};

void TestAssetDialog::init()
{
    QSettings().clear();
    m_db = std::make_unique<TestDatabase>();
    QVERIFY(FirstStart::ensureThisMachine(**m_db).ok());
}

void TestAssetDialog::cleanup()
{
    m_db.reset();
}

AssetDialog *TestAssetDialog::openDialog(MainWindow &window, const char *action)
{
    auto *trigger = child<QAction>(&window, action);
    if (!trigger || !trigger->isEnabled())
        return nullptr;
    trigger->trigger();
    return window.findChild<AssetDialog *>();
}

int TestAssetDialog::rowOf(MainWindow &window, const QString &name)
{
    QAbstractItemModel *model = assetsTable(window)->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data().toString() == name)
            return row;
    }
    return -1;
}

QString TestAssetDialog::write(const QString &name, const QByteArray &content)
{
    QFile file(m_dir.filePath(name));
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        qFatal("cannot write %s", qPrintable(file.fileName()));
    return file.fileName();
}

void TestAssetDialog::problemsShowInlineAndNothingIsSavedUntilFixed()
{
    QList<Asset> saved;
    Asset fresh;
    fresh.transport = Transport::Ssh;
    AssetDialog dialog(fresh, [&saved](const Asset &asset) {
        saved.append(asset);
        return Status();
    });
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(dialog.problem(u"name"_s).isEmpty()); // an empty form is not yet wrong
    QVERIFY(!child<QLabel>(&dialog, "assetProblem_name")->isVisible());

    fill(&dialog, "assetName", u"web 1"_s);
    QVERIFY(dialog.problem(u"name"_s).contains(u"not a valid asset name"_s));
    QVERIFY(child<QLabel>(&dialog, "assetProblem_name")->isVisible());
    fill(&dialog, "assetAddress", u"-oProxyCommand=sh"_s);
    QVERIFY(dialog.problem(u"address"_s).contains(u"neither a host name nor an IP address"_s));
    fill(&dialog, "assetIdentity", m_dir.filePath(u"missing_key"_s));
    QVERIFY(dialog.problem(u"identity"_s).contains(u"does not exist"_s));
    QTest::mouseClick(child<QPushButton>(&dialog, "assetDialogOk"), Qt::LeftButton);
    QVERIFY(dialog.isVisible());
    QVERIFY(saved.isEmpty());

    child<QLineEdit>(&dialog, "assetName")->clear();
    QTest::mouseClick(child<QPushButton>(&dialog, "assetDialogOk"), Qt::LeftButton);
    QVERIFY(dialog.problem(u"name"_s).contains(u"needs a name"_s)); // after OK, empty is wrong

    const QString key = write(u"id_ed25519"_s, "not really a key\n");
    fill(&dialog, "assetName", u"web1"_s);
    fill(&dialog, "assetAddress", u"192.0.2.10"_s);
    fill(&dialog, "assetIdentity", key);
    fill(&dialog, "assetUser", u"patch"_s);
    fill(&dialog, "assetRing", u"pilot"_s);
    fill(&dialog, "assetTags", u"web, dmz"_s);
    child<QSpinBox>(&dialog, "assetPort")->setValue(2222);
    auto *criticality = child<QComboBox>(&dialog, "assetCriticality");
    criticality->setCurrentIndex(criticality->findText(u"critical"_s));
    auto *exposure = child<QComboBox>(&dialog, "assetExposure");
    exposure->setCurrentIndex(exposure->findText(u"internet"_s));
    for (const char *field : {"name", "address", "identity", "user", "ring", "tag"})
        QVERIFY2(dialog.problem(QString::fromLatin1(field)).isEmpty(), field);
    QTest::mouseClick(child<QPushButton>(&dialog, "assetDialogOk"), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(saved.size(), 1);
    const Asset &asset = saved.constFirst();
    QCOMPARE(asset.name, u"web1"_s);
    QCOMPARE(asset.transport, Transport::Ssh);
    QCOMPARE(asset.address, u"192.0.2.10"_s);
    QCOMPARE(asset.port, 2222);
    QCOMPARE(asset.user, u"patch"_s);
    QCOMPARE(asset.identityFile, key);
    QCOMPARE(asset.criticality, Criticality::Critical);
    QCOMPARE(asset.exposure, Exposure::Internet);
    QCOMPARE(asset.ring, u"pilot"_s);
    QCOMPARE(asset.tags, (QStringList{u"web"_s, u"dmz"_s}));
}

void TestAssetDialog::saveFailureKeepsTheDialogOpenWithTheReason()
{
    Asset fresh;
    AssetDialog dialog(
        fresh, [](const Asset &) { return Status(Error{u"An asset named \"x\" already exists."_s}); });
    dialog.show();
    fill(&dialog, "assetName", u"x"_s);
    fill(&dialog, "assetAddress", u"x.example.org"_s);
    QTest::mouseClick(child<QPushButton>(&dialog, "assetDialogOk"), Qt::LeftButton);
    QVERIFY(dialog.isVisible());
    auto *problem = child<QLabel>(&dialog, "assetProblem_save");
    QVERIFY(problem->isVisible());
    QVERIFY(problem->text().contains(u"already exists"_s));
}

// A WinRM asset: the identity row gives way to authentication, HTTP, CA file and client certificate; Basic
// over plain HTTP is refused inline with the HTTP warning shown; what is saved carries the WinRM settings.
void TestAssetDialog::winRmAssetsShowTheirOwnRowsAndRules()
{
    Asset saved;
    AssetDialog dialog(Asset{}, [&saved](const Asset &asset) {
        saved = asset;
        return Status();
    });
    dialog.show();
    auto *transport = child<QComboBox>(&dialog, "assetTransport");
    auto *auth = child<QComboBox>(&dialog, "assetWinRmAuth");
    auto *http = child<QCheckBox>(&dialog, "assetAllowHttp");
    QVERIFY(transport && auth && http);
    QVERIFY(child<QLineEdit>(&dialog, "assetIdentity")->isVisible());
    QVERIFY(!auth->isVisible());

    transport->setCurrentIndex(transport->findData(int(Transport::WinRm)));
    QVERIFY(auth->isVisible());
    QVERIFY(child<QLineEdit>(&dialog, "assetCaFile")->isVisible());
    QVERIFY(!child<QLineEdit>(&dialog, "assetIdentity")->isVisible());
    QVERIFY(!child<QLabel>(&dialog, "assetHttpWarning")->isVisible());
    fill(&dialog, "assetName", u"win1"_s);
    fill(&dialog, "assetAddress", u"win1.corp.example.com"_s);
    fill(&dialog, "assetUser", u"CORP\\patchadmin"_s);

    auth->setCurrentIndex(auth->findData(int(WinRmAuth::Basic)));
    http->setChecked(true);
    QVERIFY(child<QLabel>(&dialog, "assetHttpWarning")->isVisible());
    QVERIFY2(dialog.problem(u"auth"_s).contains(u"never used over plain HTTP"_s),
             qPrintable(dialog.problem(u"auth"_s)));
    QTest::mouseClick(child<QPushButton>(&dialog, "assetDialogOk"), Qt::LeftButton);
    QVERIFY(dialog.isVisible());
    QVERIFY(saved.name.isEmpty());

    fill(&dialog, "assetCaFile", m_dir.filePath(u"missing-ca.pem"_s));
    http->setChecked(false);
    QVERIFY(dialog.problem(u"auth"_s).isEmpty());
    QVERIFY(dialog.problem(u"ca-file"_s).contains(u"does not exist"_s));
    const QString ca = write(u"corp-ca.pem"_s, "-----BEGIN CERTIFICATE-----\n");
    fill(&dialog, "assetCaFile", ca);
    QVERIFY(dialog.problem(u"ca-file"_s).isEmpty());
    QTest::mouseClick(child<QPushButton>(&dialog, "assetDialogOk"), Qt::LeftButton);
    QCOMPARE(saved.name, u"win1"_s);
    QCOMPARE(saved.transport, Transport::WinRm);
    QCOMPARE(saved.user, u"CORP\\patchadmin"_s);
    QCOMPARE(saved.winrm.auth, WinRmAuth::Basic);
    QVERIFY(!saved.winrm.allowHttp);
    QCOMPARE(saved.winrm.caFile, ca);
}

void TestAssetDialog::addThenEditRoundTripThroughTheAssetsPane()
{
    MainWindow window(**m_db);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_COMPARE(assetsTable(window)->model()->rowCount(), 1);
    // The Audit pane shown once (it reads its rows when first shown, then follows).
    window.showPane(6);
    waitForRows(window);

    // Ctrl+N opens the dialog from any pane.
    window.showPane(1);
    waitForRows(window);
    QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier);
    AssetDialog *dialog = window.findChild<AssetDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    fill(dialog, "assetName", u"db7"_s);
    fill(dialog, "assetAddress", u"db7.example.org"_s);
    fill(dialog, "assetTags", u"db"_s);
    QTest::mouseClick(child<QPushButton>(dialog, "assetDialogOk"), Qt::LeftButton);
    QTRY_COMPARE(assetsTable(window)->model()->rowCount(), 2);
    QVERIFY(rowOf(window, u"db7"_s) >= 0);
    const auto stored = AssetRepository((*m_db)->connection(), (*m_db)->actor()).findByName(u"db7"_s);
    QVERIFY(stored.ok());
    QCOMPARE(stored.value().transport, Transport::Ssh);
    QCOMPARE(stored.value().tags, QStringList{u"db"_s});
    QTRY_VERIFY(!window.findChild<AssetDialog *>()); // closed and deleted

    // Enter on the row edits it; the dialog shows what is stored.
    window.showPane(0);
    waitForRows(window);
    QTableView *table = assetsTable(window);
    table->setFocus();
    table->selectRow(rowOf(window, u"db7"_s));
    QTest::keyClick(table, Qt::Key_Return);
    dialog = window.findChild<AssetDialog *>();
    QVERIFY(dialog);
    QCOMPARE(child<QLineEdit>(dialog, "assetAddress")->text(), u"db7.example.org"_s);
    QCOMPARE(child<QLineEdit>(dialog, "assetTags")->text(), u"db"_s);
    child<QSpinBox>(dialog, "assetPort")->setValue(2200);
    fill(dialog, "assetRing", u"broad"_s);
    fill(dialog, "assetTags", u"db, eu"_s);
    QTest::mouseClick(child<QPushButton>(dialog, "assetDialogOk"), Qt::LeftButton);
    QTRY_VERIFY(!window.findChild<AssetDialog *>());

    const Asset edited =
        AssetRepository((*m_db)->connection(), (*m_db)->actor()).findByName(u"db7"_s).value();
    QCOMPARE(edited.id, stored.value().id);
    QCOMPARE(edited.port, 2200);
    QCOMPARE(edited.ring, u"broad"_s);
    QCOMPARE(edited.tags, (QStringList{u"db"_s, u"eu"_s}));
    QCOMPARE(table->model()->index(rowOf(window, u"db7"_s), AssetTableModel::Address).data().toString(),
             u"db7.example.org:2200"_s);
    const auto events = AuditLog((*m_db)->connection()).list().value();
    QCOMPARE(events.constFirst().action, u"asset.updated"_s);
    QVERIFY(events.constFirst().details.contains(u"port: 0 → 2200"_s));
    QTRY_COMPARE(child<QTableView>(&window, "auditTable")->model()->rowCount(),
                 events.size()); // panes follow

    // Editing again shows the stored values.
    table->selectRow(rowOf(window, u"db7"_s));
    dialog = openDialog(window, "actionEditAsset");
    QVERIFY(dialog);
    QCOMPARE(child<QSpinBox>(dialog, "assetPort")->value(), 2200);
    QCOMPARE(child<QLineEdit>(dialog, "assetRing")->text(), u"broad"_s);
    dialog->reject();
}

void TestAssetDialog::removeAsksFirst()
{
    Asset web;
    web.name = u"web9"_s;
    web.transport = Transport::Ssh;
    web.address = u"web9.example.org"_s;
    QVERIFY(AssetRepository((*m_db)->connection(), (*m_db)->actor()).add(web).ok());
    MainWindow window(**m_db);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTableView *table = assetsTable(window);
    QTRY_VERIFY(rowOf(window, u"web9"_s) >= 0); // the Assets rows are read on a worker
    table->selectRow(rowOf(window, u"web9"_s));

    auto *remove = child<QAction>(&window, "actionRemoveAsset");
    QVERIFY(remove->isEnabled());
    remove->trigger();
    auto *box = window.findChild<QMessageBox *>(u"removeAssetConfirmation"_s);
    QVERIFY(box);
    QVERIFY(box->text().contains(u"web9"_s));
    QTest::mouseClick(box->button(QMessageBox::Cancel), Qt::LeftButton);
    QTRY_VERIFY(!window.findChild<QMessageBox *>(u"removeAssetConfirmation"_s));
    QTRY_COMPARE(table->model()->rowCount(), 2);

    table->selectRow(rowOf(window, u"web9"_s));
    remove->trigger();
    box = window.findChild<QMessageBox *>(u"removeAssetConfirmation"_s);
    QVERIFY(box);
    QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton);
    QTRY_COMPARE(table->model()->rowCount(), 1);
    QVERIFY(!AssetRepository((*m_db)->connection(), (*m_db)->actor()).findByName(u"web9"_s).ok());
    QCOMPARE(AuditLog((*m_db)->connection()).list().value().constFirst().action, u"asset.removed"_s);
}

void TestAssetDialog::importShowsLineNumbersAndImportsNothingOnError()
{
    MainWindow window(**m_db);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const auto importThroughTheFileDialog = [&window](const QString &path) {
        child<QAction>(&window, "actionImportAssets")->trigger();
        auto *files = window.findChild<QFileDialog *>(u"importAssetsDialog"_s);
        QVERIFY(files);
        files->selectFile(path);
        static_cast<QDialog *>(files)->accept(); // QFileDialog::accept, as the Open button does
    };

    const QString bad = write(u"bad.csv"_s, "name,address,port\nweb1,web1.lan,22\nweb2,web2.lan,99999\n"
                                            "web 3,web3.lan,22\n");
    importThroughTheFileDialog(bad);
    auto *result = window.findChild<QMessageBox *>(u"importAssetsResult"_s);
    QVERIFY(result);
    QVERIFY2(result->text().contains(u"Nothing was imported"_s), qPrintable(result->text()));
    QVERIFY(result->text().contains(u"line 3: port"_s));
    QVERIFY2(result->text().contains(u"line 4: (invalid name): name"_s), qPrintable(result->text()));
    QVERIFY(!result->findChild<QPushButton *>(u"importUpdateExisting"_s));
    result->close();
    QTRY_VERIFY(!window.findChild<QMessageBox *>(u"importAssetsResult"_s)); // deleted on close
    QTRY_COMPARE(assetsTable(window)->model()->rowCount(), 1);

    const QString good = write(u"fleet.ini"_s, "[web]\nweb[1:2].lan ansible_user=patch\n");
    importThroughTheFileDialog(good);
    auto *done = window.findChild<QMessageBox *>(u"assetActionMessage"_s);
    QVERIFY(done);
    QVERIFY2(done->text().contains(u"2 added"_s), qPrintable(done->text()));
    done->close();
    QTRY_VERIFY(!window.findChild<QMessageBox *>(u"assetActionMessage"_s));
    QTRY_COMPARE(assetsTable(window)->model()->rowCount(), 3);

    // Again: the names exist; the message offers what `asset import --update` does.
    const QString changed = write(u"fleet2.ini"_s, "[web]\nweb[1:2].lan ansible_user=deploy\n");
    importThroughTheFileDialog(changed);
    QTRY_VERIFY(window.findChild<QMessageBox *>(u"importAssetsResult"_s));
    result = window.findChild<QMessageBox *>(u"importAssetsResult"_s);
    QVERIFY(result->text().contains(u"already exists"_s));
    auto *update = result->findChild<QPushButton *>(u"importUpdateExisting"_s);
    QVERIFY(update);
    QTest::mouseClick(update, Qt::LeftButton);
    QTRY_VERIFY(window.findChild<QMessageBox *>(u"assetActionMessage"_s));
    QVERIFY(window.findChild<QMessageBox *>(u"assetActionMessage"_s)->text().contains(u"2 updated"_s));
    QCOMPARE(AssetRepository((*m_db)->connection(), (*m_db)->actor()).findByName(u"web2.lan"_s).value().user,
             u"deploy"_s);
}

QTEST_MAIN(TestAssetDialog)
#include "tst_assetdialog.moc"
