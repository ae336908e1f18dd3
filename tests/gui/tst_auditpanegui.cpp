// The Audit pane as an auditor uses it: searching by action (a prefix), actor, subject and period through
// the fields above the table, typed and clicked; what is shown is what the engine selected (a new event
// that does not match stays out); Export… through the file dialog writes the filtered range as CSV or JSON,
// the same bytes as `audit list --format`, and records report.exported with the file's SHA-256.
#include "../support/TestDatabase.h"

#include "audit/AuditSeal.h"
#include "audit/AuditSigningKey.h"
#include "changes/ChangeNotifier.h"
#include "MainWindow.h"
#include "panes/AuditPane.h"
#include "reports/AuditExport.h"
#include "setup/FirstStart.h"
#include "storage/AuditLog.h"
#include "storage/SqlTime.h"

#include <QAction>
#include <QCryptographicHash>
#include <QFileDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

class TestAuditPaneGui : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void filtersByActionActorSubjectAndPeriod();
    void exportsTheFilteredRangeAndRecordsIt();
    void readsTheNewestPageFirstAndOlderAddsTheNext();
    void verifiesFromTheNewestCheckpointAndWholeOnRequest();

private:
    // The window on the Audit pane, its verdict shown.
    void openAuditPane(MainWindow &window);
    QLineEdit *field(MainWindow &window, const char *name);
    void search(MainWindow &window, const QList<std::pair<const char *, QString>> &fields);
    // The ids the table shows, top to bottom.
    QList<qint64> shownIds(MainWindow &window);
    QString exportThroughTheDialog(MainWindow &window, const QString &fileName);

    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<QTemporaryDir> m_files;
    QDateTime m_now;
};

void TestAuditPaneGui::init()
{
    QSettings().clear();
    m_files = std::make_unique<QTemporaryDir>();
    QVERIFY(m_files->isValid());
    m_db = std::make_unique<TestDatabase>();
    // Four events from the past weeks (the clock says when), then this machine's registration, now.
    m_now = QDateTime::currentDateTimeUtc();
    AuditLog log((*m_db)->connection());
    struct Past
    {
        int daysAgo;
        const char *actor, *action, *subject, *details;
    };
    for (const Past &event : {Past{30, "carol", "change.created", "CR-1 web1", ""},
                              Past{20, "dave", "change.approved", "CR-1 web1", "LGTM"},
                              Past{10, "dave", "asset.removed", "db9", "=HYPERLINK(\"http://x\")"},
                              Past{5, "erin", "changes.noted", "web2", "-1"}}) {
        const QDateTime at = m_now.addDays(-event.daysAgo);
        log.setClock([at] { return at; });
        QVERIFY(log.append(QLatin1String(event.actor), QLatin1String(event.action),
                           QLatin1String(event.subject), QLatin1String(event.details))
                    .ok());
    }
    const auto registered = FirstStart::ensureThisMachine(**m_db); // event 5
    QVERIFY2(registered.ok(), qPrintable(registered.error().text()));
}

void TestAuditPaneGui::cleanup()
{
    m_db.reset();
    m_files.reset();
}

void TestAuditPaneGui::openAuditPane(MainWindow &window)
{
    auto *pane = window.findChild<AuditPane *>();
    QVERIFY(pane);
    QSignalSpy shown(pane, &AuditPane::verdictShown);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *navigation = window.findChild<QListWidget *>(u"navigation"_s);
    QVERIFY(navigation);
    QTest::mouseClick(navigation->viewport(), Qt::LeftButton, {},
                      navigation->visualItemRect(navigation->item(6)).center());
    QCOMPARE(window.findChild<QStackedWidget *>(u"panes"_s)->currentWidget(), pane);
    QTRY_VERIFY(shown.count() >= 1);
}

QLineEdit *TestAuditPaneGui::field(MainWindow &window, const char *name)
{
    return window.findChild<QLineEdit *>(QLatin1String(name));
}

void TestAuditPaneGui::search(MainWindow &window, const QList<std::pair<const char *, QString>> &fields)
{
    // Every field is cleared with its own keys, the new text typed, then Search clicked.
    for (const char *name : {"auditFilterFrom", "auditFilterTo", "auditFilterActor", "auditFilterAction",
                             "auditFilterSubject"}) {
        QLineEdit *edit = field(window, name);
        QVERIFY(edit);
        edit->setFocus();
        QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClick(edit, Qt::Key_Delete);
        QVERIFY(edit->text().isEmpty());
    }
    for (const auto &[name, text] : fields)
        QTest::keyClicks(field(window, name), text);
    QTest::mouseClick(window.findChild<QPushButton *>(u"auditSearch"_s), Qt::LeftButton);
}

QList<qint64> TestAuditPaneGui::shownIds(MainWindow &window)
{
    const QAbstractItemModel *model = window.findChild<QTableView *>(u"auditTable"_s)->model();
    QList<qint64> ids;
    for (int row = 0; row < model->rowCount(); ++row)
        ids.append(model->index(row, 0).data().toLongLong());
    return ids;
}

void TestAuditPaneGui::filtersByActionActorSubjectAndPeriod()
{
    MainWindow window(**m_db);
    openAuditPane(window);
    QTRY_COMPARE(shownIds(window), (QList<qint64>{5, 4, 3, 2, 1}));

    // A prefix, typed and confirmed with Enter: "change." is not "changes.".
    QLineEdit *action = field(window, "auditFilterAction");
    QTest::keyClicks(action, u"change."_s);
    QTest::keyClick(action, Qt::Key_Return);
    QTRY_COMPARE(shownIds(window), (QList<qint64>{2, 1}));

    search(window, {{"auditFilterActor", u"dave"_s}});
    QTRY_COMPARE(shownIds(window), (QList<qint64>{3, 2}));
    search(window, {{"auditFilterSubject", u"cr-1"_s}});
    QTRY_COMPARE(shownIds(window), (QList<qint64>{2, 1}));
    // Days are whole: from 25 days ago to 8 days ago holds events 2 (20 days) and 3 (10 days).
    search(window, {{"auditFilterFrom", m_now.addDays(-25).date().toString(Qt::ISODate)},
                    {"auditFilterTo", m_now.addDays(-8).date().toString(Qt::ISODate)}});
    QTRY_COMPARE(shownIds(window), (QList<qint64>{3, 2}));
    search(window, {{"auditFilterFrom", m_now.addDays(-25).date().toString(Qt::ISODate)},
                    {"auditFilterActor", u"dave"_s},
                    {"auditFilterAction", u"asset."_s}});
    QTRY_COMPARE(shownIds(window), (QList<qint64>{3}));
    // A date that is not one: said so, and the table keeps the last search.
    auto *pane = window.findChild<AuditPane *>();
    QSignalSpy problems(pane, &AuditPane::problem);
    search(window, {{"auditFilterFrom", u"last tuesday"_s}});
    QCOMPARE(problems.count(), 1);
    QVERIFY2(problems.constFirst().constFirst().toString().contains(u"not a date or time"_s),
             qPrintable(problems.constFirst().constFirst().toString()));
    QTRY_COMPARE(shownIds(window), (QList<qint64>{3}));

    // A new event appears when it matches the search shown, and not otherwise.
    search(window, {{"auditFilterActor", u"dave"_s}});
    QTRY_COMPARE(shownIds(window), (QList<qint64>{3, 2}));
    AuditLog log((*m_db)->connection());
    QVERIFY(log.append(u"erin"_s, u"asset.added"_s, u"web3"_s, {}).ok());
    QVERIFY(log.append(u"dave"_s, u"asset.added"_s, u"web4"_s, {}).ok());
    emit window.findChild<ChangeNotifier *>(u"changeNotifier"_s)->auditAppended();
    QTRY_COMPARE(shownIds(window), (QList<qint64>{7, 3, 2}));

    QTest::mouseClick(window.findChild<QPushButton *>(u"auditClearFilters"_s), Qt::LeftButton);
    QTRY_COMPARE(shownIds(window), (QList<qint64>{7, 6, 5, 4, 3, 2, 1}));
    QVERIFY(field(window, "auditFilterActor")->text().isEmpty());
}

QString TestAuditPaneGui::exportThroughTheDialog(MainWindow &window, const QString &fileName)
{
    window.findChild<QAction *>(u"actionExportAudit"_s)->trigger();
    auto *files = window.findChild<QFileDialog *>(u"exportAuditDialog"_s);
    if (!files)
        return {};
    const QString path = m_files->filePath(fileName);
    files->selectFile(path);
    static_cast<QDialog *>(files)->accept(); // QFileDialog::accept, as the Save button does
    return path;
}

void TestAuditPaneGui::exportsTheFilteredRangeAndRecordsIt()
{
    MainWindow window(**m_db);
    openAuditPane(window);
    auto *pane = window.findChild<AuditPane *>();
    QSignalSpy exported(pane, &AuditPane::exported);
    search(window, {{"auditFilterAction", u"change."_s}});
    QTRY_COMPARE(shownIds(window), (QList<qint64>{2, 1}));

    const QString csvPath = exportThroughTheDialog(window, u"changes.csv"_s);
    QVERIFY(!csvPath.isEmpty());
    QTRY_COMPARE(exported.count(), 1);
    QCOMPARE(exported.constFirst().constFirst().toString(), csvPath);
    auto *result = window.findChild<QMessageBox *>(u"auditExportResult"_s);
    QVERIFY(result);
    QFile csv(csvPath);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QByteArray csvBytes = csv.readAll();
    const QList<QByteArray> lines = csvBytes.split('\n');
    QCOMPARE(lines.size(), 4); // header, two events, the empty rest after the last CRLF
    QVERIFY(lines.at(0).startsWith("id,at,actor,action,subject,details,hash"));
    QVERIFY(lines.at(1).startsWith("2,") && lines.at(1).contains(",dave,change.approved,CR-1 web1,LGTM,"));
    QVERIFY(lines.at(2).startsWith("1,") && lines.at(2).contains(",carol,change.created,CR-1 web1,,"));
    // The same bytes `audit list --action change. --format csv` prints (its engine code).
    AuditLog::Filter changes;
    changes.action = u"change."_s;
    AuditLog log((*m_db)->connection());
    QCOMPARE(csvBytes, AuditExport::render(log.list(changes).value(), OutputTable::Format::Csv));
    const QString csvSha =
        QString::fromLatin1(QCryptographicHash::hash(csvBytes, QCryptographicHash::Sha256).toHex());
    QVERIFY2(result->text().contains(csvSha), qPrintable(result->text()));

    const AuditEvent recorded = log.list(1).value().constFirst();
    QCOMPARE(recorded.id, 6);
    QCOMPARE(recorded.action, u"report.exported"_s);
    QCOMPARE(recorded.actor, (*m_db)->actor());
    QCOMPARE(recorded.subject, u"changes.csv"_s);
    QVERIFY2(recorded.details.contains(u"sha256 "_s + csvSha), qPrintable(recorded.details));
    QVERIFY2(recorded.details.contains(u"csv, 2 event(s) (action change.)"_s), qPrintable(recorded.details));
    // The export's own event does not match the search: the table still shows the two.
    QTRY_COMPARE(shownIds(window), (QList<qint64>{2, 1}));
    result->close();

    // JSON, of a period with a hostile detail: the exact values.
    search(window, {{"auditFilterFrom", m_now.addDays(-12).date().toString(Qt::ISODate)},
                    {"auditFilterTo", m_now.addDays(-1).date().toString(Qt::ISODate)}});
    QTRY_COMPARE(shownIds(window), (QList<qint64>{4, 3}));
    const QString jsonPath = exportThroughTheDialog(window, u"recent.json"_s);
    QTRY_COMPARE(exported.count(), 2);
    QFile json(jsonPath);
    QVERIFY(json.open(QIODevice::ReadOnly));
    const QByteArray jsonBytes = json.readAll();
    const QJsonArray events = QJsonDocument::fromJson(jsonBytes).array();
    QCOMPARE(events.size(), 2);
    QCOMPARE(events.at(0).toObject().value(u"details"_s).toString(), u"-1"_s);
    QCOMPARE(events.at(1).toObject().value(u"details"_s).toString(), u"=HYPERLINK(\"http://x\")"_s);
    const AuditEvent second = log.list(1).value().constFirst();
    QCOMPARE(second.action, u"report.exported"_s);
    QVERIFY(second.details.contains(
        u"sha256 "_s +
        QString::fromLatin1(QCryptographicHash::hash(jsonBytes, QCryptographicHash::Sha256).toHex())));
    QVERIFY(log.verify().value().intact);
}

void TestAuditPaneGui::readsTheNewestPageFirstAndOlderAddsTheNext()
{
    AuditLog log((*m_db)->connection());
    const int added = AuditPane::PageSize + 100;
    for (int i = 0; i < added; ++i)
        QVERIFY(log.append(u"erin"_s, u"settings.changed"_s, QString::number(i), {}).ok());
    const qint64 newest = 5 + added;
    MainWindow window(**m_db);
    openAuditPane(window);
    auto *older = window.findChild<QAction *>(u"actionOlderAudit"_s);
    QVERIFY(older);
    // The newest page only.
    QTRY_COMPARE(int(shownIds(window).size()), AuditPane::PageSize);
    QCOMPARE(shownIds(window).constFirst(), newest);
    QCOMPARE(shownIds(window).constLast(), newest - AuditPane::PageSize + 1);
    QVERIFY(older->isEnabled());
    // Older… adds the rest (fewer than a page): nothing older is left.
    older->trigger();
    QTRY_COMPARE(qint64(shownIds(window).size()), newest);
    QCOMPARE(shownIds(window).constLast(), qint64(1));
    QVERIFY(!older->isEnabled());
}

void TestAuditPaneGui::verifiesFromTheNewestCheckpointAndWholeOnRequest()
{
    const auto key = AuditSigningKey::fromSeed(QByteArray(32, 's'));
    QVERIFY(key.ok());
    const auto sealed = AuditSeal::seal(**m_db, key.value()); // covers event 6 (5 and the key's registration)
    QVERIFY2(sealed.ok(), qPrintable(sealed ? QString() : sealed.error().text()));
    AuditLog log((*m_db)->connection());
    QVERIFY(log.append(u"erin"_s, u"asset.added"_s, u"web3"_s, {}).ok());
    QVERIFY(log.append(u"erin"_s, u"asset.added"_s, u"web4"_s, {}).ok());
    MainWindow window(**m_db);
    auto *pane = window.findChild<AuditPane *>();
    QSignalSpy shown(pane, &AuditPane::verdictShown);
    openAuditPane(window);
    auto *verdict = window.findChild<QLabel *>(u"auditVerdict"_s);
    QTRY_COMPARE(shown.count(), 1);
    // Only the two events after the checkpoint's were read.
    QVERIFY2(verdict->text().contains(u"since signed checkpoint #1</b> (event #6): 2 event(s)"_s),
             qPrintable(verdict->text()));
    window.findChild<QAction *>(u"actionVerifyAudit"_s)->trigger();
    QTRY_COMPARE(shown.count(), 2);
    QVERIFY2(verdict->text().contains(u"All 8 event(s) verified"_s) &&
                 verdict->text().contains(u"covers event #6"_s),
             qPrintable(verdict->text()));
}

QTEST_MAIN(TestAuditPaneGui)
#include "tst_auditpanegui.moc"
