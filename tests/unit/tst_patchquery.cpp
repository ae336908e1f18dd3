#include "listing/PatchQuery.h"

#include <QTest>

// The names of patch states and sort keys: the stored state texts unchanged, one place to read and write
// them, people's names through tr(), and a usage error that lists what is accepted.
class TestPatchQuery : public QObject
{
    Q_OBJECT

private slots:
    void statesKeepTheirStoredText()
    {
        const QStringList stored{QStringLiteral("missing"), QStringLiteral("installed"),
                                 QStringLiteral("superseded"), QStringLiteral("resolved")};
        QCOMPARE(everyValue<PatchState>().size(), stored.size());
        for (int i = 0; i < stored.size(); ++i) {
            QCOMPARE(storedText(everyValue<PatchState>().at(i)), stored.at(i));
            const auto read = parseStoredText<PatchState>(stored.at(i));
            QVERIFY(read.ok());
            QCOMPARE(read.value(), everyValue<PatchState>().at(i));
        }
        QVERIFY(!parseStoredText<PatchState>(QStringLiteral("Missing")).ok()); // stored text is exact
        QVERIFY(!parseStoredText<PatchState>(QString()).ok());
    }

    void statesHavePeoplesNames()
    {
        QCOMPARE(displayName(PatchState::Missing), QStringLiteral("Missing"));
        QCOMPARE(displayName(PatchState::Resolved), QStringLiteral("Resolved otherwise"));
        QCOMPARE(displayName(PatchState::Superseded), QStringLiteral("Superseded"));
    }

    void namesAreTheCliContract()
    {
        QCOMPARE(
            PatchQuery::stateNames(),
            QStringList({QStringLiteral("missing"), QStringLiteral("installed"), QStringLiteral("superseded"),
                         QStringLiteral("resolved"), QStringLiteral("all")}));
        QCOMPARE(PatchQuery::sortNames(),
                 QStringList({QStringLiteral("asset"), QStringLiteral("priority"), QStringLiteral("due"),
                              QStringLiteral("severity"), QStringLiteral("package")}));
    }

    void fromNames_data()
    {
        QTest::addColumn<QString>("state");
        QTest::addColumn<QString>("sort");
        QTest::addColumn<int>("expectedState"); // -1: every state
        QTest::addColumn<int>("expectedSort");
        QTest::newRow("defaults") << "missing"
                                  << "asset" << int(PatchState::Missing) << int(PatchQuery::Sort::Asset);
        QTest::newRow("installed by priority")
            << "installed"
            << "priority" << int(PatchState::Installed) << int(PatchQuery::Sort::Priority);
        QTest::newRow("superseded by due")
            << "superseded"
            << "due" << int(PatchState::Superseded) << int(PatchQuery::Sort::Due);
        QTest::newRow("resolved by severity")
            << "resolved"
            << "severity" << int(PatchState::Resolved) << int(PatchQuery::Sort::Severity);
        QTest::newRow("all by package") << "all"
                                        << "package" << -1 << int(PatchQuery::Sort::Package);
    }
    void fromNames()
    {
        QFETCH(QString, state);
        QFETCH(QString, sort);
        QFETCH(int, expectedState);
        QFETCH(int, expectedSort);
        const auto query = PatchQuery::fromNames(QStringLiteral("web01"), state, sort);
        QVERIFY2(query.ok(), qPrintable(query.error().text()));
        QCOMPARE(query.value().assetName, QStringLiteral("web01"));
        QCOMPARE(query.value().state.has_value(), expectedState >= 0);
        if (expectedState >= 0)
            QCOMPARE(int(*query.value().state), expectedState);
        QCOMPARE(int(query.value().sort), expectedSort);
        QCOMPARE(PatchQuery::sortName(query.value().sort), sort);
    }

    void unknownNamesSayWhatIsAccepted()
    {
        const auto state = PatchQuery::fromNames({}, QStringLiteral("bogus"), QStringLiteral("asset"));
        QVERIFY(!state.ok());
        QCOMPARE(
            state.error().text(),
            QStringLiteral("Unknown state \"bogus\"; use missing, installed, superseded, resolved, all."));
        const auto sort = PatchQuery::fromNames({}, QStringLiteral("all"), QStringLiteral("risk"));
        QVERIFY(!sort.ok());
        QCOMPARE(sort.error().text(),
                 QStringLiteral("Unknown sort key \"risk\"; use asset, priority, due, severity, package."));
    }
};

QTEST_GUILESS_MAIN(TestPatchQuery)
#include "tst_patchquery.moc"
