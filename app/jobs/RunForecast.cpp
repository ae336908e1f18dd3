#include "RunForecast.h"

void RunForecast::start(int total, qint64 nowMs)
{
    m_total = total;
    m_ok = 0;
    m_failed = 0;
    m_startMs = nowMs;
}

void RunForecast::finishedOne(bool ok)
{
    (ok ? m_ok : m_failed) += 1;
}

std::optional<qint64> RunForecast::remainingMs(qint64 nowMs) const
{
    const qint64 elapsed = nowMs - m_startMs;
    const int left = m_total - done();
    if (done() < MinDone || elapsed < MinElapsedMs || left <= 0)
        return std::nullopt;
    return qint64(double(elapsed) / done() * left + 0.5);
}
