// File ▸ Export…'s engine: a pane's rows read from the view's proxy (the filter and order on screen), raw
// values under stable keys, rendered as CSV (formulas neutralised) or the versioned JSON envelope, written
// and recorded as report.exported with the file's SHA-256 — or refused, with the file removed.
#include "../support/TestDatabase.h"

#include "itemmodels/ApprovalQueueModel.h"
#include "itemmodels/AssetTableModel.h"
#include "itemmodels/AuditTableModel.h"
#include "itemmodels/ComplianceTableModel.h"
#include "itemmodels/DeploymentTableModel.h"
#include "itemmodels/PatchTableModel.h"
#include "itemmodels/RolloutRunTableModel.h"
#include "itemmodels/TableFilterProxy.h"
#include "reports/AuditExport.h"
#include "reports/ModelRows.h"
#include "reports/PaneExport.h"
#include "storage/AuditLog.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;

class TestPaneExport : public QObject
{
    Q_OBJECT

private slots:
    void readsTheRowsAsFilteredAndSortedWithRawValues();
    void everyPaneModelNamesItsColumns();
    void columnsWithoutAKeyUseTheirHeaderAndText();
    void csvNeutralisesFormulas_data();
    void csvNeutralisesFormulas();
    void jsonIsTheVersionedEnvelope();
    void writtenFileIsRecordedWithItsSha256();
    void unwritableFolderIsAnErrorWithWhatToDo();
    void refusedEventRemovesTheFile();

private:
    static QList<Asset> fleet();
};

namespace {

const QDateTime scannedAt = QDateTime(QDate(2026, 11, 30), QTime(8, 15, 0), QTimeZone::utc());

Asset makeAsset(const QString &name, int pending, bool scanned)
{
    Asset a;
    static qint64 nextId = 0;
    a.id = ++nextId;
    a.name = name;
    a.address = name + u".example.org"_s;
    a.pendingCount = pending;
    a.securityPendingCount = pending / 2;
    a.criticality = Criticality::High;
    a.exposure = Exposure::Internet;
    a.facts.osName = u"Debian GNU/Linux 12 (bookworm)"_s;
    a.facts.rebootRequired = pending > 5;
    if (scanned)
        a.lastScanAt = scannedAt;
    return a;
}

ExportTable tableOf(const QAbstractItemModel &model, const QString &pane)
{
    ExportTable table = ModelRows::read(model);
    table.pane = pane;
    return table;
}

} // namespace

QList<Asset> TestPaneExport::fleet()
{
    return {makeAsset(u"web1"_s, 9, true), makeAsset(u"db1"_s, 30, true), makeAsset(u"web2"_s, 10, true),
            makeAsset(u"web3"_s, 0, false)};
}

void TestPaneExport::readsTheRowsAsFilteredAndSortedWithRawValues()
{
    AssetTableModel model;
    model.setRecords(fleet());
    TableFilterProxy proxy;
    proxy.setSourceModel(&model);
    proxy.setFilterText(u"web"_s);
    proxy.sort(AssetTableModel::Pending, Qt::DescendingOrder);

    const ExportTable table = ModelRows::read(proxy);
    QCOMPARE(table.keys, (QStringList{u"name"_s, u"status"_s, u"address"_s, u"os"_s, u"kernel"_s,
                                      u"criticality"_s, u"exposure"_s, u"pending"_s, u"security_pending"_s,
                                      u"reboot_required"_s, u"last_scan"_s}));
    QCOMPARE(table.titles.at(AssetTableModel::LastScan), u"Last scan"_s);
    // db1 is filtered out; 10 above 9 above the unscanned one (numbers, not text).
    QCOMPARE(table.rows.size(), 3);
    QStringList names;
    for (const QVariantList &row : table.rows)
        names << row.at(AssetTableModel::Name).toString();
    QCOMPARE(names, (QStringList{u"web2"_s, u"web1"_s, u"web3"_s}));

    const QVariantList &web2 = table.rows.at(0);
    QCOMPARE(web2.at(AssetTableModel::Pending).typeId(), int(QMetaType::Int));
    QCOMPARE(web2.at(AssetTableModel::Pending).toInt(), 10);
    QCOMPARE(web2.at(AssetTableModel::Security).toInt(), 5);
    QCOMPARE(web2.at(AssetTableModel::Address).toString(), u"web2.example.org"_s);
    QCOMPARE(web2.at(AssetTableModel::Criticality).toString(), u"high"_s);  // the stored word
    QCOMPARE(web2.at(AssetTableModel::Exposure).toString(), u"internet"_s); // not the translated one
    QCOMPARE(web2.at(AssetTableModel::Reboot).typeId(), int(QMetaType::Bool));
    QCOMPARE(web2.at(AssetTableModel::Reboot).toBool(), true);
    QCOMPARE(web2.at(AssetTableModel::LastScan).toString(), u"2026-11-30T08:15:00.000Z"_s); // ISO 8601 UTC
    // Never scanned: no scan time and no reboot flag (nulls), where the table shows "—" and a date.
    const QVariantList &web3 = table.rows.at(2);
    QVERIFY(web3.at(AssetTableModel::LastScan).isNull());
    QVERIFY(web3.at(AssetTableModel::Reboot).isNull());

    // The other order on screen is the other order in the file.
    proxy.sort(AssetTableModel::Name, Qt::AscendingOrder);
    const ExportTable byName = ModelRows::read(proxy);
    QCOMPARE(byName.rows.at(0).at(AssetTableModel::Name).toString(), u"web1"_s);
    QCOMPARE(byName.rows.at(2).at(AssetTableModel::Name).toString(), u"web3"_s);
}

void TestPaneExport::everyPaneModelNamesItsColumns()
{
    AssetTableModel assets;
    PatchTableModel patches;
    ApprovalQueueModel approvals;
    RolloutRunTableModel runs;
    DeploymentTableModel deployments;
    ComplianceTableModel compliance;
    AuditTableModel audit;
    const QRegularExpression snake(u"^[a-z][a-z0-9_]*$"_s);
    for (const QAbstractItemModel *model : std::initializer_list<const QAbstractItemModel *>{
             &assets, &patches, &approvals, &runs, &deployments, &compliance, &audit}) {
        QStringList keys;
        for (int column = 0; column < model->columnCount(); ++column) {
            const QString key = model->headerData(column, Qt::Horizontal, TableRoles::KeyRole).toString();
            QVERIFY2(snake.match(key).hasMatch(),
                     qPrintable(u"%1 column %2: \"%3\""_s.arg(QLatin1String(model->metaObject()->className()))
                                    .arg(column)
                                    .arg(key)));
            QVERIFY2(!keys.contains(key), qPrintable(key));
            keys << key;
        }
    }
    // The Audit pane's keys are those of `audit list --format json` for the same values.
    for (int column = 0; column < audit.columnCount(); ++column)
        QVERIFY(AuditExport::columns().contains(
            audit.headerData(column, Qt::Horizontal, TableRoles::KeyRole).toString()));
    QCOMPARE(patches.headerData(PatchTableModel::Id, Qt::Horizontal, TableRoles::KeyRole).toString(),
             u"patch_id"_s);
    QCOMPARE(patches.headerData(PatchTableModel::Installed, Qt::Horizontal, TableRoles::KeyRole).toString(),
             u"installed_version"_s);
}

void TestPaneExport::columnsWithoutAKeyUseTheirHeaderAndText()
{
    QStandardItemModel model(2, 2);
    model.setHorizontalHeaderLabels({u"Last scan"_s, u"Host name (FQDN)"_s});
    model.setItem(0, 0, new QStandardItem(u"2026-11-30 09:15"_s));
    model.setItem(0, 1, new QStandardItem(u"web1"_s));
    model.setItem(1, 1, new QStandardItem(u"web2"_s));
    const ExportTable table = ModelRows::read(model);
    QCOMPARE(table.keys, (QStringList{u"last_scan"_s, u"host_name_fqdn"_s}));
    QCOMPARE(table.rows.at(0), (QVariantList{u"2026-11-30 09:15"_s, u"web1"_s}));
    QCOMPARE(table.rows.at(1).at(1).toString(), u"web2"_s);
}

void TestPaneExport::csvNeutralisesFormulas_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("field");
    QTest::newRow("equals") << u"=HYPERLINK(\"http://x\",\"y\")"_s
                            << QByteArray("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"");
    QTest::newRow("plus") << u"+1+cmd"_s << QByteArray("\"'+1+cmd\"");
    QTest::newRow("minus") << u"-2+3"_s << QByteArray("\"'-2+3\"");
    QTest::newRow("at") << u"@SUM(A1)"_s << QByteArray("\"'@SUM(A1)\"");
    QTest::newRow("tab") << u"\t=1"_s << QByteArray("\"'\t=1\""); // kept, behind the quote mark
    // A carriage return is shown as its escape, so the cell starts with a backslash: text, not a formula.
    QTest::newRow("carriage return") << u"\r=1"_s << QByteArray("\\x0D=1");
    QTest::newRow("plain") << u"web1"_s << QByteArray("web1");
}

void TestPaneExport::csvNeutralisesFormulas()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, field);
    AssetTableModel model;
    Asset hostile = makeAsset(u"x"_s, 1, true);
    hostile.name = name;
    model.setRecords({hostile});
    TableFilterProxy proxy;
    proxy.setSourceModel(&model);
    const ExportTable table = tableOf(proxy, u"assets"_s);
    const QByteArray csv = PaneExport::render(table, OutputTable::Format::Csv, {scannedAt, u"ann"_s});
    const QList<QByteArray> lines = csv.split('\n');
    QCOMPARE(lines.size(), 3); // header, the row, the empty rest after the last CRLF
    QVERIFY(lines.at(0).startsWith("name,status,address,os,"));
    QVERIFY2(lines.at(1).startsWith(QByteArray(field + ',')), lines.at(1).constData());
    // JSON keeps the exact value for programs.
    const QJsonObject json =
        QJsonDocument::fromJson(PaneExport::render(table, OutputTable::Format::Json, {scannedAt, u"ann"_s}))
            .object();
    QCOMPARE(json.value(u"rows"_s).toArray().at(0).toObject().value(u"name"_s).toString(), name);
}

void TestPaneExport::jsonIsTheVersionedEnvelope()
{
    AssetTableModel model;
    model.setRecords(fleet());
    TableFilterProxy proxy;
    proxy.setSourceModel(&model);
    proxy.setFilterText(u"web"_s);
    proxy.sort(AssetTableModel::Name, Qt::DescendingOrder);
    ExportTable table = tableOf(proxy, u"assets"_s);
    table.filter = proxy.filterText();
    const QByteArray bytes =
        PaneExport::render(table, OutputTable::Format::Json, {scannedAt.addSecs(3600), u"auditor1"_s});
    QJsonParseError error;
    const QJsonObject envelope = QJsonDocument::fromJson(bytes, &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(envelope.value(u"schema_version"_s).toInt(), PaneExport::SchemaVersion);
    QCOMPARE(PaneExport::SchemaVersion, 1);
    QCOMPARE(envelope.value(u"pane"_s).toString(), u"assets"_s);
    QCOMPARE(envelope.value(u"exported_at"_s).toString(), u"2026-11-30T09:15:00.000Z"_s);
    QCOMPARE(envelope.value(u"exported_by"_s).toString(), u"auditor1"_s);
    QCOMPARE(envelope.value(u"filter"_s).toString(), u"web"_s);
    const QJsonArray columns = envelope.value(u"columns"_s).toArray();
    QCOMPARE(columns.size(), int(AssetTableModel::ColumnCount));
    QCOMPARE(columns.at(AssetTableModel::LastScan).toObject().value(u"key"_s).toString(), u"last_scan"_s);
    QCOMPARE(columns.at(AssetTableModel::LastScan).toObject().value(u"title"_s).toString(), u"Last scan"_s);
    const QJsonArray rows = envelope.value(u"rows"_s).toArray();
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows.at(0).toObject().value(u"name"_s).toString(), u"web3"_s);
    const QJsonObject web2 = rows.at(1).toObject();
    QVERIFY(web2.value(u"pending"_s).isDouble()); // a number, not "10"
    QCOMPARE(web2.value(u"pending"_s).toInt(), 10);
    QVERIFY(web2.value(u"reboot_required"_s).isBool());
    QCOMPARE(web2.value(u"last_scan"_s).toString(), u"2026-11-30T08:15:00.000Z"_s);
    QVERIFY(rows.at(0).toObject().value(u"last_scan"_s).isNull());
    QCOMPARE(rows.at(0).toObject().keys().size(), int(AssetTableModel::ColumnCount));
}

void TestPaneExport::writtenFileIsRecordedWithItsSha256()
{
    TestDatabase db;
    QTemporaryDir dir;
    AssetTableModel model;
    model.setRecords(fleet());
    TableFilterProxy proxy;
    proxy.setSourceModel(&model);
    proxy.setFilterText(u"web"_s);
    ExportTable table = tableOf(proxy, u"assets"_s);
    table.filter = u"web"_s;
    const QString path = dir.filePath(u"assets.json"_s);
    const auto written = PaneExport::toFile(*db, table, OutputTable::Format::Json, path);
    QVERIFY2(written.ok(), qPrintable(written.error().text()));
    QCOMPARE(written.value().rows, qint64(3));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    const QByteArray sha = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
    QCOMPARE(written.value().sha256, sha);
    QCOMPARE(QJsonDocument::fromJson(bytes).object().value(u"exported_by"_s).toString(), u"tester"_s);

    const AuditEvent event = AuditLog(db->connection()).list(1).value().constFirst();
    QCOMPARE(event.action, u"report.exported"_s);
    QCOMPARE(event.actor, u"tester"_s);
    QCOMPARE(event.subject, u"assets.json"_s);
    QCOMPARE(event.details,
             u"pane assets, json, 3 row(s), filter \"web\", sha256 "_s + QString::fromLatin1(sha));
}

void TestPaneExport::unwritableFolderIsAnErrorWithWhatToDo()
{
    TestDatabase db;
    QTemporaryDir dir;
    AssetTableModel model;
    model.setRecords(fleet());
    const qint64 eventsBefore = AuditLog(db->connection()).list(1).value().value(0).id;
    const QString path = dir.filePath(u"no such folder/assets.csv"_s);
    const auto written = PaneExport::toFile(*db, tableOf(model, u"assets"_s), OutputTable::Format::Csv, path);
    QVERIFY(!written.ok());
    QCOMPARE(written.error().code, u"not-writable"_s);
    QVERIFY2(written.error().message.contains(u"assets.csv"_s), qPrintable(written.error().message));
    QVERIFY2(written.error().hint.contains(u"folder"_s), qPrintable(written.error().hint));
    QVERIFY(!QFile::exists(path));
    // Nothing is claimed: no report.exported.
    QCOMPARE(AuditLog(db->connection()).list(1).value().value(0).id, eventsBefore);
}

void TestPaneExport::refusedEventRemovesTheFile()
{
    TestDatabase db;
    QTemporaryDir dir;
    // An event dated tomorrow: this computer's clock is then behind the trail, and appending is refused.
    AuditLog future(db->connection());
    const QDateTime tomorrow = QDateTime::currentDateTimeUtc().addDays(1);
    future.setClock([tomorrow] { return tomorrow; });
    QVERIFY(future.append(u"ann"_s, u"asset.added"_s, u"web9"_s, {}).ok());
    AssetTableModel model;
    model.setRecords(fleet());
    const QString path = dir.filePath(u"assets.csv"_s);
    const auto written = PaneExport::toFile(*db, tableOf(model, u"assets"_s), OutputTable::Format::Csv, path);
    QVERIFY(!written.ok());
    QCOMPARE(written.error().code, u"clock-behind"_s);
    QVERIFY2(written.error().message.contains(u"not kept"_s), qPrintable(written.error().message));
    QVERIFY(!written.error().hint.isEmpty());
    QVERIFY(!QFile::exists(path));
    QCOMPARE(AuditLog(db->connection()).list(1).value().constFirst().action, u"asset.added"_s);
}

QTEST_GUILESS_MAIN(TestPaneExport)
#include "tst_paneexport.moc"
