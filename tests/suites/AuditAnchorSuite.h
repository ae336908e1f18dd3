#pragma once

#include "../support/Backend.h"

#include <QObject>

// The audit trail's signed checkpoints against one backend (SQLCipher in tst_auditanchor, PostgreSQL in
// tst_teamsuites): what an attacker holding the database's key does — cut the newest events, rewrite one and
// recompute the chain, re-sign the checkpoints with a key of their own, delete checkpoints — and what
// AuditTrailCheck says about each.
class AuditAnchorSuite : public QObject
{
    Q_OBJECT

public:
    explicit AuditAnchorSuite(Backend &backend)
        : m_backend(backend)
    {
    }

private slots:
    void sealSignsTheHeadAfterRegisteringTheKey();
    void sealWritesNoSecondCheckpointForTheSameHead();
    void engineRefusesEditsOfCheckpoints();
    void cutTrailIsFound();
    void recomputedChainIsFound();
    void alteredCheckpointIsFound();
    void checkpointsResignedWithAnotherKeyAreFound();
    void unregisteredKeyIsFound();
    void deletedCheckpointsAreFoundByAKeptCopy();
    void checkpointOfAnotherDatabaseIsRefused();
    void sealRefusesToVouchForABrokenChain();

private:
    Backend &m_backend;
};
