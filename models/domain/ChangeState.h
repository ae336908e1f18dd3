#pragma once

#include "StoredWords.h"

// Where a change request stands with the change board (ChangeRepository moves it; column
// change_requests.state): draft → submitted → approved (once the quorum approved it) | rejected (changes
// requested: back to draft) → deployed | failed | rolled-back. A draft, submitted or approved change that has
// not run may be cancelled. New values go at the end: the order is the stored words' order.
enum class ChangeState
{
    Draft,
    Submitted,
    Approved,
    Rejected,
    Deployed,
    Failed,
    RolledBack,
    Cancelled
};

template<>
struct StoredWordsOf<ChangeState>
{
    static constexpr const char *context = "ChangeState";
    static constexpr const char *unknown =
        QT_TRANSLATE_NOOP("ChangeState", "\"%1\" is not a change request state this version knows.");
    static constexpr StoredWord<ChangeState> words[] = {
        {ChangeState::Draft, "draft", QT_TRANSLATE_NOOP("ChangeState", "draft")},
        {ChangeState::Submitted, "submitted", QT_TRANSLATE_NOOP("ChangeState", "submitted")},
        {ChangeState::Approved, "approved", QT_TRANSLATE_NOOP("ChangeState", "approved")},
        {ChangeState::Rejected, "rejected", QT_TRANSLATE_NOOP("ChangeState", "rejected")},
        {ChangeState::Deployed, "deployed", QT_TRANSLATE_NOOP("ChangeState", "deployed")},
        {ChangeState::Failed, "failed", QT_TRANSLATE_NOOP("ChangeState", "failed")},
        {ChangeState::RolledBack, "rolled-back", QT_TRANSLATE_NOOP("ChangeState", "rolled back")},
        {ChangeState::Cancelled, "cancelled", QT_TRANSLATE_NOOP("ChangeState", "canceled")},
    };
};
