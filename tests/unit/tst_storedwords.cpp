// The words states and asset and patch attributes are stored as (StoredWords.h and the tables beside each
// enum): every value goes to the exact text databases already hold and back, unknown text is refused, and
// people see translated words.
#include "../support/BracketTranslator.h"

#include "domain/Asset.h"
#include "domain/AssetStatus.h"
#include "domain/ChangeRisk.h"
#include "domain/ChangeState.h"
#include "domain/DeploymentState.h"
#include "domain/PendingPatch.h"
#include "domain/ReviewDecision.h"
#include "domain/Ring.h"
#include "domain/Role.h"
#include "domain/ScanStatus.h"
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
    {ChangeState::Cancelled, "cancelled"},
};
const Expected<ChangeRisk> risks[] = {
    {ChangeRisk::Low, "low"},
    {ChangeRisk::Medium, "medium"},
    {ChangeRisk::High, "high"},
};
const Expected<Role> roles[] = {
    {Role::Admin, "admin"},
    {Role::Reviewer, "reviewer"},
    {Role::Auditor, "auditor"},
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

const Expected<ScanStatus> scanStatuses[] = {
    {ScanStatus::Ok, "ok"},
    {ScanStatus::Failed, "failed"},
    {ScanStatus::Canceled, "canceled"},
};
const Expected<PatchState> patchStates[] = {
    {PatchState::Missing, "missing"},
    {PatchState::Installed, "installed"},
    {PatchState::Superseded, "superseded"},
    {PatchState::Resolved, "resolved"},
};
const Expected<PatchClassification> classifications[] = {
    {PatchClassification::Security, "security"},
    {PatchClassification::Bugfix, "bugfix"},
    {PatchClassification::Enhancement, "enhancement"},
    {PatchClassification::Other, "other"},
};
const Expected<PatchSeverity> severities[] = {
    {PatchSeverity::Unknown, "unknown"},   {PatchSeverity::Low, "low"},
    {PatchSeverity::Moderate, "moderate"}, {PatchSeverity::Important, "important"},
    {PatchSeverity::Critical, "critical"},
};
const Expected<Transport> transports[] = {
    {Transport::Local, "local"},
    {Transport::Ssh, "ssh"},
    {Transport::WinRm, "winrm"},
    {Transport::None, "none"},
};
const Expected<AssetStatus> assetStatuses[] = {
    {AssetStatus::Ok, "ok"},
    {AssetStatus::Failed, "failed"},
    {AssetStatus::Canceled, "canceled"},
    {AssetStatus::NeverScanned, "never-scanned"},
    {AssetStatus::Scanning, "scanning"},
    {AssetStatus::Stale, "stale"},
    {AssetStatus::InventoryOnly, "inventory-only"},
};
const Expected<Criticality> criticalities[] = {
    {Criticality::Low, "low"},
    {Criticality::Medium, "medium"},
    {Criticality::High, "high"},
    {Criticality::Critical, "critical"},
};
const Expected<Exposure> exposures[] = {
    {Exposure::Internet, "internet"},
    {Exposure::Internal, "internal"},
    {Exposure::Isolated, "isolated"},
};
const Expected<WindowScope> windowScopes[] = {
    {WindowScope::Ring, "ring"},
    {WindowScope::Asset, "asset"},
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
    void typedWordsIgnoreLetterCaseOnly();

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
    roundTrip(scanStatuses);
    roundTrip(patchStates);
    roundTrip(classifications);
    roundTrip(severities);
    roundTrip(transports);
    roundTrip(assetStatuses);
    roundTrip(criticalities);
    roundTrip(exposures);
    roundTrip(risks);
    roundTrip(roles);
    roundTrip(windowScopes);
}

void TestStoredWords::theTablesListEveryValue()
{
    // The expectations above name every enumerator; the tables must have exactly as many rows.
    QCOMPARE(std::size(StoredWordsOf<ChangeState>::words), std::size(changeStates));
    QCOMPARE(std::size(StoredWordsOf<ReviewDecision>::words), std::size(decisions));
    QCOMPARE(std::size(StoredWordsOf<DeploymentState>::words), std::size(deploymentStates));
    QCOMPARE(std::size(StoredWordsOf<StepKind>::words), std::size(stepKinds));
    QCOMPARE(std::size(StoredWordsOf<StepStatus>::words), std::size(stepStatuses));
    QCOMPARE(std::size(StoredWordsOf<ScanStatus>::words), std::size(scanStatuses));
    QCOMPARE(std::size(StoredWordsOf<PatchState>::words), std::size(patchStates));
    QCOMPARE(std::size(StoredWordsOf<PatchClassification>::words), std::size(classifications));
    QCOMPARE(std::size(StoredWordsOf<PatchSeverity>::words), std::size(severities));
    QCOMPARE(std::size(StoredWordsOf<Transport>::words), std::size(transports));
    QCOMPARE(std::size(StoredWordsOf<AssetStatus>::words), std::size(assetStatuses));
    QCOMPARE(std::size(StoredWordsOf<Criticality>::words), std::size(criticalities));
    QCOMPARE(std::size(StoredWordsOf<Exposure>::words), std::size(exposures));
    QCOMPARE(std::size(StoredWordsOf<ChangeRisk>::words), std::size(risks));
    QCOMPARE(std::size(StoredWordsOf<Role>::words), std::size(roles));
    QCOMPARE(std::size(StoredWordsOf<WindowScope>::words), std::size(windowScopes));
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
    refusesUnknown(scanStatuses);
    refusesUnknown(assetStatuses);
    refusesUnknown(patchStates);
    refusesUnknown(classifications);
    refusesUnknown(severities);
    refusesUnknown(transports);
    refusesUnknown(criticalities);
    refusesUnknown(exposures);
    refusesUnknown(risks);
    refusesUnknown(roles);
    refusesUnknown(windowScopes);
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
    QCOMPARE(displayName(PatchState::Resolved), QStringLiteral("Resolved otherwise"));
    QCOMPARE(displayName(Transport::WinRm), QStringLiteral("WinRM"));
}

void TestStoredWords::typedWordsIgnoreLetterCaseOnly()
{
    // What people type (CLI options, inventories, vendors' advisories) may differ in case, nothing else.
    Criticality criticality = Criticality::Low;
    QVERIFY(parseTypedWord(QStringLiteral("HIGH"), &criticality));
    QCOMPARE(criticality, Criticality::High);
    PatchSeverity severity = PatchSeverity::Unknown;
    QVERIFY(parseTypedWord(QStringLiteral("Important"), &severity));
    QCOMPARE(severity, PatchSeverity::Important);
    Exposure exposure = Exposure::Isolated;
    for (const QString &text : {QStringLiteral(" internet"), QStringLiteral("net"), QString()})
        QVERIFY2(!parseTypedWord(text, &exposure), qPrintable(text));
    QCOMPARE(exposure, Exposure::Isolated); // untouched when refused
    QCOMPARE(everyValue<PatchState>(), (QList<PatchState>{PatchState::Missing, PatchState::Installed,
                                                          PatchState::Superseded, PatchState::Resolved}));
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
