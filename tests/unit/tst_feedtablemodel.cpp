#include "itemmodels/DisplayFormat.h"
#include "itemmodels/FeedTableModel.h"
#include "itemmodels/ListTableModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

// The Feeds view's model: what each column says of a feed's state, that a reload of the same sources updates
// the rows in place (the selection survives), and that a sync's progress shows in its row only.
class TestFeedTableModel : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_model = std::make_unique<FeedTableModel>();
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_model->setNow(now());
    }

    void cleanup()
    {
        m_tester.reset();
        m_model.reset();
    }

    void columnsSayWhatTheStateIs()
    {
        m_model->setRows({synced(), failed(), never()});
        QCOMPARE(m_model->rowCount(), 3);
        QCOMPARE(m_model->columnCount(), int(FeedTableModel::ColumnCount));
        QCOMPARE(m_model->headerData(FeedTableModel::NextDue, Qt::Horizontal, Qt::DisplayRole).toString(),
                 QStringLiteral("Next due (on demand)"));
        QVERIFY(m_model->headerData(FeedTableModel::NextDue, Qt::Horizontal, Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("on demand")));

        QCOMPARE(text(0, FeedTableModel::Feed), QStringLiteral("CISA KEV"));
        QCOMPARE(text(0, FeedTableModel::Source), QStringLiteral("http://127.0.0.1:8080/kev.json (mirror)"));
        QVERIFY2(text(0, FeedTableModel::LastSuccess).endsWith(QStringLiteral("(3 h 0 min ago)")),
                 qPrintable(text(0, FeedTableModel::LastSuccess)));
        QCOMPARE(text(0, FeedTableModel::Validators),
                 QStringLiteral("ETag \"v1\" · Last-Modified Tue, 01 Dec 2026 10:00:00 GMT"));
        QCOMPARE(text(0, FeedTableModel::Records), QLocale().toString(1234));
        QCOMPARE(m_model->index(0, FeedTableModel::Records).data(TableRoles::SortRole).toLongLong(), 1234);
        QCOMPARE(text(0, FeedTableModel::LastAttempt),
                 QStringLiteral("ok · ") + DisplayFormat::dateTime(synced().attemptedAt));
        QCOMPARE(text(0, FeedTableModel::NextDue), DisplayFormat::dateTime(synced().dueAt));
        QCOMPARE(text(0, FeedTableModel::Enabled), QStringLiteral("yes"));

        // A failure: the attempt column has the first line, shortened; the tooltip has all of it.
        const QString attempt = text(1, FeedTableModel::LastAttempt);
        QVERIFY2(attempt.startsWith(QStringLiteral("failed · ")), qPrintable(attempt));
        QVERIFY2(attempt.contains(QStringLiteral(" — Sync of epss failed")), qPrintable(attempt));
        QVERIFY(attempt.endsWith(QStringLiteral("…")));
        QVERIFY(!attempt.contains(QStringLiteral("Check the proxy")));
        QCOMPARE(m_model->index(1, FeedTableModel::LastAttempt).data(Qt::ToolTipRole).toString(),
                 failed().error);
        QCOMPARE(text(1, FeedTableModel::NextDue), QStringLiteral("now"));

        QCOMPARE(text(2, FeedTableModel::LastSuccess), QStringLiteral("never"));
        QCOMPARE(text(2, FeedTableModel::LastAttempt), QStringLiteral("never"));
        QCOMPARE(text(2, FeedTableModel::Records), QStringLiteral("—"));
        QCOMPARE(text(2, FeedTableModel::Validators), QStringLiteral("—"));
        QCOMPARE(text(2, FeedTableModel::NextDue), QStringLiteral("disabled"));
        QCOMPARE(text(2, FeedTableModel::Enabled), QStringLiteral("no"));
        QCOMPARE(m_model->index(2, 0).data(FeedTableModel::SourceKeyRole).toString(), QStringLiteral("nvd"));
        QCOMPARE(m_model->rowOfKey(QStringLiteral("nvd")), 2);
        QCOMPARE(m_model->rowOfKey(QStringLiteral("osv:Debian")), -1);
    }

    void nvdFullDownloadIsAnnounced()
    {
        FeedStatus nvd = never();
        nvd.enabled = true;
        nvd.due = true;
        nvd.longRunning = true;
        m_model->setRows({nvd});
        QCOMPARE(text(0, FeedTableModel::NextDue), QStringLiteral("now · full download: hours"));
        QVERIFY(m_model->index(0, FeedTableModel::NextDue)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("takes hours")));
    }

    void sameSourcesUpdateInPlace()
    {
        m_model->setRows({synced(), failed()});
        QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        FeedStatus cancelled = failed();
        cancelled.outcome = QStringLiteral("cancelled");
        cancelled.error = QStringLiteral("Sync of epss was cancelled.\nThe stored data is unchanged.");
        m_model->setRows({synced(), cancelled});
        QCOMPARE(reset.count(), 0);
        QCOMPARE(changed.count(), 1);
        QVERIFY(text(1, FeedTableModel::LastAttempt).startsWith(QStringLiteral("canceled · ")));
        QVERIFY(
            text(1, FeedTableModel::LastAttempt).endsWith(QStringLiteral(" — Sync of epss was cancelled.")));

        m_model->setRows({synced()}); // a source gone: the rows are rebuilt
        QCOMPARE(reset.count(), 1);
        QCOMPARE(m_model->rowCount(), 1);
    }

    void activityShowsInItsRowOnly()
    {
        m_model->setRows({synced(), failed()});
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        m_model->setActivity(QStringLiteral("epss"), QStringLiteral("Syncing: 12 KB"));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().row(), 1);
        QCOMPARE(text(1, FeedTableModel::LastAttempt), QStringLiteral("Syncing: 12 KB"));
        QVERIFY(text(0, FeedTableModel::LastAttempt).startsWith(QStringLiteral("ok · ")));
        m_model->clearActivities();
        QVERIFY(text(1, FeedTableModel::LastAttempt).startsWith(QStringLiteral("failed · ")));
        m_model->setActivity(QStringLiteral("nothing-like-it"), QStringLiteral("x")); // no row: no signal
        QCOMPARE(changed.count(), 2);
    }

    void shortErrorKeepsTheFirstLine()
    {
        QCOMPARE(FeedTableModel::shortError(QStringLiteral("One.\nTwo.")), QStringLiteral("One."));
        QCOMPARE(FeedTableModel::shortError(QString(200, QLatin1Char('x'))).size(), 80);
        QCOMPARE(FeedTableModel::outcomeText(QStringLiteral("not-modified")), QStringLiteral("not modified"));
    }

private:
    static QDateTime now() { return QDateTime(QDate(2026, 12, 5), QTime(12, 0), QTimeZone::utc()); }

    static FeedStatus synced()
    {
        FeedStatus s;
        s.key = QStringLiteral("kev");
        s.title = QStringLiteral("CISA KEV");
        s.url = QStringLiteral("http://127.0.0.1:8080/kev.json");
        s.mirrored = true;
        s.importedAt = now().addSecs(-3 * 3600);
        s.etag = QStringLiteral("\"v1\"");
        s.lastModified = QStringLiteral("Tue, 01 Dec 2026 10:00:00 GMT");
        s.recordCount = 1234;
        s.attemptedAt = s.importedAt;
        s.outcome = QStringLiteral("ok");
        s.dueAt = s.importedAt.addDays(1);
        return s;
    }

    static FeedStatus failed()
    {
        FeedStatus s;
        s.key = QStringLiteral("epss");
        s.title = QStringLiteral("EPSS");
        s.url = QStringLiteral("https://epss.empiricalsecurity.com/epss_scores-current.csv.gz");
        s.attemptedAt = now().addSecs(-60);
        s.outcome = QStringLiteral("failed");
        s.error = QStringLiteral("Sync of epss failed: Cannot reach the proxy proxy.example:3128 to fetch "
                                 "https://epss.empiricalsecurity.com/epss_scores-current.csv.gz: Connection "
                                 "refused\nCheck the proxy setting and that the proxy is up.");
        s.due = true;
        return s;
    }

    static FeedStatus never()
    {
        FeedStatus s;
        s.key = QStringLiteral("nvd");
        s.title = QStringLiteral("NVD");
        s.url = QStringLiteral("https://services.nvd.nist.gov/rest/json/cves/2.0");
        s.enabled = false;
        return s;
    }

    QString text(int row, int column) const { return m_model->index(row, column).data().toString(); }

    std::unique_ptr<FeedTableModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

QTEST_GUILESS_MAIN(TestFeedTableModel)
#include "tst_feedtablemodel.moc"
