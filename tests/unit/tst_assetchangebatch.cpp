// A big scan's results reach the panes in batches: AssetChangeBatch announces the first asset at once,
// gathers the next ones until its interval has passed since the last announcement, and flushes the rest when
// told.
#include "changes/AssetChangeBatch.h"
#include "changes/ChangeNotifier.h"

#include <QSignalSpy>
#include <QTest>

using namespace std::chrono_literals;

class TestAssetChangeBatch : public QObject
{
    Q_OBJECT

private slots:
    void firstAssetIsAnnouncedAtOnce()
    {
        ChangeNotifier changes;
        AssetChangeBatch batch;
        batch.setNotifier(&changes);
        QSignalSpy assets(&changes, &ChangeNotifier::assetsChanged);
        QSignalSpy patches(&changes, &ChangeNotifier::patchesChanged);
        QSignalSpy audit(&changes, &ChangeNotifier::auditAppended);
        batch.add(7);
        QCOMPARE(assets.size(), 1);
        QCOMPARE(assets.constFirst().constFirst().value<ChangedIds>().ids(), QList<qint64>{7});
        QCOMPARE(patches.size(), 1);
        QCOMPARE(audit.size(), 1);
        QCOMPARE(batch.pending(), 0);
    }

    void laterAssetsWaitForTheIntervalAndComeTogether()
    {
        ChangeNotifier changes;
        AssetChangeBatch batch;
        batch.setNotifier(&changes);
        batch.setInterval(50ms);
        QSignalSpy assets(&changes, &ChangeNotifier::assetsChanged);
        batch.add(1);
        for (qint64 id = 2; id <= 400; ++id)
            batch.add(id);
        batch.add(5); // stored twice in one batch: announced once
        QCOMPARE(assets.size(), 1);
        QCOMPARE(batch.pending(), 399);
        QVERIFY(assets.wait(5000)); // the interval's timer, not a sleep
        QCOMPARE(assets.size(), 2);
        const QList<qint64> second = assets.at(1).constFirst().value<ChangedIds>().ids();
        QCOMPARE(second.size(), 399);
        QCOMPARE(second.constFirst(), 2);
        QCOMPARE(second.constLast(), 400);
        QCOMPARE(batch.announcements(), 2);
    }

    void flushAnnouncesWhatIsGatheredNow()
    {
        ChangeNotifier changes;
        AssetChangeBatch batch;
        batch.setNotifier(&changes);
        batch.setInterval(1h); // never by the timer in this test
        QSignalSpy assets(&changes, &ChangeNotifier::assetsChanged);
        batch.add(1);
        batch.add(2);
        batch.add(3);
        QCOMPARE(assets.size(), 1);
        batch.flush();
        QCOMPARE(assets.size(), 2);
        QCOMPARE(assets.at(1).constFirst().value<ChangedIds>().ids(), (QList<qint64>{2, 3}));
        batch.flush(); // nothing gathered: nothing said
        QCOMPARE(assets.size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestAssetChangeBatch)
#include "tst_assetchangebatch.moc"
