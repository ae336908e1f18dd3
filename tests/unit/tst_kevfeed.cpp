#include "intel/KevFeed.h"

#include "../support/Samples.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QTimeZone>

#include <functional>

using namespace Qt::StringLiterals;

namespace {

// The catalog with `change` applied to its root object.
QByteArray mutated(const QByteArray &json, const std::function<void(QJsonObject &)> &change)
{
    QJsonObject root = QJsonDocument::fromJson(json).object();
    change(root);
    return QJsonDocument(root).toJson();
}

// Sets (or, with an undefined value, removes) vulnerabilities[index].key.
std::function<void(QJsonObject &)> entryField(int index, const QString &key, const QJsonValue &value)
{
    return [=](QJsonObject &root) {
        QJsonArray entries = root.value(u"vulnerabilities"_s).toArray();
        QJsonObject entry = entries.at(index).toObject();
        if (value.isUndefined())
            entry.remove(key);
        else
            entry.insert(key, value);
        entries.replace(index, entry);
        root.insert(u"vulnerabilities"_s, entries);
    };
}

const KevEntry *find(const KevCatalog &catalog, const QString &cve)
{
    for (const KevEntry &entry : catalog.entries) {
        if (entry.cveId == cve)
            return &entry;
    }
    return nullptr;
}

} // namespace

class TestKevFeed : public QObject
{
    Q_OBJECT

private slots:
    void parsesRealCatalog();
    void optionalFieldsMayBeAbsent();
    void refusesTruncatedFileWithLineAndColumn();
    void refusesWrongTypesNamingThePath_data();
    void refusesWrongTypesNamingThePath();
    void refusesHugeStringsWithoutEchoingThem();
    void refusesEmptyInput();
};

void TestKevFeed::parsesRealCatalog()
{
    PW_SAMPLE(path, "intel", "cisa_kev_trimmed.json");
    const Result<KevCatalog> result = KevFeed::parse(Samples::read(path));
    QVERIFY2(result.ok(), qPrintable(result.error().text()));
    const KevCatalog &catalog = result.value();
    QCOMPARE(catalog.catalogVersion, u"2025.08.25"_s);
    QCOMPARE(catalog.dateReleased, QDateTime(QDate(2025, 8, 25), QTime(17, 4, 19, 979), QTimeZone::utc()));
    QCOMPARE(catalog.entries.size(), 20);

    const KevEntry &first = catalog.entries.first();
    QCOMPARE(first.cveId, u"CVE-2025-48384"_s);
    QCOMPARE(first.vendorProject, u"Git"_s);
    QCOMPARE(first.product, u"Git"_s);
    QCOMPARE(first.vulnerabilityName, u"Git Link Following Vulnerability"_s);
    QCOMPARE(first.dateAdded, QDate(2025, 8, 25));
    QCOMPARE(first.dueDate, QDate(2025, 9, 15));
    QCOMPARE(first.ransomware, false);
    QCOMPARE(first.cwes, QStringList({u"CWE-59"_s, u"CWE-436"_s}));
    QVERIFY(first.shortDescription.contains(u"Git\u2019s inconsistent handling"_s));

    const KevEntry *log4j = find(catalog, u"CVE-2021-44228"_s);
    QVERIFY(log4j);
    QCOMPARE(log4j->vendorProject, u"Apache"_s);
    QCOMPARE(log4j->product, u"Log4j2"_s);
    QCOMPARE(log4j->dateAdded, QDate(2021, 12, 10));
    QCOMPARE(log4j->dueDate, QDate(2021, 12, 24));
    QCOMPARE(log4j->ransomware, true);
    QCOMPARE(log4j->cwes, QStringList({u"CWE-20"_s, u"CWE-400"_s, u"CWE-502"_s}));
    QVERIFY(log4j->requiredAction.startsWith(u"For all affected software assets"_s));

    const KevEntry *noCwes = find(catalog, u"CVE-2025-43200"_s);
    QVERIFY(noCwes);
    QVERIFY(noCwes->cwes.isEmpty());

    int known = 0;
    for (const KevEntry &entry : catalog.entries)
        known += entry.ransomware ? 1 : 0;
    QCOMPARE(known, 5);
    QCOMPARE(catalog.entries.last().cveId, u"CVE-2021-34527"_s);
}

void TestKevFeed::optionalFieldsMayBeAbsent()
{
    PW_SAMPLE(path, "intel", "cisa_kev_trimmed.json");
    QByteArray json = mutated(Samples::read(path), entryField(2, u"dueDate"_s, QJsonValue::Undefined));
    json = mutated(json, entryField(3, u"cwes"_s, QJsonValue::Null));
    json = mutated(json, [](QJsonObject &root) { root.remove(u"count"_s); });
    const Result<KevCatalog> result = KevFeed::parse(json);
    QVERIFY2(result.ok(), qPrintable(result.error().text()));
    QVERIFY(result.value().entries.at(2).dueDate.isNull());
    QVERIFY(result.value().entries.at(3).cwes.isEmpty());
    QCOMPARE(result.value().entries.size(), 20);
}

void TestKevFeed::refusesTruncatedFileWithLineAndColumn()
{
    PW_SAMPLE(path, "intel", "cisa_kev_trimmed.json");
    const QByteArray json = Samples::read(path);
    for (const qsizetype length :
         {qsizetype(1), qsizetype(100), json.size() / 3, json.size() / 2, json.size() - 3, json.size() - 1}) {
        const QByteArray cut = json.left(length);
        const Result<KevCatalog> result = KevFeed::parse(cut);
        QVERIFY2(!result.ok(), qPrintable(QString::number(length)));
        const QString lastLine = QString::number(cut.count('\n') + 1);
        QVERIFY2(result.error().message.contains(u"malformed JSON at line "_s + lastLine + u", column"_s),
                 qPrintable(result.error().message));
        QCOMPARE(result.error().code, u"feed-malformed"_s);
    }
    // A syntax error in the middle names its own line.
    QByteArray broken = json;
    const qsizetype at = broken.indexOf("\"CVE-2021-44228\"");
    broken.replace(at, 1, "'");
    const Result<KevCatalog> result = KevFeed::parse(broken);
    PW_VERIFY_REFUSED(result, QString(), u"line "_s + QString::number(json.left(at).count('\n') + 1) + u',');
}

void TestKevFeed::refusesWrongTypesNamingThePath_data()
{
    QTest::addColumn<int>("entry");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("expected");

    QTest::newRow("dateAdded number")
        << 3 << u"dateAdded"_s << QJsonValue(20250825)
        << u"$.vulnerabilities[3].dateAdded: expected a date (YYYY-MM-DD), got a number"_s;
    QTest::newRow("dateAdded missing") << 6 << u"dateAdded"_s << QJsonValue(QJsonValue::Undefined)
                                       << u"$.vulnerabilities[6].dateAdded: required, but missing"_s;
    QTest::newRow("dateAdded impossible")
        << 0 << u"dateAdded"_s << QJsonValue(u"2025-02-30"_s)
        << u"$.vulnerabilities[0].dateAdded: expected a date (YYYY-MM-DD), got "
           "the string \"2025-02-30\""_s;
    QTest::newRow("dueDate wrong format") << 2 << u"dueDate"_s << QJsonValue(u"09/15/2025"_s)
                                          << u"$.vulnerabilities[2].dueDate: expected a date"_s;
    QTest::newRow("cveID malformed")
        << 0 << u"cveID"_s << QJsonValue(u"CVE-25-1"_s)
        << u"$.vulnerabilities[0].cveID: expected a CVE id (CVE-YYYY-NNNN), got the "
           "string \"CVE-25-1\""_s;
    QTest::newRow("cveID missing") << 19 << u"cveID"_s << QJsonValue(QJsonValue::Undefined)
                                   << u"$.vulnerabilities[19].cveID: required, but missing"_s;
    QTest::newRow("cveID null") << 5 << u"cveID"_s << QJsonValue(QJsonValue::Null)
                                << u"$.vulnerabilities[5].cveID: required, but null"_s;
    QTest::newRow("product array") << 4 << u"product"_s << QJsonValue(QJsonArray{1})
                                   << u"$.vulnerabilities[4].product: expected a string, got an array"_s;
    QTest::newRow("cwes string") << 1 << u"cwes"_s << QJsonValue(u"CWE-1"_s)
                                 << u"$.vulnerabilities[1].cwes: expected an array, got the string"_s;
    QTest::newRow("cwe number") << 1 << u"cwes"_s << QJsonValue(QJsonArray{u"CWE-79"_s, 79})
                                << u"$.vulnerabilities[1].cwes[1]: expected a string, got a number"_s;
    QTest::newRow("cwe malformed") << 1 << u"cwes"_s << QJsonValue(QJsonArray{u"XSS"_s})
                                   << u"$.vulnerabilities[1].cwes[0]: expected a CWE id"_s;
    QTest::newRow("ransomware boolean")
        << 8 << u"knownRansomwareCampaignUse"_s << QJsonValue(true)
        << u"$.vulnerabilities[8].knownRansomwareCampaignUse: expected a string, got "
           "a boolean"_s;
    // Whole-catalog changes use entry -1 and the key at the root.
    QTest::newRow("vulnerabilities object") << -1 << u"vulnerabilities"_s << QJsonValue(QJsonObject())
                                            << u"$.vulnerabilities: expected an array, got an object"_s;
    QTest::newRow("vulnerabilities missing")
        << -1 << u"vulnerabilities"_s << QJsonValue(QJsonValue::Undefined)
        << u"$.vulnerabilities: required, but missing"_s;
    QTest::newRow("dateReleased") << -1 << u"dateReleased"_s << QJsonValue(u"yesterday"_s)
                                  << u"$.dateReleased: expected a timestamp"_s;
    QTest::newRow("count disagrees") << -1 << u"count"_s << QJsonValue(1404)
                                     << u"$.count: says 1404 entries, but the catalog has 20"_s;
    QTest::newRow("count fraction") << -1 << u"count"_s << QJsonValue(20.5)
                                    << u"$.count: expected a whole number"_s;
}

void TestKevFeed::refusesWrongTypesNamingThePath()
{
    QFETCH(int, entry);
    QFETCH(QString, key);
    QFETCH(QJsonValue, value);
    QFETCH(QString, expected);
    PW_SAMPLE(path, "intel", "cisa_kev_trimmed.json");
    const QByteArray json = mutated(
        Samples::read(path), entry >= 0 ? entryField(entry, key, value) : [&](QJsonObject &root) {
            if (value.isUndefined())
                root.remove(key);
            else
                root.insert(key, value);
        });
    const Result<KevCatalog> result = KevFeed::parse(json);
    PW_VERIFY_REFUSED(result, QString(), expected);
    QVERIFY(result.error().message.startsWith(u"CISA KEV catalog: "_s));
    QVERIFY(!result.error().hint.isEmpty());
}

void TestKevFeed::refusesHugeStringsWithoutEchoingThem()
{
    PW_SAMPLE(path, "intel", "cisa_kev_trimmed.json");
    const QString huge(10 * 1024 * 1024, u'A');
    const struct
    {
        int entry;
        QString key;
        QString expected;
    } cases[] = {
        {7, u"shortDescription"_s,
         u"$.vulnerabilities[7].shortDescription: a string of 10485760 characters, longer than the limit of 65536"_s},
        {0, u"vendorProject"_s, u"$.vulnerabilities[0].vendorProject: a string of 10485760 characters"_s},
        {11, u"cveID"_s, u"$.vulnerabilities[11].cveID: expected a CVE id"_s},
    };
    for (const auto &c : cases) {
        const Result<KevCatalog> result =
            KevFeed::parse(mutated(Samples::read(path), entryField(c.entry, c.key, huge)));
        PW_VERIFY_REFUSED(result, QString(), c.expected);
        QVERIFY2(result.error().text().size() < 1000, "the message must not carry the hostile string");
    }
    // Just under the limit is fine.
    const Result<KevCatalog> fits = KevFeed::parse(
        mutated(Samples::read(path), entryField(7, u"shortDescription"_s, QString(65536, u'x'))));
    QVERIFY2(fits.ok(), qPrintable(fits.error().text()));
    QCOMPARE(fits.value().entries.at(7).shortDescription.size(), 65536);
}

void TestKevFeed::refusesEmptyInput()
{
    for (const QByteArray &input : {QByteArray(), QByteArray("  \n"), QByteArray("[]"), QByteArray("null")}) {
        const Result<KevCatalog> result = KevFeed::parse(input);
        QVERIFY2(!result.ok(), input.constData());
        QVERIFY(result.error().message.startsWith(u"CISA KEV catalog: "_s));
    }
}

QTEST_GUILESS_MAIN(TestKevFeed)
#include "tst_kevfeed.moc"
