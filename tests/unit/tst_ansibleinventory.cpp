#include "inventory/AnsibleIni.h"
#include "inventory/AnsibleInventoryImport.h"
#include "inventory/HostPattern.h"

#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;

// HostPattern, AnsibleIni, YamlReader, AnsibleYaml and AnsibleInventory through AnsibleInventoryImport,
// on examples from the Ansible documentation (tests/fixtures/inventory/README.md). The bounds on hostile
// inventories (alias bombs, range arithmetic, the host budget) are in tst_inventorybounds.
class TestAnsibleInventory : public QObject
{
    Q_OBJECT

private slots:
    void hostPatternsExpandLikeAnsible();
    void hostPatternsRefuseNonsense_data();
    void hostPatternsRefuseNonsense();
    void iniWordsAreSplitLikeShlex();
    void docsBasicIniAndYamlAgree();
    void docsChildrenGivesEveryGroupAsTag();
    void docsVarsReadsAliasesPortsAndRanges();
    void fleetIniAndYamlGiveTheSameAssets();
    void variablePrecedenceFollowsAnsible();
    void iniProblemsNameTheLine_data();
    void iniProblemsNameTheLine();
    void yamlProblemsNameTheLine_data();
    void yamlProblemsNameTheLine();
    void yamlIsReadAsAnsibleReadsIt();
    void yamlMergeKeysFollowPyYaml();
    void formatIsToldByTheFirstLine();
    void windowsHostsKeepTheirWinRmSettings();

private:
    static QByteArray fixture(const char *name)
    {
        QFile file(QStringLiteral(PW_FIXTURES_DIR "/inventory/") + QString::fromLatin1(name));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("missing fixture %s", name);
        return file.readAll();
    }
    static ParsedAssets parsed(const QByteArray &bytes)
    {
        ParsedAssets result = AnsibleInventoryImport::parse(bytes);
        for (const ImportProblem &problem : std::as_const(result.problems))
            qWarning("line %d: %s", problem.line, qPrintable(problem.message));
        return result;
    }
    static const ImportedAsset *find(const ParsedAssets &assets, const QString &name)
    {
        for (const ImportedAsset &imported : assets.assets) {
            if (imported.asset.name == name)
                return &imported;
        }
        return nullptr;
    }
    static QStringList names(const ParsedAssets &assets)
    {
        QStringList result;
        for (const ImportedAsset &imported : assets.assets)
            result.append(imported.asset.name);
        return result;
    }
};

void TestAnsibleInventory::hostPatternsExpandLikeAnsible()
{
    auto expanded = HostPattern::expand(u"www[01:03].example.com"_s);
    QVERIFY(expanded.ok());
    QCOMPARE(expanded.value().hosts,
             (QStringList{u"www01.example.com"_s, u"www02.example.com"_s, u"www03.example.com"_s}));
    QCOMPARE(expanded.value().port, 0);
    expanded = HostPattern::expand(u"db-[a:c].example.com"_s);
    QCOMPARE(expanded.value().hosts,
             (QStringList{u"db-a.example.com"_s, u"db-b.example.com"_s, u"db-c.example.com"_s}));
    expanded = HostPattern::expand(u"n[1:9:4]"_s);
    QCOMPARE(expanded.value().hosts, (QStringList{u"n1"_s, u"n5"_s, u"n9"_s}));
    expanded = HostPattern::expand(u"r[1:2]c[a:b]"_s);
    QCOMPARE(expanded.value().hosts, (QStringList{u"r1ca"_s, u"r1cb"_s, u"r2ca"_s, u"r2cb"_s}));
    expanded = HostPattern::expand(u"badwolf.example.com:5309"_s);
    QCOMPARE(expanded.value().hosts, QStringList{u"badwolf.example.com"_s});
    QCOMPARE(expanded.value().port, 5309);
    expanded = HostPattern::expand(u"2001:db8::1"_s); // an IPv6 address, not a port
    QCOMPARE(expanded.value().hosts, QStringList{u"2001:db8::1"_s});
    QCOMPARE(expanded.value().port, 0);
}

void TestAnsibleInventory::hostPatternsRefuseNonsense_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("message");
    QTest::newRow("backwards") << u"w[9:1]"_s << u"backwards"_s;
    QTest::newRow("unclosed") << u"w[1:3"_s << u"without a ]"_s;
    QTest::newRow("stray close") << u"w1:3]"_s << u"without a ["_s;
    QTest::newRow("not a range") << u"w[1-3]"_s << u"start:end"_s;
    QTest::newRow("mixed") << u"w[1:c]"_s << u"numbers or single letters"_s;
    QTest::newRow("mixed case") << u"w[A:z]"_s << u"numbers or single letters"_s;
    QTest::newRow("bomb") << u"w[0:99999999]"_s << u"more than 100000 host names"_s;
    QTest::newRow("product bomb") << u"w[0:999][0:999]"_s << u"more than 100000 host names"_s;
    QTest::newRow("port zero") << u"w:0"_s << u"port"_s;
}

void TestAnsibleInventory::hostPatternsRefuseNonsense()
{
    QFETCH(QString, pattern);
    QFETCH(QString, message);
    const auto expanded = HostPattern::expand(pattern);
    QVERIFY(!expanded.ok());
    QVERIFY2(expanded.error().message.contains(message), qPrintable(expanded.error().message));
}

void TestAnsibleInventory::iniWordsAreSplitLikeShlex()
{
    const auto words = AnsibleIni::words(u"host1 a=1 b=\"two words\" c='it''s' d=\"q\\\"q\" # note=x"_s);
    QVERIFY(words.ok());
    QCOMPARE(words.value(), (QStringList{u"host1"_s, u"a=1"_s, u"b=two words"_s, u"c=its"_s, u"d=q\"q"_s}));
    QVERIFY(!AnsibleIni::words(u"host1 a=\"open"_s).ok());
    QCOMPARE(AnsibleIni::words(u"host#1"_s).value(), QStringList{u"host#1"_s}); // # inside a word stays
}

void TestAnsibleInventory::docsBasicIniAndYamlAgree()
{
    for (const char *file : {"docs-basic.ini", "docs-basic.yml"}) {
        const ParsedAssets assets = parsed(fixture(file));
        QVERIFY2(assets.problems.isEmpty(), file);
        QCOMPARE(names(assets),
                 (QStringList{u"mail.example.com"_s, u"foo.example.com"_s, u"bar.example.com"_s,
                              u"one.example.com"_s, u"two.example.com"_s, u"three.example.com"_s}));
        QCOMPARE(find(assets, u"mail.example.com"_s)->asset.tags, QStringList()); // "ungrouped" is no tag
        QCOMPARE(find(assets, u"foo.example.com"_s)->asset.tags, QStringList{u"webservers"_s});
        QCOMPARE(find(assets, u"two.example.com"_s)->asset.tags, QStringList{u"dbservers"_s});
        const Asset &foo = find(assets, u"foo.example.com"_s)->asset;
        QCOMPARE(foo.address, u"foo.example.com"_s);
        QCOMPARE(foo.transport, Transport::Ssh);
        QCOMPARE(foo.port, 0);
        QCOMPARE(find(assets, u"foo.example.com"_s)->given,
                 (QSet<QString>{u"name"_s, u"address"_s, u"transport"_s, u"tag"_s}));
    }
    QCOMPARE(find(parsed(fixture("docs-basic.ini")), u"two.example.com"_s)->line, 9);
    QCOMPARE(find(parsed(fixture("docs-basic.yml")), u"two.example.com"_s)->line, 11);
}

void TestAnsibleInventory::docsChildrenGivesEveryGroupAsTag()
{
    const ParsedAssets assets = parsed(fixture("docs-children.yml"));
    QVERIFY(assets.problems.isEmpty());
    QCOMPARE(assets.assets.size(), 6);
    QCOMPARE(find(assets, u"foo.example.com"_s)->asset.tags,
             (QStringList{u"east"_s, u"prod"_s, u"webservers"_s}));
    QCOMPARE(find(assets, u"three.example.com"_s)->asset.tags,
             (QStringList{u"dbservers"_s, u"test"_s, u"west"_s}));
    QCOMPARE(find(assets, u"mail.example.com"_s)->asset.tags, QStringList());
}

void TestAnsibleInventory::docsVarsReadsAliasesPortsAndRanges()
{
    const ParsedAssets assets = parsed(fixture("docs-vars.ini"));
    QVERIFY(assets.problems.isEmpty());
    QCOMPARE(assets.assets.size(), 3 + 2 + 50 + 6);
    const Asset &jumper = find(assets, u"jumper"_s)->asset;
    QCOMPARE(jumper.address, u"192.0.2.50"_s);
    QCOMPARE(jumper.port, 5555);
    QCOMPARE(find(assets, u"badwolf.example.com"_s)->asset.port, 5309);
    QCOMPARE(find(assets, u"badwolf.example.com"_s)->asset.address, u"badwolf.example.com"_s);
    QCOMPARE(find(assets, u"host2"_s)->asset.tags,
             (QStringList{u"atlanta"_s, u"raleigh"_s, u"southeast"_s, u"usa"_s}));
    QCOMPARE(find(assets, u"host2"_s)->line, 5); // where it first appears
    QVERIFY(find(assets, u"www01.example.com"_s));
    QVERIFY(find(assets, u"www50.example.com"_s));
    QVERIFY(!find(assets, u"www51.example.com"_s));
    QVERIFY(find(assets, u"db-f.example.com"_s));
    QCOMPARE(find(assets, u"db-f.example.com"_s)->line, 35);
}

void TestAnsibleInventory::fleetIniAndYamlGiveTheSameAssets()
{
    const ParsedAssets ini = parsed(fixture("fleet.ini"));
    const ParsedAssets yaml = parsed(fixture("fleet.yml"));
    const ParsedAssets anchors = parsed(fixture("fleet-anchors.yml"));
    QVERIFY(ini.problems.isEmpty());
    QVERIFY(yaml.problems.isEmpty());
    QVERIFY(anchors.problems.isEmpty());
    const QStringList expectedNames{u"web01.example.com"_s,
                                    u"web02.example.com"_s,
                                    u"web03.example.com"_s,
                                    u"web-canary.example.com"_s,
                                    u"db1"_s,
                                    u"db2"_s,
                                    u"localhost"_s};
    QCOMPARE(names(ini), expectedNames);
    QCOMPARE(names(yaml), expectedNames);
    QCOMPARE(names(anchors), expectedNames);
    for (const ParsedAssets *assets : {&ini, &yaml, &anchors}) {
        const Asset &web = find(*assets, u"web02.example.com"_s)->asset;
        QCOMPARE(web.transport, Transport::Ssh);
        QCOMPARE(web.address, u"web02.example.com"_s);
        QCOMPARE(web.user, u"patch"_s);
        QCOMPARE(web.identityFile, u"/etc/patchwright/keys/fleet_ed25519"_s);
        QCOMPARE(web.criticality, Criticality::High);
        QCOMPARE(web.exposure, Exposure::Internet);
        QCOMPARE(web.ring, u"broad"_s);
        QCOMPARE(web.tags, (QStringList{u"linux"_s, u"web"_s}));
        QCOMPARE(find(*assets, u"web-canary.example.com"_s)->asset.ring, u"pilot"_s); // host var wins

        const Asset &db = find(*assets, u"db2"_s)->asset;
        QCOMPARE(db.address, u"192.0.2.22"_s);
        QCOMPARE(db.port, 2222);
        QCOMPARE(db.criticality, Criticality::Critical);
        QCOMPARE(db.exposure, Exposure::Internal);
        QCOMPARE(db.ring, u"broad"_s);
        QCOMPARE(db.tags, (QStringList{u"db"_s, u"linux"_s}));

        const ImportedAsset *local = find(*assets, u"localhost"_s);
        QCOMPARE(local->asset.transport, Transport::Local);
        QCOMPARE(local->asset.tags, QStringList{u"control"_s});
        QVERIFY(local->asset.user.isEmpty()); // linux:vars do not reach the control group
        QVERIFY(!local->given.contains(u"ring"_s));
    }
}

void TestAnsibleInventory::variablePrecedenceFollowsAnsible()
{
    // all < parent < child < host; groups of one depth in name order (the later name wins).
    const ParsedAssets assets =
        parsed("[all:vars]\npatchwright_ring=all\nansible_user=root\n"
               "[parent:children]\nchild\n"
               "[parent:vars]\npatchwright_ring=parent\npatchwright_exposure=isolated\n"
               "[child]\nh1\nh2 patchwright_ring=host\n"
               "[child:vars]\npatchwright_ring=child\n"
               "[aaa]\nh1\n[aaa:vars]\nansible_user=aaa\n"
               "[zzz]\nh1\n[zzz:vars]\nansible_user=zzz\n");
    QVERIFY(assets.problems.isEmpty());
    const Asset &h1 = find(assets, u"h1"_s)->asset;
    QCOMPARE(h1.ring, u"child"_s);
    QCOMPARE(h1.exposure, Exposure::Isolated);
    QCOMPARE(h1.user, u"zzz"_s);
    QCOMPARE(find(assets, u"h2"_s)->asset.ring, u"host"_s);
    QCOMPARE(find(assets, u"h2"_s)->asset.user, u"root"_s);
}

void TestAnsibleInventory::iniProblemsNameTheLine_data()
{
    QTest::addColumn<QByteArray>("ini");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown section kind")
        << QByteArray("[web]\nh1\n[web:hosts]\n") << 3 << u"unknown section"_s;
    QTest::newRow("broken header") << QByteArray("[web\nh1\n") << 1 << u"section header"_s;
    QTest::newRow("bare word after host") << QByteArray("[web]\nh1 fast\n") << 2 << u"key=value"_s;
    QTest::newRow("vars without =") << QByteArray("[web:vars]\nfoo\n") << 2 << u"key=value"_s;
    QTest::newRow("two children") << QByteArray("[a:children]\nb c\n") << 2 << u"one group"_s;
    QTest::newRow("bad range") << QByteArray("\n[web]\nw[3:1]\n") << 3 << u"backwards"_s;
    QTest::newRow("cycle") << QByteArray("[a:children]\nb\n[b:children]\na\n") << 0 << u"its own child"_s;
    QTest::newRow("bad criticality") << QByteArray("[web]\nh1\n[web:vars]\npatchwright_criticality=urgent\n")
                                     << 4 << u"criticality"_s;
    QTest::newRow("docker connection")
        << QByteArray("h1 ansible_connection=docker\n") << 1 << u"ssh, winrm or local"_s;
    QTest::newRow("unclosed quote") << QByteArray("h1 ansible_user=\"bob\n") << 1 << u"never closed"_s;
    QTest::newRow("nul") << QByteArray("h1\nh2\0\n", 7) << 2 << u"NUL"_s;
}

void TestAnsibleInventory::iniProblemsNameTheLine()
{
    QFETCH(QByteArray, ini);
    QFETCH(int, line);
    QFETCH(QString, message);
    const ParsedAssets assets = AnsibleInventoryImport::parse(ini);
    QVERIFY(!assets.problems.isEmpty());
    if (line > 0)
        QCOMPARE(assets.problems.constFirst().line, line);
    QVERIFY2(assets.problems.constFirst().message.contains(message),
             qPrintable(assets.problems.constFirst().message));
}

void TestAnsibleInventory::yamlProblemsNameTheLine_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("message");
    QTest::newRow("tab indent") << QByteArray("all:\n\thosts:\n") << 2 << u"tab"_s;
    QTest::newRow("tab indent deeper") << QByteArray("all:\n  hosts:\n\th1:\n") << 3 << u"tab"_s;
    QTest::newRow("unknown group key") << QByteArray("all:\n  hosts:\n    h1:\n  host_vars:\n    x: 1\n") << 4
                                       << u"unknown key \"host_vars\""_s;
    // Ansible warns and keeps the last value; an import refuses rather than guess.
    QTest::newRow("duplicate key") << QByteArray("all:\n  hosts:\n    h1:\n    h1:\n") << 4
                                   << u"already on line 3"_s;
    QTest::newRow("duplicate group") << QByteArray("all:\nweb:\nall:\n") << 3 << u"already on line 1"_s;
    QTest::newRow("duplicate in flow")
        << QByteArray("all:\n  vars: {a: 1,\n    a: 2}\n") << 3 << u"already on line 2"_s;
    QTest::newRow("bad indent") << QByteArray("all:\n  hosts:\n    h1:\n   h2:\n") << 4 << u"YAML: "_s;
    QTest::newRow("two documents") << QByteArray("---\nall:\n---\nweb:\n") << 4 << u"second YAML document"_s;
    QTest::newRow("empty document") << QByteArray("---\n# nothing yet\n") << 0 << u"mapping of groups"_s;
    QTest::newRow("hosts as list") << QByteArray("all:\n  hosts:\n    - h1\n") << 3 << u"must be a mapping"_s;
    QTest::newRow("list var read") << QByteArray("all:\n  hosts:\n    h1:\n      ansible_port: [1, 2]\n") << 4
                                   << u"single value"_s;
    QTest::newRow("vault var read")
        << QByteArray(
               "all:\n  hosts:\n    h1:\n      ansible_user: !vault |\n        $ANSIBLE_VAULT;1.1;AES256\n"
               "        6132\n")
        << 4 << u"Ansible Vault"_s;
    QTest::newRow("unclosed quote") << QByteArray("all:\n  vars:\n    a: \"x") << 3 << u"YAML: "_s;
    QTest::newRow("bad escape") << QByteArray("all:\n  vars:\n    a: \"\\q\"\n") << 3 << u"escape"_s;
    QTest::newRow("unknown alias") << QByteArray("all:\n  hosts:\n    h1: *nowhere\n") << 3 << u"anchor"_s;
    QTest::newRow("merge of a scalar") << QByteArray("all:\n  vars:\n    <<: 1\n") << 3 << u"merge key"_s;
    QTest::newRow("merge of a list of scalars")
        << QByteArray("all:\n  vars:\n    <<: [1]\n") << 3 << u"merge key"_s;
    QTest::newRow("list as key") << QByteArray("all:\n  hosts:\n    ? [a, b]\n    : x\n") << 3
                                 << u"key must be a name"_s;
    QTest::newRow("deep flow") << "all: " + QByteArray(3000, '[') + QByteArray(3000, ']') << 1
                               << u"nested too deeply"_s;
    QTest::newRow("top level list") << QByteArray("---\n- all\n") << 2 << u"mapping of groups"_s;
    QTest::newRow("bad port") << QByteArray("all:\n  hosts:\n    h1:\n      ansible_port: ssh\n") << 4
                              << u"port"_s;
}

void TestAnsibleInventory::yamlProblemsNameTheLine()
{
    QFETCH(QByteArray, yaml);
    QFETCH(int, line);
    QFETCH(QString, message);
    const ParsedAssets assets = AnsibleInventoryImport::parse(yaml);
    QVERIFY(!assets.problems.isEmpty());
    QCOMPARE(assets.problems.constFirst().line, line);
    QVERIFY2(assets.problems.constFirst().message.contains(message),
             qPrintable(assets.problems.constFirst().message));
    QVERIFY(assets.assets.isEmpty());
}

void TestAnsibleInventory::yamlIsReadAsAnsibleReadsIt()
{
    // One document in flow style, with quoted keys and escapes.
    ParsedAssets assets = parsed("{all: {hosts: {h1: {ansible_port: 2201}, 'h2': , \"db\\u0031\": },\n"
                                 "       children: {web: {hosts: {w1: }}}}}\n");
    QVERIFY(assets.problems.isEmpty());
    QCOMPARE(names(assets), (QStringList{u"h1"_s, u"h2"_s, u"db1"_s, u"w1"_s}));
    QCOMPARE(find(assets, u"h1"_s)->asset.port, 2201);
    QCOMPARE(find(assets, u"w1"_s)->asset.tags, QStringList{u"web"_s});
    QCOMPARE(find(assets, u"w1"_s)->line, 2);

    // Block scalars, comments, tags Ansible accepts, and an anchored host list used by a second group.
    assets = parsed("all:\n"
                    "  children:\n"
                    "    web:\n"
                    "      hosts: &web # the web hosts\n"
                    "        w1:\n"
                    "          ansible_user: >-\n"
                    "            patch\n"
                    "          ansible_ssh_private_key_file: |\n"
                    "            /keys/id_ed25519\n"
                    "        w2: {ansible_user: !unsafe 'ops', patchwright_ring: !!str 1}\n"
                    "    canary:\n"
                    "      hosts: *web\n");
    QVERIFY(assets.problems.isEmpty());
    QCOMPARE(names(assets), (QStringList{u"w1"_s, u"w2"_s}));
    const Asset &w1 = find(assets, u"w1"_s)->asset;
    QCOMPARE(w1.user, u"patch"_s);
    QCOMPARE(w1.identityFile, u"/keys/id_ed25519"_s);
    QCOMPARE(w1.tags, (QStringList{u"canary"_s, u"web"_s}));
    QCOMPARE(find(assets, u"w1"_s)->line, 5); // an aliased host is where its anchor's text is
    QCOMPARE(find(assets, u"w2"_s)->asset.user, u"ops"_s);
    QCOMPARE(find(assets, u"w2"_s)->asset.ring, u"1"_s);
}

void TestAnsibleInventory::yamlMergeKeysFollowPyYaml()
{
    const ParsedAssets assets = parsed(
        "all:\n"
        "  vars:\n"
        "    a: &a {ansible_user: from_a, patchwright_ring: ring_a}\n"
        "    b: &b {ansible_user: from_b, patchwright_exposure: isolated, patchwright_criticality: low}\n"
        "    c: &c {<<: *a, patchwright_ring: ring_c}\n"
        "  hosts:\n"
        "    h1:\n"
        "      <<: [*a, *b] # the first mapping of the list wins\n"
        "      patchwright_criticality: high # the mapping's own key wins over a merged one\n"
        "    h2:\n"
        "      <<: *b\n"
        "      <<: *a # a later merge key wins over an earlier one\n"
        "    h3: {<<: *c} # merges within merges\n"
        "  children:\n"
        "    extra:\n"
        "      hosts: {<<: {m1: , m2: }, m0: } # merged keys come first\n");
    QVERIFY(assets.problems.isEmpty());
    QCOMPARE(names(assets), (QStringList{u"h1"_s, u"h2"_s, u"h3"_s, u"m1"_s, u"m2"_s, u"m0"_s}));
    const Asset &h1 = find(assets, u"h1"_s)->asset;
    QCOMPARE(h1.user, u"from_a"_s);
    QCOMPARE(h1.ring, u"ring_a"_s);
    QCOMPARE(h1.exposure, Exposure::Isolated);
    QCOMPARE(h1.criticality, Criticality::High);
    QCOMPARE(find(assets, u"h2"_s)->asset.user, u"from_a"_s);
    QCOMPARE(find(assets, u"h2"_s)->asset.criticality, Criticality::Low);
    QCOMPARE(find(assets, u"h3"_s)->asset.user, u"from_a"_s);
    QCOMPARE(find(assets, u"h3"_s)->asset.ring, u"ring_c"_s);
}

void TestAnsibleInventory::formatIsToldByTheFirstLine()
{
    for (const char *yaml :
         {"all:\n", "---\nall:\n", "# hosts\n\nall:\n  hosts:\n", "{all: {hosts: {h1: }}}\n",
          "%YAML 1.1\n---\n", "'all':\n", "all: {hosts: {h1: }}\n", "web: # the web tier\n"})
        QVERIFY2(AnsibleInventoryImport::looksLikeYaml(QString::fromUtf8(yaml)), yaml);
    for (const char *ini : {"[web]\nh1\n", "badwolf.example.com:5309\n", "2001:db8::1\n",
                            "h1 ansible_host=x\n", "; comment\nh1\n", "h1:22 ansible_user=x\n", ""})
        QVERIFY2(!AnsibleInventoryImport::looksLikeYaml(QString::fromUtf8(ini)), ini);
}

QTEST_GUILESS_MAIN(TestAnsibleInventory)
#include "tst_ansibleinventory.moc"

// The Windows inventory of Ansible's "Windows Remote Management" guide: ansible_winrm_* become the asset's
// WinRM settings; CredSSP (credential delegation) is refused by name.
void TestAnsibleInventory::windowsHostsKeepTheirWinRmSettings()
{
    const QByteArray ini = "[windows]\n"
                           "win1.example.com\n"
                           "win2.example.com ansible_port=5985 ansible_winrm_scheme=http\n"
                           "win3.example.com ansible_winrm_transport=kerberos,ntlm\n"
                           "[windows:vars]\n"
                           "ansible_user=patch@CORP.EXAMPLE.COM\n"
                           "ansible_connection=winrm\n"
                           "ansible_winrm_transport=ntlm\n"
                           "ansible_winrm_server_cert_validation=validate\n"
                           "ansible_winrm_ca_trust_path=/etc/pki/corp-ca.pem\n";
    const ParsedAssets assets = parsed(ini);
    QVERIFY(assets.problems.isEmpty());
    QCOMPARE(assets.assets.size(), 3);
    const ImportedAsset *win1 = find(assets, u"win1.example.com"_s);
    QVERIFY(win1);
    QCOMPARE(win1->asset.transport, Transport::WinRm);
    QCOMPARE(win1->asset.user, u"patch@CORP.EXAMPLE.COM"_s);
    QCOMPARE(win1->asset.winrm.auth, WinRmAuth::Ntlm);
    QVERIFY(!win1->asset.winrm.allowHttp);
    QCOMPARE(win1->asset.winrm.caFile, u"/etc/pki/corp-ca.pem"_s);
    QVERIFY(win1->given.contains(u"auth"_s));
    QVERIFY(win1->given.contains(u"ca-file"_s));
    const ImportedAsset *win2 = find(assets, u"win2.example.com"_s);
    QVERIFY(win2);
    QVERIFY(win2->asset.winrm.allowHttp);
    QCOMPARE(win2->asset.port, 5985);
    QCOMPARE(find(assets, u"win3.example.com"_s)->asset.winrm.auth, WinRmAuth::Negotiate);

    const ParsedAssets credssp =
        AnsibleInventoryImport::parse("w1 ansible_connection=winrm ansible_winrm_transport=credssp\n");
    QCOMPARE(credssp.problems.size(), 1);
    QVERIFY2(credssp.problems.at(0).message.contains(u"not \"credssp\""_s),
             qPrintable(credssp.problems.at(0).message));
    QVERIFY(credssp.assets.isEmpty());
}
