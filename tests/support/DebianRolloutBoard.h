#pragma once

// The fleet, rings and change board of the staged-rollout stories on the Debian endpoint (tst_debianrollout
// through the engine, tst_debianrolloutgui in the console): deb1 is the pilot, "deb1-broad" the same
// endpoint in the broad ring (scanned, so each ring has its own package to deploy); every asset of a ring
// must succeed; two approvals for every change; ann (admin) requests, rita and rob (reviewers) review, ada
// audits, and `admin` (the OS account the runs' own connections act as) deploys.
#include "DebianTestHost.h"

#include "board/ChangeBoard.h"
#include "storage/AssetRepository.h"
#include "storage/UserRepository.h"

#include <QSqlQuery>

inline Status setUpTwoRingsAndBoard(DebianTestHost &host, const QString &admin)
{
    Database &db = *host.db();
    AssetRepository assets(db.connection(), admin);
    auto pilot = assets.findById(host.assetId());
    if (!pilot)
        return pilot.error();
    pilot.value().ring = QStringLiteral("pilot");
    if (Status updated = assets.update(pilot.value()); !updated)
        return updated;
    Asset broad = pilot.value();
    broad.id = 0;
    broad.name = QStringLiteral("deb1-broad");
    broad.ring = QStringLiteral("broad");
    const auto broadId = assets.add(broad);
    if (!broadId)
        return broadId.error();
    broad.id = broadId.value();
    if (Status scanned = host.scan(broad); !scanned)
        return scanned;
    QSqlQuery rings(db.connection());
    if (!rings.exec(QStringLiteral("INSERT INTO rings (name, position, min_success_percent) VALUES "
                                   "('pilot', 1, 100), ('broad', 2, 100)")))
        return Error{QStringLiteral("cannot add the rings"), {}};

    UserRepository users(db.connection(), admin);
    for (const auto &[name, role] :
         {std::pair{admin, Role::Admin}, std::pair{QStringLiteral("ann"), Role::Admin},
          std::pair{QStringLiteral("rita"), Role::Reviewer}, std::pair{QStringLiteral("rob"), Role::Reviewer},
          std::pair{QStringLiteral("ada"), Role::Auditor}}) {
        if (Status added = users.add(name, role); !added)
            return added;
    }
    BoardPolicy policy;
    policy.quorum = {2, 2, 2};
    db.setActor(admin);
    return ChangeBoard(db).setPolicy(policy);
}

// Empty when `expected` occurs in `events` in that order (others may come between); else what is missing.
inline QString missingFromStory(const QStringList &events, const QStringList &expected)
{
    qsizetype at = 0;
    for (const QString &step : expected) {
        const qsizetype found = events.indexOf(step, at);
        if (found < 0)
            return step + QStringLiteral(" missing after event ") + QString::number(at) +
                   QStringLiteral(": ") + events.join(QStringLiteral(", "));
        at = found + 1;
    }
    return {};
}
