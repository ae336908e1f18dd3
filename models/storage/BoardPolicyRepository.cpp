#include "BoardPolicyRepository.h"

#include "AuditLog.h"
#include "SettingsRepository.h"
#include "WriteTransaction.h"

#include "domain/PlainText.h"

namespace {

QString quorumKey(ChangeRisk risk)
{
    return QStringLiteral("board.quorum.") + storedText(risk);
}

const QString SelfApprovalKey = QStringLiteral("board.self_approval");
const QString SelfApprovalReasonKey = QStringLiteral("board.self_approval_reason");
const QString ReviewHoursKey = QStringLiteral("board.emergency_review_hours");

// A stored number in [low, high]; `fallback` when unset.
Result<int> storedNumber(const SettingsRepository &settings, const QString &key, int fallback, int low,
                         int high)
{
    const auto text = settings.value(key);
    if (!text)
        return text.error();
    if (text.value().isEmpty())
        return fallback;
    bool isNumber = false;
    const int number = text.value().toInt(&isNumber);
    if (!isNumber || number < low || number > high)
        return Error{
            BoardPolicyRepository::tr("The setting %1 is \"%2\", not a number from %3 to %4.")
                .arg(key, text.value().left(40))
                .arg(low)
                .arg(high),
            BoardPolicyRepository::tr("Set the change board's policy again (patchwright-cli board set).")};
    return number;
}

} // namespace

Result<BoardPolicy> BoardPolicyRepository::load() const
{
    const SettingsRepository settings(m_db);
    BoardPolicy policy;
    for (const ChangeRisk risk : everyValue<ChangeRisk>()) {
        const auto quorum = storedNumber(settings, quorumKey(risk), 1, 1, BoardPolicy::MaxQuorum);
        if (!quorum)
            return quorum.error();
        policy.quorum[std::size_t(risk)] = quorum.value();
    }
    const auto hours =
        storedNumber(settings, ReviewHoursKey, policy.emergencyReviewHours, 1, BoardPolicy::MaxReviewHours);
    if (!hours)
        return hours.error();
    policy.emergencyReviewHours = hours.value();
    const auto self = storedNumber(settings, SelfApprovalKey, 0, 0, 1);
    if (!self)
        return self.error();
    policy.selfApproval = self.value() == 1;
    const auto reason = settings.value(SelfApprovalReasonKey);
    if (!reason)
        return reason.error();
    policy.selfApprovalReason = reason.value();
    return policy;
}

QString BoardPolicyRepository::problem(const BoardPolicy &policy)
{
    for (const ChangeRisk risk : everyValue<ChangeRisk>()) {
        const int quorum = policy.quorumFor(risk);
        if (quorum < 1 || quorum > BoardPolicy::MaxQuorum)
            return tr("the quorum for %1-risk changes must be 1 to %2 approvals, not %3")
                .arg(displayName(risk))
                .arg(BoardPolicy::MaxQuorum)
                .arg(quorum);
    }
    if (policy.emergencyReviewHours < 1 || policy.emergencyReviewHours > BoardPolicy::MaxReviewHours)
        return tr("an emergency change must be reviewed within 1 to %1 hours, not %2")
            .arg(BoardPolicy::MaxReviewHours)
            .arg(policy.emergencyReviewHours);
    if (policy.selfApproval && policy.selfApprovalReason.trimmed().isEmpty())
        return tr("self-approval needs the reason it is the board's policy");
    if (const QString text = PlainText::problem(policy.selfApprovalReason, PlainText::Lines::One);
        !text.isEmpty())
        return tr("the reason cannot be stored: %1").arg(text);
    return QString();
}

QString BoardPolicyRepository::describe(const BoardPolicy &policy)
{
    // Numbers beside their nouns, not inside plural forms: the CLI prints this without a translator.
    QStringList quorums;
    for (const ChangeRisk risk : everyValue<ChangeRisk>())
        quorums << tr("%1 risk: %2").arg(displayName(risk)).arg(policy.quorumFor(risk));
    return tr("approvals needed (%1); self-approval %2; emergency changes reviewed within %3 h")
        .arg(quorums.join(QStringLiteral(", ")),
             policy.selfApproval ? tr("on (%1)").arg(policy.selfApprovalReason) : tr("off"))
        .arg(policy.emergencyReviewHours);
}

Status BoardPolicyRepository::save(const BoardPolicy &policy)
{
    if (const QString wrong = problem(policy); !wrong.isEmpty())
        return Error{wrong.at(0).toUpper() + wrong.mid(1) + QLatin1Char('.'), {}};
    return WriteTransaction::run(m_db, tr("Cannot store the change board's policy"), [&]() -> Status {
        const auto before = load();
        if (!before)
            return before.error();
        SettingsRepository settings(m_db);
        QStringList changes;
        const auto set = [&](const QString &key, const QString &from, const QString &to) -> Status {
            if (from == to)
                return {};
            changes << QStringLiteral("%1: %2 → %3").arg(key, from, to);
            return settings.setValue(key, to);
        };
        for (const ChangeRisk risk : everyValue<ChangeRisk>()) {
            if (Status stored = set(quorumKey(risk), QString::number(before.value().quorumFor(risk)),
                                    QString::number(policy.quorumFor(risk)));
                !stored)
                return stored;
        }
        if (Status stored = set(ReviewHoursKey, QString::number(before.value().emergencyReviewHours),
                                QString::number(policy.emergencyReviewHours));
            !stored)
            return stored;
        if (Status stored =
                set(SelfApprovalKey, before.value().selfApproval ? QStringLiteral("1") : QStringLiteral("0"),
                    policy.selfApproval ? QStringLiteral("1") : QStringLiteral("0"));
            !stored)
            return stored;
        const QString reason = policy.selfApproval ? policy.selfApprovalReason.trimmed() : QString();
        if (Status stored = set(SelfApprovalReasonKey, before.value().selfApprovalReason, reason); !stored)
            return stored;
        if (changes.isEmpty())
            return {};
        return AuditLog(m_db).append(m_actor, QStringLiteral("board.policy.changed"),
                                     QStringLiteral("change board"), changes.join(QStringLiteral("; ")));
    });
}
