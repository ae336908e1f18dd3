// The words workflow states are stored as (StoredWords.h and the tables beside each enum): every value goes
// to the exact text databases already hold and back, unknown text is refused, and people see translated
// words.
#include "../support/BracketTranslator.h"

#include "domain/ChangeState.h"
#include "domain/DeploymentState.h"
#include "domain/ReviewDecision.h"
#include "domain/StepKind.h"
#include "domain/StepStatus.h"

#include <QSet>
#include <QTest>

namespace {

// Every value of `Enum` with the text it must be stored as: what databases written so far contain, what the
// CLI's JSON and CSV print, and what audit actions end with. A change here is a migration, not an edit.
template<typename Enum>
struct Expected
{
    Enum value;
    const char *stored;
};

const Expected<ChangeState> changeStates[] = {
    {ChangeState::Draft, "draft"},
    {ChangeState::Submitted, "submitted"},
    {ChangeState::Approved, "approved"},
    {ChangeState::Rejected, "rejected"},
    {ChangeState::Deployed, "deployed"},
    {ChangeState::Failed, "failed"},
    {ChangeState::RolledBack, "rolled-back"},
};
const Expected<ReviewDecision> decisions[] = {
    {ReviewDecision::Approved, "approved"},
    {ReviewDecision::Rejected, "rejected"},
    {ReviewDecision::ChangesRequested, "changes-requested"},
};
const Expected<DeploymentState> deploymentStates[] = {
    {DeploymentState::Pending, "pending"},        {DeploymentState::Running, "running"},
    {DeploymentState::Succeeded, "succeeded"},    {DeploymentState::Failed, "failed"},
    {DeploymentState::RolledBack, "rolled-back"}, {DeploymentState::RollbackFailed, "rollback-failed"},
    {DeploymentState::Canceled, "canceled"},      {DeploymentState::Interrupted, "interrupted"},
};
const Expected<StepKind> stepKinds[] = {
    {StepKind::Precheck, "precheck"},         {StepKind::Refresh, "refresh"},
    {StepKind::Install, "install"},           {StepKind::Verify, "verify"},
    {StepKind::RebootCheck, "reboot-check"},  {StepKind::Reboot, "reboot"},
    {StepKind::WaitForHost, "wait-for-host"}, {StepKind::VerifyAfterReboot, "verify-after-reboot"},
    {StepKind::Rollback, "rollback"},         {StepKind::VerifyRollback, "verify-rollback"},
};
const Expected<StepStatus> stepStatuses[] = {
    {StepStatus::Ok, "ok"},
    {StepStatus::Failed, "failed"},
    {StepStatus::Skipped, "skipped"},
    {StepStatus::Required, "required"},
    {StepStatus::Deferred, "deferred"},
};

} // namespace

class TestStoredWords : public QObject
{
    Q_OBJECT

private slots:
    void everyValueRoundTripsThroughItsStoredText();
    void theTablesListEveryValue();
    void unknownTextIsRefused();
    void displayNamesAreWordsForPeople();
    void displayNamesGoThroughTheTranslator();

private:
    template<typename Enum, std::size_t N>
    void roundTrip(const Expected<Enum> (&expected)[N]);
    template<typename Enum, std::size_t N>
    void refusesUnknown(const Expected<Enum> (&expected)[N]);
};

template<typename Enum, std::size_t N>
void TestStoredWords::roundTrip(const Expected<Enum> (&expected)[N])
{
    for (const Expected<Enum> &entry : expected) {
        const QString text = storedText(entry.value);
        QCOMPARE(text, QString::fromLatin1(entry.stored));
        const Result<Enum> parsed = parseStoredText<Enum>(text);
        QVERIFY2(parsed.ok(), qPrintable(parsed.error().text()));
        QVERIFY(parsed.value() == entry.value);
    }
}

void TestStoredWords::everyValueRoundTripsThroughItsStoredText()
{
    roundTrip(changeStates);
    roundTrip(decisions);
    roundTrip(deploymentStates);
    roundTrip(stepKinds);
    roundTrip(stepStatuses);
}

void TestStoredWords::theTablesListEveryValue()
{
    // The expectations above name every enumerator; the tables must have exactly as many rows.
    QCOMPARE(std::size(StoredWordsOf<ChangeState>::words), std::size(changeStates));
    QCOMPARE(std::size(StoredWordsOf<ReviewDecision>::words), std::size(decisions));
    QCOMPARE(std::size(StoredWordsOf<DeploymentState>::words), std::size(deploymentStates));
    QCOMPARE(std::size(StoredWordsOf<StepKind>::words), std::size(stepKinds));
    QCOMPARE(std::size(StoredWordsOf<StepStatus>::words), std::size(stepStatuses));
}

template<typename Enum, std::size_t N>
void TestStoredWords::refusesUnknown(const Expected<Enum> (&expected)[N])
{
    const QString stored = QString::fromLatin1(expected[0].stored);
    for (const QString &text : QStringList{QStringLiteral("paused"), QString(), stored.toUpper(),
                                           QLatin1Char(' ') + stored, stored + QStringLiteral("\n")}) {
        const Result<Enum> parsed = parseStoredText<Enum>(text);
        QVERIFY2(!parsed.ok(), qPrintable(text));
        QVERIFY(parsed.error().message.contains(QLatin1Char('"') + text + QLatin1Char('"')));
        QVERIFY(!parsed.error().hint.isEmpty());
    }
}

void TestStoredWords::unknownTextIsRefused()
{
    refusesUnknown(changeStates);
    refusesUnknown(decisions);
    refusesUnknown(deploymentStates);
    refusesUnknown(stepKinds);
    refusesUnknown(stepStatuses);
    // A decision word is not a change state, however alike they look.
    QVERIFY(!parseStoredText<ChangeState>(QStringLiteral("changes-requested")).ok());
}

void TestStoredWords::displayNamesAreWordsForPeople()
{
    // Without a translator: English words, never empty, and hyphenated stored words read as prose.
    QSet<QString> seen;
    for (const Expected<DeploymentState> &entry : deploymentStates) {
        const QString name = displayName(entry.value);
        QVERIFY(!name.isEmpty());
        QVERIFY2(!seen.contains(name), qPrintable(name));
        seen.insert(name);
    }
    for (const Expected<ChangeState> &entry : changeStates)
        QVERIFY(!displayName(entry.value).isEmpty());
    for (const Expected<StepKind> &entry : stepKinds)
        QVERIFY(!displayName(entry.value).isEmpty());
    for (const Expected<StepStatus> &entry : stepStatuses)
        QVERIFY(!displayName(entry.value).isEmpty());
    QCOMPARE(displayName(ChangeState::RolledBack), QStringLiteral("rolled back"));
    QCOMPARE(displayName(DeploymentState::RollbackFailed), QStringLiteral("rollback failed"));
    QCOMPARE(displayName(ReviewDecision::ChangesRequested), QStringLiteral("changes requested"));
    QCOMPARE(displayName(StepKind::WaitForHost), QStringLiteral("wait for the host"));
}

void TestStoredWords::displayNamesGoThroughTheTranslator()
{
    BracketTranslator translator;
    QVERIFY(QCoreApplication::installTranslator(&translator));
    const QString shown = displayName(DeploymentState::RolledBack);
    const QString step = displayName(StepStatus::Skipped);
    const QString stored = storedText(DeploymentState::RolledBack);
    const auto unknown = parseStoredText<ChangeState>(QStringLiteral("paused"));
    QCoreApplication::removeTranslator(&translator);

    QCOMPARE(shown, QStringLiteral("[DeploymentState:rolled back]"));
    QCOMPARE(step, QStringLiteral("[StepStatus:skipped]"));
    // What is stored never depends on the language.
    QCOMPARE(stored, QStringLiteral("rolled-back"));
    QVERIFY(unknown.error().message.startsWith(QStringLiteral("[ChangeState:")));
    QCOMPARE(displayName(DeploymentState::RolledBack), QStringLiteral("rolled back"));
}

QTEST_GUILESS_MAIN(TestStoredWords)
#include "tst_storedwords.moc"
