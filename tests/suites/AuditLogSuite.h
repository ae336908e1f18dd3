#pragma once

#include "../support/Backend.h"

#include <QObject>

// The hash-chained audit trail against one backend: chaining, tamper detection (whole and incremental),
// the engine's own guard, times that never go backwards, searching.
class AuditLogSuite : public QObject
{
    Q_OBJECT

public:
    explicit AuditLogSuite(Backend &backend)
        : m_backend(backend)
    {
    }

private slots:
    void appendsChainedEvents();
    void detectsAlteredField();
    void detectsDeletedEvent();
    void detectsRewrittenHashChain();
    void emptyLogIsIntact();
    void engineRefusesEditsOfTheTrail();
    void appendInCallersTransactionRollsBackWithIt();
    void verifyFromReadsOnlyTheNewEvents();
    void verifyFromFindsTamperingInTheNewRange();
    void verifyFromRefusesAnAlteredCheckpoint();
    void fullVerifyFindsWhatIncrementalLeavesBehind();
    void refusesAnEventDatedBeforeTheNewest();
    void refusedInCallersTransactionLeavesItUsable();
    void filtersByActorActionAndSubject();
    void filtersByPeriod();

private:
    Backend &m_backend;
};
