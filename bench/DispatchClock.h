#pragma once

#include <QApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QString>

#include <vector>

// pw_bench_console's application: a QApplication that times every event the GUI thread dispatches at the top
// of its event loop (and the longest one dispatched inside it), so the bench can say what a stall was doing,
// not only how long it was. Events of other threads pass untimed. The cost is two clock reads an event; the
// description (event type, receiver's class and object name) is written only for events over 1 ms.
class DispatchClock : public QApplication
{
public:
    DispatchClock(int &argc, char **argv);

    // The application, when it is a DispatchClock (nullptr otherwise).
    static DispatchClock *instance();

    // What the GUI thread dispatched since the last call, longest first: "78.2 ms MetaCall → TableFilterProxy
    // (inside: 70.1 ms ...)", at most `most` of them, and the time all top-level dispatches took together.
    struct Since
    {
        std::vector<QString> longest;
        double totalMs = 0;
        int events = 0;
    };
    Since take(int most = 3);

    bool notify(QObject *receiver, QEvent *event) override;

private:
    struct Timed
    {
        double ms = 0;
        QString what;
        double innerMs = 0;
        QString inner;
    };
    // "KeyPress -> QLineEdit patchesFilter"; the object's name only while `receiver` is alive (null:
    // deleted).
    static QString describe(QEvent::Type type, const char *className, const QObject *receiver);

    QElapsedTimer m_clock;
    int m_depth = 0;
    Timed m_innerLongest; // the longest event dispatched inside the current top-level one
    std::vector<Timed> m_since;
    double m_totalMs = 0;
    int m_events = 0;
};
