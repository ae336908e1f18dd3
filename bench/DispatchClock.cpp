#include "DispatchClock.h"

#include <QEvent>
#include <QMetaEnum>
#include <QThread>

#include <algorithm>

DispatchClock::DispatchClock(int &argc, char **argv)
    : QApplication(argc, argv)
{
    m_clock.start();
}

DispatchClock *DispatchClock::instance()
{
    return dynamic_cast<DispatchClock *>(QCoreApplication::instance());
}

QString DispatchClock::describe(const QObject *receiver, const QEvent *event)
{
    const char *type = QMetaEnum::fromType<QEvent::Type>().valueToKey(event->type());
    QString text = type ? QString::fromLatin1(type) : QString::number(int(event->type()));
    text += QStringLiteral(" -> ") + QString::fromLatin1(receiver->metaObject()->className());
    if (!receiver->objectName().isEmpty())
        text += QLatin1Char(' ') + receiver->objectName();
    return text;
}

bool DispatchClock::notify(QObject *receiver, QEvent *event)
{
    if (QThread::currentThread() != thread())
        return QApplication::notify(receiver, event);
    const qint64 started = m_clock.nsecsElapsed();
    const int depth = ++m_depth;
    if (depth == 1)
        m_innerLongest = Timed{};
    const bool handled = QApplication::notify(receiver, event);
    --m_depth;
    const double ms = double(m_clock.nsecsElapsed() - started) / 1e6;
    if (depth == 2 && ms > m_innerLongest.ms && ms > 1.0)
        m_innerLongest = Timed{ms, describe(receiver, event), 0, {}};
    if (depth == 1) {
        m_totalMs += ms;
        ++m_events;
        if (ms > 1.0)
            m_since.push_back(Timed{ms, describe(receiver, event), m_innerLongest.ms, m_innerLongest.what});
    }
    return handled;
}

DispatchClock::Since DispatchClock::take(int most)
{
    std::sort(m_since.begin(), m_since.end(), [](const Timed &a, const Timed &b) { return a.ms > b.ms; });
    Since since;
    since.totalMs = m_totalMs;
    since.events = m_events;
    for (std::size_t i = 0; i < m_since.size() && int(i) < most; ++i) {
        const Timed &t = m_since[i];
        QString line = QStringLiteral("%1 ms %2").arg(t.ms, 0, 'f', 1).arg(t.what);
        if (!t.inner.isEmpty())
            line += QStringLiteral(" (inside: %1 ms %2)").arg(t.innerMs, 0, 'f', 1).arg(t.inner);
        since.longest.push_back(line);
    }
    m_since.clear();
    m_totalMs = 0;
    m_events = 0;
    return since;
}
