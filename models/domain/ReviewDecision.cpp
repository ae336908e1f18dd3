#include "ReviewDecision.h"

ChangeState stateAfter(ReviewDecision decision)
{
    switch (decision) {
    case ReviewDecision::Approved:
        return ChangeState::Approved;
    case ReviewDecision::Rejected:
        return ChangeState::Rejected;
    case ReviewDecision::ChangesRequested:
        break;
    }
    return ChangeState::Draft;
}
