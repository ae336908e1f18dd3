#pragma once

#include "jobs/RunDefaults.h"

#include "intel/FeedSettings.h"
#include "intel/SlaPolicy.h"

#include <QCoreApplication>
#include <QMap>

class Database;

// The team's settings the Settings dialog edits, read and saved as one: the run defaults, the SLA policy,
// and how `intel sync` reaches the feeds (proxy, mirrors). All live in the database's settings. save()
// checks every value first and stores nothing when any is refused; then it writes them in one transaction
// with one settings.changed audit event per changed value (old → new, by the database's actor), and an audit
// write that fails fails the whole save. The rings have their own editor and RingRepository.
struct TeamSettings
{
    Q_DECLARE_TR_FUNCTIONS(TeamSettings)

public:
    RunDefaults run;
    SlaPolicy sla;
    FeedProxy proxy;
    QMap<IntelFeed, QString> mirrors; // IntelSync::syncableFeeds(); empty text: the official URL

    static Result<TeamSettings> load(Database &database);
    // Every refused value, each saying what is allowed; empty when all can be stored. A mirror or a manual
    // proxy is stored as FeedSettings checks it (trimmed, the proxy normalised).
    QStringList problems() const;
    // Checks, then stores and audits what changed. Returns how many values changed. Needs the RunFleet
    // permission.
    Result<int> save(Database &database) const;
};
