// Rings and maintenance windows through patchwright-cli on an encrypted local database, as an admin would
// configure a staged rollout: rings in use listed before anyone configured them, gates set option by option,
// the order kept strict, windows added in a zone with their next opening, the parser's refusals as usage
// errors, audit events, and a reviewer refused.
#include "../support/CliRunner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;

class TestRingCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void ringsInUseAreListedBeforeTheyAreConfigured();
    void setChangesOnlyTheOptionsGivenAndKeepsTheOrder();
    void ringRefusalsSayWhatIsWrong();
    void windowsAreAddedListedAndRemoved();
    void windowRefusals();
    void aReviewerIsRefused();

private:
    CliRunner::Run cli(const QStringList &arguments, const QString &database = u"rings.db"_s);
    QJsonArray json(const QStringList &arguments);
    QJsonObject ring(const QString &name);
    QStringList auditDetails(const QString &action);

    QTemporaryDir m_dir;
    QString m_me;
};

CliRunner::Run TestRingCli::cli(const QStringList &arguments, const QString &database)
{
    CliRunner runner;
    runner.setEnvironment(u"PATCHWRIGHT_DB_PASSPHRASE"_s, u"correct horse battery staple"_s);
    return runner.run(QStringList{u"--db"_s, m_dir.filePath(database)} + arguments);
}

QJsonArray TestRingCli::json(const QStringList &arguments)
{
    const CliRunner::Run run = cli(arguments + QStringList{u"--format"_s, u"json"_s});
    if (run.exitCode != 0)
        qWarning("%s: %s", qPrintable(arguments.join(u' ')), run.err.constData());
    return QJsonDocument::fromJson(run.out).array();
}

QJsonObject TestRingCli::ring(const QString &name)
{
    for (const QJsonValue &row : json({u"ring"_s, u"list"_s})) {
        if (row.toObject().value(u"name"_s).toString() == name)
            return row.toObject();
    }
    return {};
}

QStringList TestRingCli::auditDetails(const QString &action)
{
    QStringList details;
    for (const QJsonValue &row : json({u"audit"_s, u"list"_s})) {
        if (row.toObject().value(u"action"_s).toString() == action)
            details.prepend(row.toObject().value(u"subject"_s).toString() + u": "_s +
                            row.toObject().value(u"details"_s).toString());
    }
    return details;
}

void TestRingCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QCOMPARE(cli({u"asset"_s, u"list"_s}).exitCode, 0); // creates the database, this machine as first asset
    for (const auto &[name, address, ringName] :
         {std::tuple{u"web1"_s, u"10.0.0.1"_s, u"pilot"_s}, std::tuple{u"web2"_s, u"10.0.0.2"_s, u"pilot"_s},
          std::tuple{u"db1"_s, u"10.0.0.3"_s, u"broad"_s}}) {
        const CliRunner::Run added = cli({u"asset"_s, u"add"_s, name, u"--transport"_s, u"ssh"_s,
                                          u"--address"_s, address, u"--ring"_s, ringName});
        QVERIFY2(added.exitCode == 0, added.err.constData());
    }
    const QJsonArray me = json({u"whoami"_s});
    QCOMPARE(me.size(), 1);
    m_me = me.at(0).toObject().value(u"name"_s).toString();
    QVERIFY(!m_me.isEmpty());
}

void TestRingCli::ringsInUseAreListedBeforeTheyAreConfigured()
{
    const QJsonArray rings = json({u"ring"_s, u"list"_s});
    QCOMPARE(rings.size(), 2); // this machine is in no ring
    QStringList keys = {u"name"_s,
                        u"position"_s,
                        u"assets"_s,
                        u"min_success_percent"_s,
                        u"halt_on_failed_verification"_s,
                        u"soak_minutes"_s,
                        u"parallelism"_s,
                        u"windows"_s,
                        u"configured"_s};
    keys.sort();
    QCOMPARE(rings.at(0).toObject().keys(), keys);
    const QJsonObject broad = rings.at(0).toObject();
    QCOMPARE(broad.value(u"name"_s).toString(), u"broad"_s);
    QCOMPARE(broad.value(u"position"_s).toInt(), 1);
    QCOMPARE(broad.value(u"assets"_s).toInt(), 1);
    QCOMPARE(broad.value(u"min_success_percent"_s).toInt(), 100);
    QCOMPARE(broad.value(u"halt_on_failed_verification"_s).toBool(), true);
    QCOMPARE(broad.value(u"soak_minutes"_s).toInt(), 0);
    QCOMPARE(broad.value(u"parallelism"_s).toInt(), 4);
    QCOMPARE(broad.value(u"windows"_s).toString(), QString());
    QCOMPARE(broad.value(u"configured"_s).toBool(), false);
    const QJsonObject pilot = rings.at(1).toObject();
    QCOMPARE(pilot.value(u"name"_s).toString(), u"pilot"_s);
    QCOMPARE(pilot.value(u"position"_s).toInt(), 2);
    QCOMPARE(pilot.value(u"assets"_s).toInt(), 2);
    QCOMPARE(pilot.value(u"configured"_s).toBool(), false);
}

void TestRingCli::setChangesOnlyTheOptionsGivenAndKeepsTheOrder()
{
    const CliRunner::Run set =
        cli({u"ring"_s, u"set"_s, u"pilot"_s, u"--min-success"_s, u"90"_s, u"--halt-on-failed-verification"_s,
             u"off"_s, u"--soak"_s, u"30"_s, u"--parallel"_s, u"8"_s});
    QVERIFY2(set.exitCode == 0, set.err.constData());
    QVERIFY2(set.out.startsWith("pilot: position 1; at least 90 % of its assets must succeed; a failed "
                                "verification does not halt the run; soak 30 min; parallelism 8\n"),
             set.out.constData());
    QCOMPARE(ring(u"pilot"_s).value(u"position"_s).toInt(), 1); // configured before the unconfigured broad
    QCOMPARE(ring(u"broad"_s).value(u"position"_s).toInt(), 2);

    // A new ring may be set up before any asset is in it; the command says it is empty.
    const CliRunner::Run canary = cli({u"ring"_s, u"set"_s, u"canary"_s, u"--position"_s, u"1"_s});
    QVERIFY2(canary.exitCode == 0, canary.err.constData());
    QVERIFY2(canary.out.contains("No asset is in ring canary yet"), canary.out.constData());
    QVERIFY(!set.out.contains("No asset is in ring"));

    QCOMPARE(cli({u"ring"_s, u"set"_s, u"pilot"_s, u"--soak"_s, u"45"_s}).exitCode, 0);
    const QJsonArray rings = json({u"ring"_s, u"list"_s});
    QStringList order;
    for (const QJsonValue &row : rings)
        order << row.toObject().value(u"name"_s).toString() + u'=' +
                     QString::number(row.toObject().value(u"position"_s).toInt());
    QCOMPARE(order, (QStringList{u"canary=1"_s, u"pilot=2"_s, u"broad=3"_s}));
    const QJsonObject pilot = rings.at(1).toObject();
    QCOMPARE(pilot.value(u"soak_minutes"_s).toInt(), 45);
    QCOMPARE(pilot.value(u"min_success_percent"_s).toInt(), 90); // untouched by --soak
    QCOMPARE(pilot.value(u"parallelism"_s).toInt(), 8);
    QCOMPARE(pilot.value(u"halt_on_failed_verification"_s).toBool(), false);
    QCOMPARE(pilot.value(u"configured"_s).toBool(), true);
    QCOMPARE(rings.at(2).toObject().value(u"configured"_s).toBool(), false);

    QCOMPARE(auditDetails(u"ring.changed"_s),
             (QStringList{u"ring pilot: position: none → 1; min_success_percent: 100 → 90; "
                          "halt_on_failed_verification: on → off; soak_minutes: 0 → 30; parallelism: 4 → 8"_s,
                          u"ring canary: position: none → 1"_s, u"ring pilot: position: 1 → 2"_s,
                          u"ring pilot: soak_minutes: 30 → 45"_s}));

    const CliRunner::Run removed = cli({u"ring"_s, u"remove"_s, u"canary"_s});
    QVERIFY2(removed.exitCode == 0, removed.err.constData());
    QCOMPARE(ring(u"pilot"_s).value(u"position"_s).toInt(), 1);
    QVERIFY(ring(u"canary"_s).isEmpty()); // no settings and no assets: not a ring any more
    QCOMPARE(auditDetails(u"ring.removed"_s).size(), 1);
    QVERIFY(auditDetails(u"ring.removed"_s).at(0).startsWith(u"ring canary: position: 1;"_s));
}

void TestRingCli::ringRefusalsSayWhatIsWrong()
{
    const QJsonArray before = json({u"ring"_s, u"list"_s});
    QVERIFY(!before.isEmpty());
    struct Refusal
    {
        QStringList arguments;
        int exitCode;
        const char *says;
    };
    const Refusal refusals[] = {
        {{u"ring"_s, u"set"_s}, 2, "Give exactly one ring name."},
        {{u"ring"_s, u"set"_s, u"pilot"_s, u"--soak"_s, u"soon"_s}, 2, "--soak takes a number of minutes"},
        {{u"ring"_s, u"set"_s, u"pilot"_s, u"--soak"_s, u"10081"_s},
         2,
         "The soak time is 0 to 10080 minutes (a week), not 10081."},
        {{u"ring"_s, u"set"_s, u"pilot"_s, u"--min-success"_s, u"120"_s}, 2, "0 to 100 %, not 120"},
        {{u"ring"_s, u"set"_s, u"pilot"_s, u"--parallel"_s, u"0"_s}, 2, "1 to 64 assets at once, not 0"},
        {{u"ring"_s, u"set"_s, u"pilot"_s, u"--halt-on-failed-verification"_s, u"maybe"_s},
         2,
         "takes on or off"},
        {{u"ring"_s, u"set"_s, u"pilot"_s, u"--position"_s, u"0"_s}, 2, "--position takes a number from 1"},
        {{u"ring"_s, u"set"_s, u"pilot"_s, u"--position"_s, u"7"_s},
         2,
         "cannot go to position 7: the positions go from 1 to 1"},
        {{u"ring"_s, u"set"_s, u"wave 1"_s}, 2, "\"wave 1\" is not a valid ring name"},
        {{u"ring"_s, u"set"_s, u"pilot"_s, u"--speed"_s, u"3"_s}, 2, "speed"},
        {{u"ring"_s, u"remove"_s, u"broad"_s}, 1, "Ring \"broad\" has no settings to remove."},
    };
    for (const Refusal &refusal : refusals) {
        const CliRunner::Run run = cli(refusal.arguments);
        QVERIFY2(run.exitCode == refusal.exitCode,
                 qPrintable(refusal.arguments.join(u' ') + u": exit "_s + QString::number(run.exitCode)));
        QVERIFY2(run.err.contains(refusal.says), run.err.constData());
        QVERIFY(run.out.isEmpty());
    }
    QCOMPARE(json({u"ring"_s, u"list"_s}), before);
}

void TestRingCli::windowsAreAddedListedAndRemoved()
{
    const CliRunner::Run added = cli({u"window"_s, u"add"_s, u"--ring"_s, u"pilot"_s, u"--when"_s,
                                      u"sat 22:00 - 2:00"_s, u"--time-zone"_s, u"Europe/Berlin"_s});
    QVERIFY2(added.exitCode == 0, added.err.constData());
    const QStringList lines = QString::fromUtf8(added.out).trimmed().split(u'\n');
    QCOMPARE(lines.size(), 2);
    bool numeric = false;
    const qint64 id = lines.at(0).toLongLong(&numeric);
    QVERIFY2(numeric && id > 0, added.out.constData());
    // The next opening in Berlin's local time and in UTC, and they are the same instants.
    static const QRegularExpression next(
        u"^Opens next (Sat \\d{4}-\\d\\d-\\d\\d 22:00) to (Sun \\d{4}-\\d\\d-\\d\\d 02:00) Europe/Berlin "
        "\\((\\S+Z) to (\\S+Z)\\)\\.$"_s);
    const QRegularExpressionMatch match = next.match(lines.at(1));
    QVERIFY2(match.hasMatch(), qPrintable(lines.at(1)));
    const QTimeZone berlin("Europe/Berlin");
    const QDateTime opens = QDateTime::fromString(match.captured(3), Qt::ISODate);
    const QDateTime closes = QDateTime::fromString(match.captured(4), Qt::ISODate);
    QCOMPARE(opens.toTimeZone(berlin).toString(u"ddd yyyy-MM-dd HH:mm"_s), match.captured(1));
    QCOMPARE(closes.toTimeZone(berlin).toString(u"ddd yyyy-MM-dd HH:mm"_s), match.captured(2));
    QVERIFY(closes > QDateTime::currentDateTimeUtc());

    const CliRunner::Run own = cli({u"window"_s, u"add"_s, u"--asset"_s, u"web1"_s, u"--when"_s,
                                    u"Mon-Fri 01:00-05:00"_s, u"--time-zone"_s, u"America/New_York"_s});
    QVERIFY2(own.exitCode == 0, own.err.constData());
    const qint64 ownId = QString::fromUtf8(own.out).section(u'\n', 0, 0).toLongLong();
    QVERIFY(ownId > id);

    const QJsonArray all = json({u"window"_s, u"list"_s});
    QCOMPARE(all.size(), 2);
    QStringList keys = {u"id"_s,        u"scope"_s,      u"target"_s,      u"when"_s,
                        u"time_zone"_s, u"next_opens"_s, u"next_closes"_s, u"created_by"_s};
    keys.sort();
    QCOMPARE(all.at(0).toObject().keys(), keys);
    QCOMPARE(all.at(0).toObject().value(u"scope"_s).toString(), u"asset"_s); // asset before ring
    QCOMPARE(all.at(0).toObject().value(u"id"_s).toInteger(), ownId);

    const QJsonArray pilot = json({u"window"_s, u"list"_s, u"--ring"_s, u"pilot"_s});
    QCOMPARE(pilot.size(), 1);
    const QJsonObject window = pilot.at(0).toObject();
    QCOMPARE(window.value(u"id"_s).toInteger(), id);
    QCOMPARE(window.value(u"scope"_s).toString(), u"ring"_s);
    QCOMPARE(window.value(u"target"_s).toString(), u"pilot"_s);
    QCOMPARE(window.value(u"when"_s).toString(), u"Sat 22:00-02:00"_s); // canonical
    QCOMPARE(window.value(u"time_zone"_s).toString(), u"Europe/Berlin"_s);
    QCOMPARE(window.value(u"next_opens"_s).toString(), match.captured(3));
    QCOMPARE(window.value(u"next_closes"_s).toString(), match.captured(4));
    QCOMPARE(window.value(u"created_by"_s).toString(), m_me);
    QCOMPARE(json({u"window"_s, u"list"_s, u"--asset"_s, u"web2"_s}).size(), 0);

    QCOMPARE(ring(u"pilot"_s).value(u"windows"_s).toString(), u"Sat 22:00-02:00 Europe/Berlin"_s);
    QVERIFY(cli({u"window"_s, u"add"_s, u"--ring"_s, u"pilot"_s, u"--when"_s, u"daily 03:00-04:00"_s,
                 u"--time-zone"_s, u"UTC"_s})
                .exitCode == 0);
    QCOMPARE(ring(u"pilot"_s).value(u"windows"_s).toString(),
             u"Sat 22:00-02:00 Europe/Berlin; daily 03:00-04:00 UTC"_s);

    const CliRunner::Run removed = cli({u"window"_s, u"remove"_s, QString::number(id)});
    QVERIFY2(removed.exitCode == 0, removed.err.constData());
    QCOMPARE(json({u"window"_s, u"list"_s, u"--ring"_s, u"pilot"_s}).size(), 1);
    QCOMPARE(auditDetails(u"window.added"_s).at(0),
             u"ring pilot: #%1: Sat 22:00-02:00 Europe/Berlin"_s.arg(id));
    QCOMPARE(auditDetails(u"window.removed"_s),
             (QStringList{u"ring pilot: #%1: Sat 22:00-02:00 Europe/Berlin"_s.arg(id)}));
}

void TestRingCli::windowRefusals()
{
    const QJsonArray before = json({u"window"_s, u"list"_s});
    const QStringList when = {u"--when"_s, u"Sat 22:00-02:00"_s};
    const QStringList berlin = {u"--time-zone"_s, u"Europe/Berlin"_s};
    struct Refusal
    {
        QStringList arguments;
        int exitCode;
        const char *says;
    };
    const QStringList add = {u"window"_s, u"add"_s};
    const QStringList pilot = {u"--ring"_s, u"pilot"_s};
    const Refusal refusals[] = {
        {add + pilot + QStringList{u"--when"_s, u"Tues 22:00-02:00"_s} + berlin, 2, "\"Tues\""},
        {add + pilot + when + QStringList{u"--time-zone"_s, u"CET"_s}, 2,
         "\"CET\" is not an IANA time zone of the form Area/Location, or UTC."},
        {add + pilot + when + QStringList{u"--time-zone"_s, u"Mars/Olympus_Mons"_s}, 2,
         "not in this machine's time zone database"},
        {add + pilot + when, 2, "window add needs --time-zone"},
        {add + pilot + berlin, 2, "window add needs --when"},
        {add + when + berlin, 2, "either --ring NAME or --asset NAME"},
        {add + pilot + QStringList{u"--asset"_s, u"web1"_s} + when + berlin, 2,
         "either --ring NAME or --asset"},
        {add + QStringList{u"--asset"_s, u"web9"_s} + when + berlin, 1, "There is no asset named \"web9\"."},
        {add + QStringList{u"--ring"_s, u"canary"_s} + when + berlin, 1, "There is no ring named \"canary\""},
        {add + pilot + QStringList{u"--when"_s, u"daily 03:00-04:00"_s, u"--time-zone"_s, u"UTC"_s}, 1,
         "already has the window"},
        {{u"window"_s, u"list"_s, u"--ring"_s, u"pilot"_s, u"--asset"_s, u"web1"_s}, 2, "not both"},
        {{u"window"_s, u"remove"_s, u"first"_s}, 2, "\"first\" is not a window id."},
        {{u"window"_s, u"remove"_s}, 2, "Give exactly one window id."},
        {{u"window"_s, u"remove"_s, u"999"_s}, 1, "There is no maintenance window #999."},
    };
    for (const Refusal &refusal : refusals) {
        const CliRunner::Run run = cli(refusal.arguments);
        QVERIFY2(run.exitCode == refusal.exitCode,
                 qPrintable(refusal.arguments.join(u' ') + u": exit "_s + QString::number(run.exitCode)));
        QVERIFY2(run.err.contains(refusal.says), run.err.constData());
        QVERIFY(run.out.isEmpty());
    }
    QCOMPARE(json({u"window"_s, u"list"_s}), before);
}

void TestRingCli::aReviewerIsRefused()
{
    // Its own database: listing users and demoting oneself cannot be undone by a reviewer.
    const QString db = u"review.db"_s;
    QCOMPARE(cli({u"asset"_s, u"list"_s}, db).exitCode, 0);
    QCOMPARE(cli({u"asset"_s, u"add"_s, u"web1"_s, u"--transport"_s, u"ssh"_s, u"--address"_s, u"10.0.0.1"_s,
                  u"--ring"_s, u"pilot"_s},
                 db)
                 .exitCode,
             0);
    QCOMPARE(cli({u"window"_s, u"add"_s, u"--ring"_s, u"pilot"_s, u"--when"_s, u"daily 01:00-02:00"_s,
                  u"--time-zone"_s, u"UTC"_s},
                 db)
                 .exitCode,
             0);
    QCOMPARE(cli({u"user"_s, u"add"_s, u"ann"_s, u"--role"_s, u"admin"_s}, db).exitCode, 0);
    QCOMPARE(cli({u"user"_s, u"add"_s, m_me, u"--role"_s, u"reviewer"_s}, db).exitCode, 0);
    for (const QStringList &arguments :
         {QStringList{u"ring"_s, u"set"_s, u"pilot"_s, u"--soak"_s, u"5"_s},
          QStringList{u"ring"_s, u"remove"_s, u"pilot"_s},
          QStringList{u"window"_s, u"add"_s, u"--ring"_s, u"pilot"_s, u"--when"_s, u"Sat 22:00-02:00"_s,
                      u"--time-zone"_s, u"UTC"_s},
          QStringList{u"window"_s, u"remove"_s, u"1"_s}}) {
        const CliRunner::Run run = cli(arguments, db);
        QVERIFY2(run.exitCode == 1, qPrintable(arguments.join(u' ')));
        const QByteArray refusal =
            m_me.toUtf8() + QByteArray(" is reviewer and may not change assets, scans, feeds or settings.");
        QVERIFY2(run.err.contains(refusal), run.err.constData());
    }
    // Reading is for everyone.
    const CliRunner::Run listed = cli({u"window"_s, u"list"_s, u"--format"_s, u"json"_s}, db);
    QCOMPARE(listed.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(listed.out).array().size(), 1);
    QCOMPARE(cli({u"ring"_s, u"list"_s}, db).exitCode, 0);
}

QTEST_GUILESS_MAIN(TestRingCli)
#include "tst_ringcli.moc"
