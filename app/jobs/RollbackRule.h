#pragma once

#include "domain/Result.h"
#include "domain/Workflow.h"

#include <QCoreApplication>
#include <QStringList>

class Database;

// When a change may be rolled back on some of its assets, the same for the console and `patchwright-cli
// rollback`: the user's role allows deploying; each asset named had a deployment of the change that ended
// (whatever came of it: a change whose run was cancelled or halted part-way is rolled back where it ran);
// and no staged run of the change is changing assets at the moment (running, pausing or cancelling).
//
// What a rollback makes of the change request (outcome()): rolled back once every asset of the change has
// been rolled back, failed when a rollback failed, and otherwise unchanged — one asset rolled back of ten
// does not make the change "rolled back"; that is audited as change.partly-rolled-back instead.
class RollbackRule
{
    Q_DECLARE_TR_FUNCTIONS(RollbackRule)

public:
    explicit RollbackRule(Database &database)
        : m_database(database)
    {
    }

    // `assetNames`: the assets to roll back; every asset of the change when empty.
    Status check(const ChangeRequest &change, const QStringList &assetNames) const;

    struct Outcome
    {
        bool changes = false; // whether the change request's state changes
        ChangeState state = ChangeState::RolledBack;
        QString detail; // for the audit trail: English (storage/AuditText.h)
    };
    // After a rollback of `rolledBack` assets (by name) of which `failed` failed.
    Result<Outcome> outcome(qint64 changeId, int rolledBack, int failed) const;

private:
    Database &m_database;
};
