#pragma once

#include "domain/Result.h"
#include "domain/RolloutRun.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

#include <chrono>

class Database;

// Makes the staged run that deploys an approved change (the CLI's `deploy CHANGE`, the console's Deploy…):
// the board must allow the current user to deploy it (ChangeBoard::mayDeploy), its stages come from the rings
// of its target assets (RingPlan: the given rings, else the change's own ring plan, else every ring in
// order), and the run is either to be started now by the caller, or scheduled for a scheduler (the console
// or `patchwright-cli daemon`) to start:
//   - at the first maintenance window of its first ring's assets, by the latest start that still fits it;
//   - or at a given time, by a given delay after it.
// A run a scheduler finds past its latest start is marked missed, never run late.
class RunPlanner
{
    Q_DECLARE_TR_FUNCTIONS(RunPlanner)

public:
    enum class Start
    {
        Now,         // the caller drives it at once (StagedRun)
        AtItsWindow, // the first ring's first maintenance window that a deployment fits in
        AtTime       // `at`, started by `at + startWithin`
    };

    struct Request
    {
        qint64 changeId = 0;
        QStringList rings; // overrides the change's ring plan when given
        Start start = Start::Now;
        QDateTime at;
        std::chrono::minutes startWithin{60};
        std::chrono::seconds expectedAssetDuration{30 * 60};
    };

    explicit RunPlanner(Database &database);
    // The clock "now" is read from (tests set it).
    void setNow(const QDateTime &now) { m_now = now; }

    Result<RolloutRun> create(const Request &request) const;

private:
    QDateTime now() const { return m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc(); }

    Database &m_database;
    QDateTime m_now;
};
