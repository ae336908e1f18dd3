#pragma once

#include <QtGlobal>

#include <optional>

// How far a run over many assets is and when it will end, from the pace so far: done, ok and failed counts,
// and the time left as the assets still to do at the rate assets finished since the run started. No estimate
// before MinDone assets are done and MinElapsedMs have passed (the first results of a parallel run land
// together and say little about the pace). Times are milliseconds on any monotonic clock the caller uses.
class RunForecast
{
public:
    static constexpr int MinDone = 3;
    static constexpr qint64 MinElapsedMs = 2000;

    void start(int total, qint64 nowMs);
    void finishedOne(bool ok);

    int total() const { return m_total; }
    int done() const { return m_ok + m_failed; }
    int ok() const { return m_ok; }
    int failed() const { return m_failed; }
    // Milliseconds left, or nothing while there is too little to go on (or nothing left).
    std::optional<qint64> remainingMs(qint64 nowMs) const;

private:
    int m_total = 0;
    int m_ok = 0;
    int m_failed = 0;
    qint64 m_startMs = 0;
};
