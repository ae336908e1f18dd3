#include "listing/PatchListing.h"
#include "storage/AssetRepository.h"
#include "storage/Database.h"

#include "../support/CliRunner.h"
#include "../support/Samples.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

// `intel`, `vulns` and `patches --sort priority` as a user's script runs them: exit codes, one-line errors,
// and the JSON keys of the contract (docs/cli.md).
class TestIntelCli : public QObject
{
    Q_OBJECT

private slots:
    void init() { m_dir = std::make_unique<QTemporaryDir>(); }

    void importsReportAndRefuse()
    {
        PW_SAMPLE(kev, "intel", "cisa_kev_trimmed.json");
        const Run first =
            cli({QStringLiteral("intel"), QStringLiteral("import"), QStringLiteral("kev"), kev});
        QCOMPARE(first.exitCode, 0);
        QVERIFY2(first.out.contains("20 added"), first.out.constData());
        const Run again =
            cli({QStringLiteral("intel"), QStringLiteral("import"), QStringLiteral("kev"), kev});
        QCOMPARE(again.exitCode, 0);
        QVERIFY(again.out.contains("20 unchanged"));

        const QString broken = m_dir->filePath(QStringLiteral("broken.json"));
        QFile file(broken);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"vulnerabilities\": [{\"cveID\": 42}]}");
        file.close();
        const Run refused =
            cli({QStringLiteral("intel"), QStringLiteral("import"), QStringLiteral("kev"), broken});
        QCOMPARE(refused.exitCode, 1);
        QCOMPARE(refused.err.count('\n'), 1);
        QVERIFY2(refused.err.contains("$.vulnerabilities[0].cveID"), refused.err.constData());

        QCOMPARE(
            cli({QStringLiteral("intel"), QStringLiteral("import"), QStringLiteral("cvrf"), kev}).exitCode,
            2);
        QCOMPARE(cli({QStringLiteral("intel"), QStringLiteral("import"), QStringLiteral("kev"),
                      m_dir->filePath(QStringLiteral("missing.json"))})
                     .exitCode,
                 1);

        const Run status = cli({QStringLiteral("intel"), QStringLiteral("status"), QStringLiteral("--format"),
                                QStringLiteral("json")});
        QCOMPARE(status.exitCode, 0);
        const QJsonArray feeds = QJsonDocument::fromJson(status.out).array();
        QCOMPARE(feeds.size(), 1);
        QCOMPARE(feeds.at(0).toObject().value(QStringLiteral("feed")).toString(), QStringLiteral("kev"));
        QCOMPARE(feeds.at(0).toObject().value(QStringLiteral("records")).toInt(), 20);
        QCOMPARE(feeds.at(0).toObject().value(QStringLiteral("sha256")).toString().size(), 64);
    }

    void patchesAndVulnsByPriority()
    {
        PW_SAMPLE(kev, "intel", "cisa_kev_trimmed.json");
        QCOMPARE(cli({QStringLiteral("asset"), QStringLiteral("list")}).exitCode, 0); // creates the database
        seedPatches();
        QCOMPARE(
            cli({QStringLiteral("intel"), QStringLiteral("import"), QStringLiteral("kev"), kev}).exitCode, 0);

        const Run patches =
            cli({QStringLiteral("patches"), QStringLiteral("--sort"), QStringLiteral("priority"),
                 QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(patches.exitCode, 0);
        const QJsonArray rows = QJsonDocument::fromJson(patches.out).array();
        QCOMPARE(rows.size(), 2);
        const QJsonObject top = rows.at(0).toObject();
        for (const char *key :
             {"asset", "patch_id", "package", "installed_version", "available_version", "severity",
              "classification", "cves", "score", "decision", "due", "state", "overdue", "kev", "reasons"})
            QVERIFY2(top.contains(QLatin1String(key)), key);
        QCOMPARE(top.value(QStringLiteral("package")).toString(), QStringLiteral("liblog4j2-java"));
        QCOMPARE(top.value(QStringLiteral("cves")).toArray().at(0).toString(),
                 QStringLiteral("CVE-2021-44228"));
        QVERIFY(top.value(QStringLiteral("kev")).toBool());
        QCOMPARE(top.value(QStringLiteral("due")).toString(),
                 QStringLiteral("2021-12-24")); // CISA's due date
        QVERIFY(top.value(QStringLiteral("overdue")).toBool());
        // Active exploitation, but without NVD's vector nothing says automatable or total impact, and this
        // machine is a medium, internal asset: CISA's tree says Track (README, "How patches are
        // prioritized").
        QCOMPARE(top.value(QStringLiteral("decision")).toString(), QStringLiteral("Track"));
        QVERIFY(
            top.value(QStringLiteral("reasons")).toArray().at(1).toString().contains(QLatin1String("KEV")));
        const QJsonObject second = rows.at(1).toObject();
        QVERIFY(top.value(QStringLiteral("score")).toDouble() >
                second.value(QStringLiteral("score")).toDouble());

        const Run vulns = cli({QStringLiteral("vulns"), QStringLiteral("--kev"), QStringLiteral("--format"),
                               QStringLiteral("json")});
        QCOMPARE(vulns.exitCode, 0);
        const QJsonArray open = QJsonDocument::fromJson(vulns.out).array();
        QCOMPARE(open.size(), 1);
        QCOMPARE(open.at(0).toObject().value(QStringLiteral("cve")).toString(),
                 QStringLiteral("CVE-2021-44228"));
        QCOMPARE(open.at(0).toObject().value(QStringLiteral("patch_id")).toInteger(),
                 top.value(QStringLiteral("patch_id")).toInteger());
        QCOMPARE(
            cli({QStringLiteral("vulns"), QStringLiteral("--min-score"), QStringLiteral("200")}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("patches"), QStringLiteral("--sort"), QStringLiteral("risk")}).exitCode,
                 2);
    }

    // `patches` lists what PatchListing lists, in each order; when priorities cannot be computed it still
    // prints the rows, unscored, then PatchListing's warning on stderr, and exits 3.
    void patchesListWhatTheEngineLists()
    {
        PW_SAMPLE(kev, "intel", "cisa_kev_trimmed.json");
        QCOMPARE(cli({QStringLiteral("asset"), QStringLiteral("list")}).exitCode, 0); // creates the database
        seedPatches();
        seedMorePatches();
        QCOMPARE(
            cli({QStringLiteral("intel"), QStringLiteral("import"), QStringLiteral("kev"), kev}).exitCode, 0);
        QSet<QString> orders;
        for (const QString &sort : PatchQuery::sortNames()) {
            for (const QString &state : {QStringLiteral("missing"), QStringLiteral("all")}) {
                const Run run =
                    cli({QStringLiteral("patches"), QStringLiteral("--state"), state,
                         QStringLiteral("--sort"), sort, QStringLiteral("--format"), QStringLiteral("json")});
                QCOMPARE(run.exitCode, 0);
                QVERIFY(run.err.isEmpty());
                const Listed engine = engineList(state, sort);
                QCOMPARE(patchIds(run.out), engine.ids);
                QVERIFY(engine.warning.isEmpty());
                if (state == QLatin1String("all"))
                    orders.insert(engine.ids.join(QLatin1Char(' ')));
            }
        }
        QVERIFY(orders.size() >= 3); // the keys order these rows differently

        dropScannerFindings();
        const Run unscored =
            cli({QStringLiteral("patches"), QStringLiteral("--sort"), QStringLiteral("priority"),
                 QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(unscored.exitCode, 3);
        const Listed engine = engineList(QStringLiteral("missing"), QStringLiteral("priority"));
        QVERIFY(engine.warning.startsWith(QLatin1String("Listed without priorities")));
        QCOMPARE(QString::fromUtf8(unscored.err),
                 QStringLiteral("patchwright-cli: ") + engine.warning + u'\n');
        QCOMPARE(patchIds(unscored.out), engine.ids);
        QCOMPARE(engine.ids.size(), 3);
        for (const QJsonValue &row : QJsonDocument::fromJson(unscored.out).array()) {
            QVERIFY(row.toObject().value(QStringLiteral("score")).isNull());
            QVERIFY(row.toObject().value(QStringLiteral("due")).isNull());
        }

        const Run unknown =
            cli({QStringLiteral("patches"), QStringLiteral("--asset"), QStringLiteral("db99")});
        QCOMPARE(unknown.exitCode, 1);
        QCOMPARE(unknown.err.count('\n'), 1);
        QVERIFY(unknown.err.contains("There is no asset named \"db99\"."));
        QVERIFY(unknown.out.isEmpty());
    }

    void sourcesAndProxyAreSettings()
    {
        const Run set = cli({QStringLiteral("intel"), QStringLiteral("source"), QStringLiteral("kev"),
                             QStringLiteral("https://mirror.example/kev.json")});
        QCOMPARE(set.exitCode, 0);
        QVERIFY(set.out.contains("kev https://mirror.example/kev.json"));
        const Run reset = cli({QStringLiteral("intel"), QStringLiteral("source"), QStringLiteral("kev"),
                               QStringLiteral("--reset")});
        QVERIFY(reset.out.contains("https://www.cisa.gov/"));
        const Run secret = cli({QStringLiteral("intel"), QStringLiteral("proxy"),
                                QStringLiteral("http://user:hunter2@proxy.example:3128")});
        QCOMPARE(secret.exitCode, 2);
        QVERIFY(!secret.err.contains("hunter2"));
        QCOMPARE(cli({QStringLiteral("intel"), QStringLiteral("proxy"),
                      QStringLiteral("http://proxy.example:3128")})
                     .exitCode,
                 0);
        QVERIFY(cli({QStringLiteral("intel"), QStringLiteral("proxy")})
                    .out.contains("http://proxy.example:3128"));
        const Run none = cli({QStringLiteral("intel"), QStringLiteral("proxy"), QStringLiteral("none")});
        QCOMPARE(none.exitCode, 0);
        QVERIFY(none.out.contains("none (direct connections)"));
        const Run ftp = cli({QStringLiteral("intel"), QStringLiteral("source"), QStringLiteral("kev"),
                             QStringLiteral("ftp://mirror.example/kev.json")});
        QCOMPARE(ftp.exitCode, 2);
        QVERIFY(ftp.err.contains("is not an http:// or https:// URL"));
        QVERIFY(cli({QStringLiteral("intel"), QStringLiteral("source"), QStringLiteral("kev")})
                    .out.contains("https://www.cisa.gov/"));

        // A feed that cannot be reached: the CLI says which flag and command set the proxy or a mirror.
        const Run unreachable = cli({QStringLiteral("intel"), QStringLiteral("sync"), QStringLiteral("kev"),
                                     QStringLiteral("--url"), QStringLiteral("http://127.0.0.1:1/kev.json")});
        QCOMPARE(unreachable.exitCode, 1);
        QVERIFY2(unreachable.err.contains("--proxy http://host:port") &&
                     unreachable.err.contains("intel source"),
                 unreachable.err.constData());

        const Run audit = cli({QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--format"),
                               QStringLiteral("json")});
        QVERIFY(audit.out.contains("settings.changed"));
        QVERIFY(!audit.out.contains("hunter2"));
    }

private:
    using Run = CliRunner::Run;

    QString database() const { return m_dir->filePath(QStringLiteral("cli.db")); }
    static QString passphrase() { return QStringLiteral("intel cli passphrase"); }

    Run cli(const QStringList &arguments)
    {
        CliRunner runner;
        runner.setEnvironment(QStringLiteral("PATCHWRIGHT_DB_PASSPHRASE"), passphrase());
        runner.setTimeout(120000);
        return runner.run(QStringList{QStringLiteral("--db"), database()} + arguments);
    }

    // Two missing patches on this machine's asset: one closing Log4Shell (KEV), one plain bugfix.
    void seedPatches()
    {
        auto db = Database::open(
            DatabaseConfig::encryptedFile(database(), passphrase(), DatabaseConfig::KeyKind::Passphrase));
        QVERIFY2(db.ok(), qPrintable(db.error().text()));
        const auto assets = AssetRepository(db.value()->connection(), QStringLiteral("tester")).list();
        QVERIFY(assets.ok() && !assets.value().isEmpty());
        QSqlQuery query(db.value()->connection());
        query.prepare(QStringLiteral("INSERT INTO asset_patches (asset_id, package, architecture, "
                                     "installed_version, available_version, "
                                     "classification, severity, cves, state, detected_at) VALUES (?, ?, "
                                     "'all', '2.14.0-1', ?, ?, ?, ?, "
                                     "'missing', '2021-12-11T09:00:00.000Z')"));
        for (const auto &row :
             {QStringList{QStringLiteral("liblog4j2-java"), QStringLiteral("2.17.0-1"),
                          QStringLiteral("security"), QStringLiteral("unknown"),
                          QStringLiteral("CVE-2021-44228")},
              QStringList{QStringLiteral("tzdata"), QStringLiteral("2021e-1"), QStringLiteral("bugfix"),
                          QStringLiteral("unknown"), QString()}}) {
            query.addBindValue(assets.value().first().id);
            query.addBindValue(row.at(0));
            query.addBindValue(row.at(1));
            query.addBindValue(row.at(2));
            query.addBindValue(row.at(3));
            query.addBindValue(row.at(4).isNull() ? QStringLiteral("") : row.at(4));
            QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
        }
    }

    std::unique_ptr<Database> openDatabase()
    {
        auto db = Database::open(
            DatabaseConfig::encryptedFile(database(), passphrase(), DatabaseConfig::KeyKind::Passphrase));
        if (!db)
            qFatal("cannot open %s: %s", qPrintable(database()), qPrintable(db.error().text()));
        return std::move(db).value();
    }

    // Beside seedPatches' two: a missing security fix of vendor severity "important", and a bug fix that
    // is already installed.
    void seedMorePatches()
    {
        const auto db = openDatabase();
        QSqlQuery query(db->connection());
        QVERIFY2(query.exec(QStringLiteral(
                     "INSERT INTO asset_patches (asset_id, package, architecture, installed_version, "
                     "available_version, classification, severity, cves, state, detected_at) "
                     "SELECT id, 'bash', 'amd64', '5.2.15-2', '5.2.15-2+b2', 'security', 'important', '', "
                     "'missing', '2026-11-20T09:00:00.000Z' FROM assets UNION ALL "
                     "SELECT id, 'adduser', 'all', '3.134', '3.135', 'bugfix', 'low', '', 'installed', "
                     "'2026-11-01T09:00:00.000Z' FROM assets")),
                 qPrintable(query.lastError().text()));
    }

    void dropScannerFindings()
    {
        const auto db = openDatabase();
        QSqlQuery query(db->connection());
        QVERIFY2(query.exec(QStringLiteral("DROP TABLE scanner_findings")),
                 qPrintable(query.lastError().text()));
    }

    struct Listed
    {
        QStringList ids;
        QString warning;
    };

    // What PatchListing lists for `patches --state STATE --sort KEY`, read in this process.
    Listed engineList(const QString &state, const QString &sort)
    {
        const auto db = openDatabase();
        const auto query = PatchQuery::fromNames({}, state, sort);
        const auto listed = PatchListing(db->connection()).list(query.value());
        if (!listed)
            qFatal("cannot list: %s", qPrintable(listed.error().text()));
        Listed result;
        for (const AssetPatch &row : listed.value().rows)
            result.ids.append(QString::number(row.id));
        result.warning = listed.value().warning;
        return result;
    }

    static QStringList patchIds(const QByteArray &json)
    {
        QStringList ids;
        for (const QJsonValue &row : QJsonDocument::fromJson(json).array())
            ids.append(QString::number(row.toObject().value(QStringLiteral("patch_id")).toInteger()));
        return ids;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
};

QTEST_GUILESS_MAIN(TestIntelCli)
#include "tst_intelcli.moc"
