#include "setup/LocalTimeZone.h"

#include <QDateTime>
#include <QFileInfo>
#include <QTest>
#include <QTimeZone>

#include <ctime>

using namespace Qt::StringLiterals;

// LocalTimeZone::pin: TZ names the system's zone file when it was unset (glibc then reads it once, not on
// every conversion), local times stay the same, and a TZ someone set is left alone.
class TestLocalTimeZone : public QObject
{
    Q_OBJECT

private slots:
    void pinsTheSystemZoneWhenTzIsUnset();
    void leavesASetTzAlone();
};

namespace {

// The local offsets of a winter and a summer moment (a zone with summer time differs in one of them).
QList<int> offsets()
{
    QList<int> out;
    for (const QDateTime &at : {QDateTime(QDate(2026, 1, 15), QTime(12, 0), QTimeZone::utc()),
                                QDateTime(QDate(2026, 7, 15), QTime(12, 0), QTimeZone::utc())})
        out << at.toLocalTime().offsetFromUtc();
    return out;
}

} // namespace

void TestLocalTimeZone::pinsTheSystemZoneWhenTzIsUnset()
{
    qunsetenv("TZ");
    tzset();
    const QList<int> before = offsets();
    LocalTimeZone::pin();
    if (!QFileInfo::exists(u"/etc/localtime"_s)) { // no zone file: glibc's default (UTC) stays as it is
        QVERIFY(!qEnvironmentVariableIsSet("TZ"));
        return;
    }
    QCOMPARE(qgetenv("TZ"), QByteArray(":/etc/localtime"));
    tzset();
    QCOMPARE(offsets(), before);
    // Qt still names the system's zone (it reads ":/etc/localtime" as the default zone, not as an id).
    QVERIFY(QTimeZone::systemTimeZone().isValid());
}

void TestLocalTimeZone::leavesASetTzAlone()
{
    qputenv("TZ", "America/New_York");
    tzset();
    LocalTimeZone::pin();
    QCOMPARE(qgetenv("TZ"), QByteArray("America/New_York"));
    QCOMPARE(QDateTime(QDate(2026, 1, 15), QTime(12, 0), QTimeZone::utc()).toLocalTime().offsetFromUtc(),
             -5 * 3600);
}

QTEST_GUILESS_MAIN(TestLocalTimeZone)
#include "tst_localtimezone.moc"
