#pragma once

#include "ChangeState.h"
#include "StoredWords.h"

// A reviewer's decision on a submitted change request (column approvals.decision, audit action
// "change.<decision>"). Separation of duties: the requester never decides on their own change.
enum class ReviewDecision
{
    Approved,
    Rejected,
    ChangesRequested
};

// The state a submitted change moves to: approved, rejected, or back to draft when changes are requested.
ChangeState stateAfter(ReviewDecision decision);

template<>
struct StoredWordsOf<ReviewDecision>
{
    static constexpr const char *context = "ReviewDecision";
    static constexpr const char *unknown = QT_TRANSLATE_NOOP(
        "ReviewDecision", "\"%1\" is not a decision: use approved, rejected or changes-requested.");
    static constexpr StoredWord<ReviewDecision> words[] = {
        {ReviewDecision::Approved, "approved", QT_TRANSLATE_NOOP("ReviewDecision", "approved")},
        {ReviewDecision::Rejected, "rejected", QT_TRANSLATE_NOOP("ReviewDecision", "rejected")},
        {ReviewDecision::ChangesRequested, "changes-requested",
         QT_TRANSLATE_NOOP("ReviewDecision", "changes requested")},
    };
};
