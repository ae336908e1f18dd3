// Maintenance windows (MaintenanceWindow.h): the text people type, and the instants a window is open, worked
// out by hand (and checked against Python's zoneinfo) for the nights the clocks change in Berlin and New
// York, across midnight, and for monthly windows such as the Friday after Patch Tuesday. Every zone is named
// explicitly, so the machine's own zone does not matter.
#include "../support/UtcTime.h"

#include "domain/MaintenanceWindow.h"

#include <QRegularExpression>
#include <QTest>

#include <optional>

using namespace std::chrono_literals;

namespace {

QDateTime local(QDate date, QTime time, const char *zone)
{
    return QDateTime(date, time, QTimeZone(QByteArray(zone)));
}

std::optional<MaintenanceWindow> windowOf(const QString &text, const QString &zone)
{
    Result<MaintenanceWindow> window = MaintenanceWindow::parse(text, zone);
    if (!window) {
        qWarning("%s", qPrintable(window.error().text()));
        return std::nullopt;
    }
    return std::move(window).value();
}

} // namespace

class TestMaintenanceWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void nextOpening_data();
    void nextOpening();
    void occurrenceContaining_data();
    void occurrenceContaining();
    void fridayAfterPatchTuesdayThroughTheYear();
    void lastSundayThroughTheYear();
    void mayStart_data();
    void mayStart();
    void invalidInstantsHaveNoOccurrence();

    void canonicalText_data();
    void canonicalText();
    void refusals_data();
    void refusals();
    void timeZones_data();
    void timeZones();
    void hostileTextIsRefused_data();
    void hostileTextIsRefused();
    void equality();
};

void TestMaintenanceWindow::initTestCase()
{
    // The IANA database comes from the system (Debian: tzdata, installed by packaging/install-deps.sh).
    QVERIFY2(QTimeZone(QByteArrayLiteral("Europe/Berlin")).isValid(), "no zone database: install tzdata");
    QVERIFY2(QTimeZone(QByteArrayLiteral("America/New_York")).isValid(), "no zone database: install tzdata");
}

// Each row: the occurrence nextOpening() finds after `after`. The test also checks its edges through
// occurrenceContaining(): open at its start, not at its end nor a second before its start.
void TestMaintenanceWindow::nextOpening_data()
{
    QTest::addColumn<QString>("window");
    QTest::addColumn<QString>("zone");
    QTest::addColumn<QDateTime>("after");
    QTest::addColumn<QDateTime>("start");
    QTest::addColumn<QDateTime>("end");

    const QString berlin = QStringLiteral("Europe/Berlin");
    const QString newYork = QStringLiteral("America/New_York");
    const QString utcZone = QStringLiteral("UTC");

    // Berlin, Sunday 28 March 2027: at 01:00 UTC the clocks jump from 02:00 CET to 03:00 CEST.
    QTest::newRow("berlin spring: Sun 01:00-04:00 lasts 2 h")
        << QStringLiteral("Sun 01:00-04:00") << berlin << utc("2027-03-27T12:00:00Z")
        << utc("2027-03-28T00:00:00Z") << utc("2027-03-28T02:00:00Z");
    QTest::newRow("berlin spring: Sat 22:00-02:00 ends where the gap starts")
        << QStringLiteral("Sat 22:00-02:00") << berlin << utc("2027-03-27T12:00:00Z")
        << utc("2027-03-27T21:00:00Z") << utc("2027-03-28T01:00:00Z");
    QTest::newRow("berlin spring: a start in the gap opens at 03:00 CEST")
        << QStringLiteral("Sun 02:30-05:00") << berlin << utc("2027-03-27T12:00:00Z")
        << utc("2027-03-28T01:00:00Z") << utc("2027-03-28T03:00:00Z");
    QTest::newRow("berlin spring: a window wholly in the gap skips that night")
        << QStringLiteral("Sun 02:10-02:50") << berlin << utc("2027-03-27T12:00:00Z")
        << utc("2027-04-04T00:10:00Z") << utc("2027-04-04T00:50:00Z");
    QTest::newRow("berlin spring: last Sun of the month starts in the gap")
        << QStringLiteral("last Sun of the month 02:00-06:00") << berlin << utc("2027-03-01T00:00:00Z")
        << utc("2027-03-28T01:00:00Z") << utc("2027-03-28T04:00:00Z");

    // Berlin, Sunday 31 October 2027: at 01:00 UTC the clocks go back from 03:00 CEST to 02:00 CET.
    QTest::newRow("berlin autumn: Sun 01:00-04:00 lasts 4 h")
        << QStringLiteral("Sun 01:00-04:00") << berlin << utc("2027-10-30T12:00:00Z")
        << utc("2027-10-30T23:00:00Z") << utc("2027-10-31T03:00:00Z");
    QTest::newRow("berlin autumn: Sat 22:00-02:00 ends at the first 02:00 (CEST)")
        << QStringLiteral("Sat 22:00-02:00") << berlin << utc("2027-10-30T12:00:00Z")
        << utc("2027-10-30T20:00:00Z") << utc("2027-10-31T00:00:00Z");
    QTest::newRow("berlin autumn: Sun 02:30-05:00 opens at the first 02:30 (CEST)")
        << QStringLiteral("Sun 02:30-05:00") << berlin << utc("2027-10-30T12:00:00Z")
        << utc("2027-10-31T00:30:00Z") << utc("2027-10-31T04:00:00Z");
    QTest::newRow("berlin autumn: a start in the repeated hour, end after it")
        << QStringLiteral("Sun 02:30-03:30") << berlin << utc("2027-10-30T12:00:00Z")
        << utc("2027-10-31T00:30:00Z") << utc("2027-10-31T02:30:00Z");
    QTest::newRow("berlin autumn: an end in the repeated hour is its first pass")
        << QStringLiteral("Sun 01:00-02:30") << berlin << utc("2027-10-30T12:00:00Z")
        << utc("2027-10-30T23:00:00Z") << utc("2027-10-31T00:30:00Z");
    QTest::newRow("berlin autumn: after that end, the next Sunday")
        << QStringLiteral("Sun 01:00-02:30") << berlin << utc("2027-10-31T01:15:00Z")
        << utc("2027-11-07T00:00:00Z") << utc("2027-11-07T01:30:00Z");
    QTest::newRow("berlin autumn: last Sun of the month lasts 5 h")
        << QStringLiteral("last Sun of the month 02:00-06:00") << berlin << utc("2027-10-01T00:00:00Z")
        << utc("2027-10-31T00:00:00Z") << utc("2027-10-31T05:00:00Z");

    // New York, Sunday 14 March 2027: at 07:00 UTC from 02:00 EST to 03:00 EDT.
    QTest::newRow("new york spring: Sat 22:00-02:00 lasts 4 h")
        << QStringLiteral("Sat 22:00-02:00") << newYork << utc("2027-03-13T12:00:00Z")
        << utc("2027-03-14T03:00:00Z") << utc("2027-03-14T07:00:00Z");
    QTest::newRow("new york spring: Sun 01:00-04:00 lasts 2 h")
        << QStringLiteral("Sun 01:00-04:00") << newYork << utc("2027-03-13T12:00:00Z")
        << utc("2027-03-14T06:00:00Z") << utc("2027-03-14T08:00:00Z");
    QTest::newRow("new york spring: a start in the gap opens at 03:00 EDT")
        << QStringLiteral("Sun 02:30-03:30") << newYork << utc("2027-03-13T12:00:00Z")
        << utc("2027-03-14T07:00:00Z") << utc("2027-03-14T07:30:00Z");
    // New York, Sunday 7 November 2027: at 06:00 UTC from 02:00 EDT back to 01:00 EST.
    QTest::newRow("new york autumn: Sat 22:00-02:00 lasts 5 h")
        << QStringLiteral("Sat 22:00-02:00") << newYork << utc("2027-11-06T12:00:00Z")
        << utc("2027-11-07T02:00:00Z") << utc("2027-11-07T07:00:00Z");
    QTest::newRow("new york autumn: a start in the repeated hour is its first pass (EDT)")
        << QStringLiteral("Sun 01:30-03:00") << newYork << utc("2027-11-06T12:00:00Z")
        << utc("2027-11-07T05:30:00Z") << utc("2027-11-07T08:00:00Z");

    // Across midnight.
    QTest::newRow("daily across midnight, asked while open")
        << QStringLiteral("daily 23:30-00:30") << utcZone << utc("2027-06-10T23:45:00Z")
        << utc("2027-06-10T23:30:00Z") << utc("2027-06-11T00:30:00Z");
    QTest::newRow("daily across midnight, asked at an end: the next one")
        << QStringLiteral("daily 23:30-00:30") << utcZone << utc("2027-06-11T00:30:00Z")
        << utc("2027-06-11T23:30:00Z") << utc("2027-06-12T00:30:00Z");
    QTest::newRow("daily across midnight in Berlin summer time")
        << QStringLiteral("daily 23:30-00:30") << berlin << utc("2027-06-10T12:00:00Z")
        << utc("2027-06-10T21:30:00Z") << utc("2027-06-10T22:30:00Z");
    QTest::newRow("a whole Saturday")
        << QStringLiteral("Sat 00:00-24:00") << utcZone << utc("2027-06-11T00:00:00Z")
        << utc("2027-06-12T00:00:00Z") << utc("2027-06-13T00:00:00Z");
    QTest::newRow("weekdays skip the weekend")
        << QStringLiteral("Mon-Fri 01:00-05:00") << utcZone << utc("2027-06-11T05:00:00Z")
        << utc("2027-06-14T01:00:00Z") << utc("2027-06-14T05:00:00Z");

    // Monthly.
    QTest::newRow("day 15, asked at the end of one: next month")
        << QStringLiteral("day 15 of the month 01:00-04:00") << utcZone << utc("2027-02-15T04:00:00Z")
        << utc("2027-03-15T01:00:00Z") << utc("2027-03-15T04:00:00Z");
    // Asked at the end of January's (31 Jan 22:00 to 1 Feb 02:00), which is still open before then.
    QTest::newRow("last day of a leap February, across midnight")
        << QStringLiteral("last day of the month 22:00-02:00") << utcZone << utc("2028-02-01T02:00:00Z")
        << utc("2028-02-29T22:00:00Z") << utc("2028-03-01T02:00:00Z");
    QTest::newRow("an offset carries into the next month")
        << QStringLiteral("last Sat of the month +2 days 20:00-23:00") << utcZone
        << utc("2027-07-20T00:00:00Z") << utc("2027-08-02T20:00:00Z") << utc("2027-08-02T23:00:00Z");
    QTest::newRow("far ahead: Berlin's summer time rule in 2300")
        << QStringLiteral("second Tue of the month +3 days 20:00-23:00") << berlin
        << utc("2300-07-01T00:00:00Z") << utc("2300-07-13T18:00:00Z") << utc("2300-07-13T21:00:00Z");
}

void TestMaintenanceWindow::nextOpening()
{
    QFETCH(QString, window);
    QFETCH(QString, zone);
    QFETCH(QDateTime, after);
    QFETCH(QDateTime, start);
    QFETCH(QDateTime, end);

    const std::optional<MaintenanceWindow> w = windowOf(window, zone);
    QVERIFY(w);
    const Result<Interval> next = w->nextOpening(after);
    QVERIFY2(next.ok(), qPrintable(next.error().text()));
    QCOMPARE(next.value().start, start);
    QCOMPARE(next.value().end, end);
    QVERIFY(next.value().start.timeZone() == QTimeZone::utc());

    const std::optional<Interval> atStart = w->occurrenceContaining(start);
    QVERIFY(atStart);
    QCOMPARE(atStart->start, start);
    QCOMPARE(atStart->end, end);
    const std::optional<Interval> beforeEnd = w->occurrenceContaining(end.addSecs(-1));
    QVERIFY(beforeEnd);
    QCOMPARE(beforeEnd->start, start);
    const std::optional<Interval> atEnd = w->occurrenceContaining(end);
    QVERIFY(!atEnd || atEnd->start == end); // closed, or the next occurrence opening right there
    const std::optional<Interval> beforeStart = w->occurrenceContaining(start.addSecs(-1));
    QVERIFY(!beforeStart || beforeStart->end == start);
}

// Each row: the occurrence open at `at` (a QDateTime in any zone), or none when `start` is invalid.
void TestMaintenanceWindow::occurrenceContaining_data()
{
    QTest::addColumn<QString>("window");
    QTest::addColumn<QString>("zone");
    QTest::addColumn<QDateTime>("at");
    QTest::addColumn<QDateTime>("start");
    QTest::addColumn<QDateTime>("end");

    const QString berlin = QStringLiteral("Europe/Berlin");
    const QString newYork = QStringLiteral("America/New_York");
    const QString utcZone = QStringLiteral("UTC");
    const QDateTime none;

    QTest::newRow("Sat 22:00-02:00 at Sun 01:00 local is open")
        << QStringLiteral("Sat 22:00-02:00") << berlin
        << local(QDate(2027, 6, 13), QTime(1, 0), "Europe/Berlin") << utc("2027-06-12T20:00:00Z")
        << utc("2027-06-13T00:00:00Z");
    QTest::newRow("Sat 22:00-02:00 at Sun 02:00 local is closed")
        << QStringLiteral("Sat 22:00-02:00") << berlin
        << local(QDate(2027, 6, 13), QTime(2, 0), "Europe/Berlin") << none << none;
    QTest::newRow("Sat 22:00-02:00 at Sat 01:00 local is closed (it opens on Saturday)")
        << QStringLiteral("Sat 22:00-02:00") << berlin
        << local(QDate(2027, 6, 12), QTime(1, 0), "Europe/Berlin") << none << none;
    QTest::newRow("asked in another zone: 16:00 in New York is 22:00 in Berlin")
        << QStringLiteral("Sat 22:00-02:00") << berlin
        << local(QDate(2027, 6, 12), QTime(16, 0), "America/New_York") << utc("2027-06-12T20:00:00Z")
        << utc("2027-06-13T00:00:00Z");
    QTest::newRow("daily 23:30-00:30 a millisecond before its end")
        << QStringLiteral("daily 23:30-00:30") << utcZone << utc("2027-06-11T00:29:59.999Z")
        << utc("2027-06-10T23:30:00Z") << utc("2027-06-11T00:30:00Z");
    QTest::newRow("daily 23:30-00:30 at its end")
        << QStringLiteral("daily 23:30-00:30") << utcZone << utc("2027-06-11T00:30:00Z") << none << none;
    QTest::newRow("daily 23:30-00:30 at its start")
        << QStringLiteral("daily 23:30-00:30") << utcZone << utc("2027-06-11T23:30:00Z")
        << utc("2027-06-11T23:30:00Z") << utc("2027-06-12T00:30:00Z");
    QTest::newRow("berlin spring: 01:59:59 CET, before a start in the gap")
        << QStringLiteral("Sun 02:30-05:00") << berlin << utc("2027-03-28T00:59:59Z") << none << none;
    QTest::newRow("berlin spring: 03:00 CEST, a start in the gap")
        << QStringLiteral("Sun 02:30-05:00") << berlin << utc("2027-03-28T01:00:00Z")
        << utc("2027-03-28T01:00:00Z") << utc("2027-03-28T03:00:00Z");
    QTest::newRow("berlin autumn: 02:45 CET, the repeated hour's second pass, open")
        << QStringLiteral("Sun 02:30-03:30") << berlin << utc("2027-10-31T01:45:00Z")
        << utc("2027-10-31T00:30:00Z") << utc("2027-10-31T02:30:00Z");
    QTest::newRow("berlin autumn: 02:15 CET does not reopen a window that ended at 02:30 CEST")
        << QStringLiteral("Sun 01:00-02:30") << berlin << utc("2027-10-31T01:15:00Z") << none << none;
    QTest::newRow("new york autumn: 01:45 EST, the repeated hour's second pass, open")
        << QStringLiteral("Sun 01:30-03:00") << newYork << utc("2027-11-07T06:45:00Z")
        << utc("2027-11-07T05:30:00Z") << utc("2027-11-07T08:00:00Z");
}

void TestMaintenanceWindow::occurrenceContaining()
{
    QFETCH(QString, window);
    QFETCH(QString, zone);
    QFETCH(QDateTime, at);
    QFETCH(QDateTime, start);
    QFETCH(QDateTime, end);

    QVERIFY(at.isValid());
    const std::optional<MaintenanceWindow> w = windowOf(window, zone);
    QVERIFY(w);
    const std::optional<Interval> open = w->occurrenceContaining(at);
    if (!start.isValid()) {
        QVERIFY2(!open, qPrintable(open ? open->start.toString(Qt::ISODate) : QString()));
        return;
    }
    QVERIFY(open);
    QCOMPARE(open->start, start);
    QCOMPARE(open->end, end);
    QVERIFY(open->contains(at));
}

void TestMaintenanceWindow::fridayAfterPatchTuesdayThroughTheYear()
{
    // Second Tuesdays of 2027: 12 Jan, 9 Feb, 9 Mar, 13 Apr, 11 May, 8 Jun, 13 Jul, 10 Aug, 14 Sep, 12 Oct,
    // 9 Nov, 14 Dec; three days later is the Friday.
    const QDate fridays[] = {{2027, 1, 15}, {2027, 2, 12},  {2027, 3, 12},  {2027, 4, 16},
                             {2027, 5, 14}, {2027, 6, 11},  {2027, 7, 16},  {2027, 8, 13},
                             {2027, 9, 17}, {2027, 10, 15}, {2027, 11, 12}, {2027, 12, 17}};
    const std::optional<MaintenanceWindow> w =
        windowOf(QStringLiteral("second Tue of the month +3 days 20:00-23:00"), QStringLiteral("UTC"));
    QVERIFY(w);
    QDateTime after = utc("2027-01-01T00:00:00Z");
    for (const QDate &friday : fridays) {
        const Result<Interval> next = w->nextOpening(after);
        QVERIFY2(next.ok(), qPrintable(next.error().text()));
        QCOMPARE(next.value().start, QDateTime(friday, QTime(20, 0), QTimeZone::utc()));
        QCOMPARE(next.value().end, QDateTime(friday, QTime(23, 0), QTimeZone::utc()));
        QCOMPARE(friday.dayOfWeek(), int(Qt::Friday));
        after = next.value().end;
    }
}

void TestMaintenanceWindow::lastSundayThroughTheYear()
{
    // Berlin's last Sundays of 2027, 02:00-06:00 local: CET (UTC+1) until March, whose 02:00 falls in the gap
    // (opens 03:00 CEST), CEST (UTC+2) until October, whose 02:00 is the first pass and 06:00 is CET.
    const char *const expected[][2] = {
        {"2027-01-31T01:00:00Z", "2027-01-31T05:00:00Z"}, {"2027-02-28T01:00:00Z", "2027-02-28T05:00:00Z"},
        {"2027-03-28T01:00:00Z", "2027-03-28T04:00:00Z"}, {"2027-04-25T00:00:00Z", "2027-04-25T04:00:00Z"},
        {"2027-05-30T00:00:00Z", "2027-05-30T04:00:00Z"}, {"2027-06-27T00:00:00Z", "2027-06-27T04:00:00Z"},
        {"2027-07-25T00:00:00Z", "2027-07-25T04:00:00Z"}, {"2027-08-29T00:00:00Z", "2027-08-29T04:00:00Z"},
        {"2027-09-26T00:00:00Z", "2027-09-26T04:00:00Z"}, {"2027-10-31T00:00:00Z", "2027-10-31T05:00:00Z"},
        {"2027-11-28T01:00:00Z", "2027-11-28T05:00:00Z"}, {"2027-12-26T01:00:00Z", "2027-12-26T05:00:00Z"},
    };
    const std::optional<MaintenanceWindow> w =
        windowOf(QStringLiteral("last Sun of the month 02:00-06:00"), QStringLiteral("Europe/Berlin"));
    QVERIFY(w);
    QDateTime after = utc("2027-01-01T00:00:00Z");
    for (const auto &occurrence : expected) {
        const Result<Interval> next = w->nextOpening(after);
        QVERIFY2(next.ok(), qPrintable(next.error().text()));
        QCOMPARE(next.value().start, utc(occurrence[0]));
        QCOMPARE(next.value().end, utc(occurrence[1]));
        after = next.value().end;
    }
}

void TestMaintenanceWindow::mayStart_data()
{
    QTest::addColumn<QString>("window");
    QTest::addColumn<QString>("zone");
    QTest::addColumn<QDateTime>("at");
    QTest::addColumn<int>("seconds");
    QTest::addColumn<bool>("allowed");

    const QString sat = QStringLiteral("Sat 22:00-02:00");
    const QString utcZone = QStringLiteral("UTC");
    const QString berlin = QStringLiteral("Europe/Berlin");
    QTest::newRow("ends exactly at the end")
        << sat << utcZone << utc("2027-06-12T23:00:00Z") << 3 * 3600 << true;
    QTest::newRow("a second past the end")
        << sat << utcZone << utc("2027-06-12T23:00:00Z") << 3 * 3600 + 1 << false;
    QTest::newRow("at the start, instant step") << sat << utcZone << utc("2027-06-12T22:00:00Z") << 0 << true;
    QTest::newRow("a second before the start")
        << sat << utcZone << utc("2027-06-12T21:59:59Z") << 60 << false;
    QTest::newRow("the last minute") << sat << utcZone << utc("2027-06-13T01:59:00Z") << 60 << true;
    QTest::newRow("the last minute, one second too long")
        << sat << utcZone << utc("2027-06-13T01:59:00Z") << 61 << false;
    QTest::newRow("at the end") << sat << utcZone << utc("2027-06-13T02:00:00Z") << 0 << false;
    QTest::newRow("a negative duration") << sat << utcZone << utc("2027-06-12T23:00:00Z") << -1 << false;
    QTest::newRow("a duration longer than any window")
        << sat << utcZone << utc("2027-06-12T23:00:00Z") << 100 * 3600 << false;
    // Wall-clock windows are shorter in real time on the spring-forward night: 01:00-04:00 is 2 h.
    QTest::newRow("berlin spring: fits the 2 h")
        << QStringLiteral("Sun 01:00-04:00") << berlin << utc("2027-03-28T00:30:00Z") << 90 * 60 << true;
    QTest::newRow("berlin spring: does not fit the lost hour")
        << QStringLiteral("Sun 01:00-04:00") << berlin << utc("2027-03-28T00:30:00Z") << 91 * 60 << false;
    // ... and the repeated hour is not granted to a window ending at 02:00.
    QTest::newRow("berlin autumn: ends at 02:00 CEST")
        << sat << berlin << utc("2027-10-30T23:30:00Z") << 30 * 60 << true;
    QTest::newRow("berlin autumn: not into the repeated hour")
        << sat << berlin << utc("2027-10-30T23:30:00Z") << 31 * 60 << false;
}

void TestMaintenanceWindow::mayStart()
{
    QFETCH(QString, window);
    QFETCH(QString, zone);
    QFETCH(QDateTime, at);
    QFETCH(int, seconds);
    QFETCH(bool, allowed);

    const std::optional<MaintenanceWindow> w = windowOf(window, zone);
    QVERIFY(w);
    QCOMPARE(w->mayStart(at, std::chrono::seconds(seconds)), allowed);
}

void TestMaintenanceWindow::invalidInstantsHaveNoOccurrence()
{
    const std::optional<MaintenanceWindow> w =
        windowOf(QStringLiteral("daily 00:00-24:00"), QStringLiteral("UTC"));
    QVERIFY(w);
    QVERIFY(w->occurrenceContaining(utc("2027-06-12T12:00:00Z")));
    QVERIFY(!w->occurrenceContaining(QDateTime()));
    QVERIFY(!w->mayStart(QDateTime(), 0s));
    const Result<Interval> next = w->nextOpening(QDateTime());
    QVERIFY(!next.ok());
    QVERIFY(!next.error().message.isEmpty());
}

void TestMaintenanceWindow::canonicalText_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("canonical");

    const auto row = [](const char *typed, const char *canonical) {
        QTest::newRow(typed) << QString::fromUtf8(typed) << QString::fromUtf8(canonical);
    };
    row("Sat 22:00-02:00", "Sat 22:00-02:00");
    row("  sat   22:00 - 02:00  ", "Sat 22:00-02:00");
    row("saturday 22:00\u201302:00", "Sat 22:00-02:00");
    row("Mon-Fri 1:00-5:00", "Mon-Fri 01:00-05:00");
    row("mon - fri 01:00 \u2013 05:00", "Mon-Fri 01:00-05:00");
    row("Mon,Wed 10:00-11:00", "Mon,Wed 10:00-11:00");
    row("wed , mon 10:00-11:00", "Mon,Wed 10:00-11:00");
    row("Mon,Tue,Wed,Fri 10:00-11:00", "Mon-Wed,Fri 10:00-11:00");
    row("Fri-Mon 10:00-11:00", "Mon,Fri-Sun 10:00-11:00");
    row("sat,sun 00:00-24:00", "Sat,Sun 00:00-24:00");
    row("Mon-Sun 01:00-02:00", "daily 01:00-02:00");
    row("DAILY 23:30-00:30", "daily 23:30-00:30");
    row("daily 22:00-00:00", "daily 22:00-00:00");
    row("second Tue of the month +3 days 20:00-23:00", "second Tue of the month +3 days 20:00-23:00");
    row("Second TUESDAY of month + 3 days 20:00-23:00", "second Tue of the month +3 days 20:00-23:00");
    row("first mon of the month +1 day 20:00-23:00", "first Mon of the month +1 day 20:00-23:00");
    row("third wed of the month +0 days 20:00-23:00", "third Wed of the month 20:00-23:00");
    row("fourth Thu of the month +27 days 20:00-23:00", "fourth Thu of the month +27 days 20:00-23:00");
    row("last Sun of the month 02:00-06:00", "last Sun of the month 02:00-06:00");
    row("day 15 of the month 02:00-04:00", "day 15 of the month 02:00-04:00");
    row("Day 1 of Month 02:00-04:00", "day 1 of the month 02:00-04:00");
    row("last day of the month 22:00-02:00", "last day of the month 22:00-02:00");
}

void TestMaintenanceWindow::canonicalText()
{
    QFETCH(QString, typed);
    QFETCH(QString, canonical);

    const QString zone = QStringLiteral("Europe/Berlin");
    const std::optional<MaintenanceWindow> w = windowOf(typed, zone);
    QVERIFY(w);
    QCOMPARE(w->text(), canonical);
    QCOMPARE(w->timeZoneId(), zone);
    const std::optional<MaintenanceWindow> again = windowOf(w->text(), zone);
    QVERIFY(again);
    QCOMPARE(again->text(), canonical);
    QVERIFY(*again == *w);
}

// Each row: a refused text and the word its message must name.
void TestMaintenanceWindow::refusals_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("named");

    const auto row = [](const char *name, const char *text, const char *named) {
        QTest::newRow(name) << QString::fromUtf8(text) << QString::fromUtf8(named);
    };
    row("not a weekday", "Tues 22:00-02:00", "\"Tues\"");
    row("not a recurrence", "weekly 22:00-02:00", "\"weekly\"");
    row("no end time", "Sat 22:00", "\"22:00\"");
    row("no times", "Mon-Fri", "\"Fri\"");
    row("hour 25", "Sat 25:00-02:00", "\"25:00\"");
    row("minute 60", "Sat 22:00-02:60", "\"02:60\"");
    row("no colon", "Sat 2200-0200", "\"2200\"");
    row("24:00 as a start", "Sat 24:00-02:00", "\"24:00\"");
    row("24:30 as an end", "Sat 22:00-24:30", "\"24:30\"");
    row("no dash", "Sat 22:00 02:00", "\"02:00\"");
    row("something after the end", "Sat 22:00-02:00 UTC", "\"UTC\"");
    row("zero length", "Sat 22:00-22:00", "\"22:00\"");
    row("zero length at midnight", "daily 00:00-00:00", "\"00:00\"");
    row("not a weekday in a range", "Mon-Xyz 01:00-02:00", "\"Xyz\"");
    row("a comma before the time", "Mon, 01:00-02:00", "\"01:00\"");
    row("fifth", "fifth Tue of the month 20:00-23:00", "\"fifth\"");
    row("ordinal without weekday", "second day of the month 20:00-23:00", "\"day\"");
    row("in the month", "second Tue in the month 20:00-23:00", "\"in\"");
    row("of the week", "second Tue of the week 20:00-23:00", "\"week\"");
    row("offset 28", "second Tue of the month +28 days 20:00-23:00", "\"28\"");
    row("offset in weeks", "second Tue of the month +3 weeks 20:00-23:00", "\"weeks\"");
    row("negative offset", "second Tue of the month -3 days 20:00-23:00", "\"-\"");
    row("day 29", "day 29 of the month 01:00-02:00", "\"29\"");
    row("day 31", "day 31 of the month 01:00-02:00", "\"31\"");
    row("day 0", "day 0 of the month 01:00-02:00", "\"0\"");
    row("day without month", "day 15 01:00-02:00", "\"01:00\"");
    row("a stray character", "S@t 22:00-02:00", "\"S@t\"");
    row("a dot in a time", "Sat 22.00-02:00", "\"22.00-02:00\"");
    row("a letter outside ASCII", "Sa\u0308t 22:00-02:00", "\"Sa\u0308t\"");
    row("seconds", "Sat 22:00:00-02:00", "\"22:00:00\"");
}

void TestMaintenanceWindow::refusals()
{
    QFETCH(QString, text);
    QFETCH(QString, named);

    const Result<MaintenanceWindow> w = MaintenanceWindow::parse(text, QStringLiteral("Europe/Berlin"));
    QVERIFY(!w.ok());
    QVERIFY2(w.error().message.contains(named), qPrintable(w.error().message));
    QCOMPARE(w.error().code, QStringLiteral("window-invalid"));
    // Every hint shows a valid window to copy.
    static const QRegularExpression example(QStringLiteral("\\d\\d:\\d\\d-\\d\\d:\\d\\d"));
    QVERIFY2(w.error().hint.contains(example), qPrintable(w.error().hint));
}

void TestMaintenanceWindow::timeZones_data()
{
    QTest::addColumn<QString>("zone");
    QTest::addColumn<bool>("accepted");

    const auto row = [](const char *name, const QString &zone, bool accepted) {
        QTest::newRow(name) << zone << accepted;
    };
    row("Europe/Berlin", QStringLiteral("Europe/Berlin"), true);
    row("America/Argentina/Buenos_Aires", QStringLiteral("America/Argentina/Buenos_Aires"), true);
    row("Etc/GMT+5", QStringLiteral("Etc/GMT+5"), true);
    row("Etc/UTC", QStringLiteral("Etc/UTC"), true);
    row("UTC", QStringLiteral("UTC"), true);
    // The machine's zone, whatever it is, means different instants on different consoles.
    row("empty", QString(), false);
    row("system", QStringLiteral("system"), false);
    row("localtime", QStringLiteral("localtime"), false);
    // Qt would read these as POSIX rules or legacy names rather than Area/Location zones.
    row("CET", QStringLiteral("CET"), false);
    row("EST5EDT", QStringLiteral("EST5EDT"), false);
    row("lower-case utc", QStringLiteral("utc"), false);
    row("unknown", QStringLiteral("Europe/Nowhere"), false);
    row("misspelt", QStringLiteral("Europe/berlin"), false);
    row("a path", QStringLiteral("../../etc/passwd"), false);
    row("an absolute path", QStringLiteral("/usr/share/zoneinfo/Europe/Berlin"), false);
    row("trailing slash", QStringLiteral("Europe/Berlin/"), false);
    row("trailing newline", QStringLiteral("Europe/Berlin\n"), false);
    row("a space", QStringLiteral("Europe/ Berlin"), false);
    row("an escape", QStringLiteral("Europe/Berlin\x1b[2J"), false);
    row("10 KB", QStringLiteral("Europe/") + QString(10 * 1024, QLatin1Char('a')), false);
}

void TestMaintenanceWindow::timeZones()
{
    QFETCH(QString, zone);
    QFETCH(bool, accepted);

    const Result<MaintenanceWindow> w = MaintenanceWindow::parse(QStringLiteral("Sat 22:00-02:00"), zone);
    QCOMPARE(w.ok(), accepted);
    if (accepted) {
        QCOMPARE(w.value().timeZoneId(), zone);
        return;
    }
    QCOMPARE(w.error().code, QStringLiteral("time-zone-invalid"));
    QVERIFY(!w.error().message.isEmpty());
    QVERIFY2(w.error().message.size() < 300, qPrintable(w.error().message.left(300)));
    QVERIFY2(w.error().hint.contains(QLatin1String("Europe/Berlin")), qPrintable(w.error().hint));
    for (const QChar c : w.error().text())
        QVERIFY(c.unicode() >= 0x20);
}

void TestMaintenanceWindow::hostileTextIsRefused_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("named");

    QTest::newRow("escape sequence") << QStringLiteral("Sat\x1b[31m 22:00-02:00") << QStringLiteral("\\x1B");
    QTest::newRow("newline") << QStringLiteral("Sat 22:00-02:00\nrm -rf /") << QStringLiteral("\\x0A");
    QTest::newRow("NUL") << QString::fromUtf16(u"Sat\u0000 22:00-02:00", 16) << QStringLiteral("\\x00");
    QTest::newRow("tab") << QStringLiteral("Sat\t22:00-02:00") << QStringLiteral("\\x09");
    QTest::newRow("right-to-left override")
        << QString::fromUtf16(u"Sat \u202E00:20-00:22") << QStringLiteral("\\u202E");
    QTest::newRow("10 KB of a weekday")
        << QStringLiteral("Sat ") + QString(10 * 1024, QLatin1Char('a')) << QStringLiteral("10244");
    QTest::newRow("10 KB of valid words")
        << QStringLiteral("Mon,").repeated(2560) + QStringLiteral("Tue 01:00-02:00")
        << QStringLiteral("10255");
    QTest::newRow("empty") << QString() << QStringLiteral("empty");
    QTest::newRow("only spaces") << QStringLiteral("   ") << QStringLiteral("empty");
}

void TestMaintenanceWindow::hostileTextIsRefused()
{
    QFETCH(QString, text);
    QFETCH(QString, named);

    const Result<MaintenanceWindow> w = MaintenanceWindow::parse(text, QStringLiteral("UTC"));
    QVERIFY(!w.ok());
    QCOMPARE(w.error().code, QStringLiteral("window-invalid"));
    QVERIFY2(w.error().message.contains(named), qPrintable(w.error().message));
    // The refusal neither echoes the input at length nor carries its control characters.
    QVERIFY2(w.error().text().size() < 600, qPrintable(w.error().text().left(600)));
    for (const QChar c : w.error().text())
        QVERIFY(c.unicode() >= 0x20 && c.unicode() != 0x202E);
}

void TestMaintenanceWindow::equality()
{
    const std::optional<MaintenanceWindow> typed =
        windowOf(QStringLiteral("mon - fri 1:00-5:00"), QStringLiteral("Europe/Berlin"));
    const std::optional<MaintenanceWindow> canonical =
        windowOf(QStringLiteral("Mon-Fri 01:00-05:00"), QStringLiteral("Europe/Berlin"));
    const std::optional<MaintenanceWindow> elsewhere =
        windowOf(QStringLiteral("Mon-Fri 01:00-05:00"), QStringLiteral("America/New_York"));
    const std::optional<MaintenanceWindow> later =
        windowOf(QStringLiteral("Mon-Fri 01:00-06:00"), QStringLiteral("Europe/Berlin"));
    QVERIFY(typed && canonical && elsewhere && later);
    QVERIFY(*typed == *canonical);
    QVERIFY(*canonical != *elsewhere);
    QVERIFY(*canonical != *later);
}

QTEST_GUILESS_MAIN(TestMaintenanceWindow)
#include "tst_maintenancewindow.moc"
