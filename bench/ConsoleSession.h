#pragma once

#include "domain/Result.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QString>

struct DatabaseConfig;

// One measured console session for pw_bench_console, in its own process (a QApplication, offscreen): opens
// the database, builds the real MainWindow and shows it, then does what an admin does first, timing each
// step from the action to the table painted with its result:
//   launch    process start (`sinceStart`) to the Assets table painted with rows (the interactive console)
//   patches   switching to the Patches pane
//   filter    typing a word into the Patches filter, keystroke by keystroke (each until the view repainted),
//             then clearing it
//   sort      clicking the Score header (ascending, then back to descending)
//   details   selecting a row (first, middle, last) until the details panel painted
//   compliance switching to the Compliance pane until its figures are computed, then View ▸ Refresh of it
// and, to say where launch time goes, each pane's reload() timed on its own afterwards, and the full audit
// chain verification the first seal of a session does on a trail never sealed before (main.cpp seals at
// start; this session does not, having no keychain). Throughout, a 10 ms timer measures its own lateness: the
// longest GUI event-loop stall, overall and per step. Peak RSS from getrusage(2).
// Not done, as main.cpp does: the keychain unlock, FirstStart's own asset, the session's audit events, the
// start seal and the daily compliance snapshots' catch-up (a worker thread).
namespace ConsoleSession {

struct Options
{
    QString filterWord = QStringLiteral("openssl");
    int timeoutSeconds = 900; // per step, so a broken step fails instead of hanging
};

// `sinceStart` was started at the top of main(). Needs a QApplication.
Result<QJsonObject> measure(const DatabaseConfig &config, const Options &options,
                            const QElapsedTimer &sinceStart);

} // namespace ConsoleSession
