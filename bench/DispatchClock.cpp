#include "DispatchClock.h"

#include <QEvent>
#include <QMetaEnum>
#include <QPointer>
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

QString DispatchClock::describe(QEvent::Type type, const char *className, const QObject *receiver)
{
    const char *name = QMetaEnum::fromType<QEvent::Type>().valueToKey(type);
    QString text = name ? QString::fromLatin1(name) : QString::number(int(type));
    text += QStringLiteral(" -> ") + QString::fromLatin1(className);
    if (receiver && !receiver->objectName().isEmpty())
        text += QLatin1Char(' ') + receiver->objectName();
    return text;
}

bool DispatchClock::notify(QObject *receiver, QEvent *event)
{
    if (QThread::currentThread() != thread())
        return QApplication::notify(receiver, event);
    // What the description needs is taken before the dispatch: the event may delete its receiver (a
    // DeferredDelete, a slot that deletes its own object), and the event may be gone once notify() returns.
    const QEvent::Type type = event->type();
    const char *className = receiver->metaObject()->className(); // static storage: outlives the object
    const QPointer<QObject> alive(receiver);
    const qint64 started = m_clock.nsecsElapsed();
    const int depth = ++m_depth;
    if (depth == 1)
        m_innerLongest = Timed{};
    const bool handled = QApplication::notify(receiver, event);
    --m_depth;
    const double ms = double(m_clock.nsecsElapsed() - started) / 1e6;
    if (depth == 2 && ms > m_innerLongest.ms && ms > 1.0)
        m_innerLongest = Timed{ms, describe(type, className, alive.data()), 0, {}};
    if (depth == 1) {
        m_totalMs += ms;
        ++m_events;
        if (ms > 1.0)
            m_since.push_back(
                Timed{ms, describe(type, className, alive.data()), m_innerLongest.ms, m_innerLongest.what});
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
