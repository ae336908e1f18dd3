#include "../support/CliRunner.h"

#include <QFile>
#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// docs/cli.md, the CLI reference in the repository, checked against the real patchwright-cli's help (which
// comes from its command registry): every command and subcommand has a section listing each of its options
// and, for a listing, exactly its JSON keys; the reference names no command or option that does not exist.
// The help runs have no database and no keychain: help must never need them.
class TestCliReference : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void helpNeedsNoDatabaseAndNamesTheCommand();
    void groupsListTheirSubcommands();
    void everyCommandHasASection();
    void everyOptionIsDocumentedAndNoOtherIs();
    void everyListingDocumentsExactlyItsKeys();
    void globalOptionsAreDocumented();
    void examplesNameExistingCommands();
    void listingsPrintTheirDeclaredKeys();

private:
    struct Help
    {
        QString text;
        QStringList options; // long names, without --help
        QStringList jsonKeys;
    };
    Help help(const QStringList &words);
    static QStringList block(const QString &text, const QString &header);
    static QStringList optionNames(const QString &text);
    static QStringList documentedOptions(const QString &section);
    bool isCommandPath(const QStringList &words) const;

    QTemporaryDir m_dir;
    CliRunner m_runner; // no database, no passphrase, no keychain
    Help m_global;
    QMap<QString, Help> m_commands; // by path: "asset list", "deploy", "deploy status"
    QString m_reference;
    QMap<QString, QString> m_sections; // by the path in the "### `asset list`" heading
};

void TestCliReference::initTestCase()
{
    QVERIFY(m_dir.isValid());
    for (const char *name : {"DBUS_SESSION_BUS_ADDRESS", "DISPLAY", "WAYLAND_DISPLAY"})
        m_runner.removeEnvironment(QString::fromLatin1(name));
    m_runner.setLeadingArguments({u"--db"_s, m_dir.filePath(u"none.db"_s)});

    m_global = help({});
    const QStringList commandLines =
        block(m_global.text, u"Commands (patchwright-cli COMMAND [SUBCOMMAND] --help for their options):"_s);
    QVERIFY2(commandLines.size() > 20, qPrintable(m_global.text));
    for (const QString &line : commandLines) {
        // "  asset show NAME    Show one asset.": the path is the leading lower-case words.
        QStringList path;
        for (const QString &word : line.trimmed().split(QRegularExpression(u"\\s+"_s))) {
            if (!QRegularExpression(u"^[a-z][a-z-]*$"_s).match(word).hasMatch())
                break;
            path.append(word);
        }
        QVERIFY2(!path.isEmpty(), qPrintable(line));
        m_commands.insert(path.join(u' '), help(path));
    }

    QFile reference(QStringLiteral(PW_CLI_REFERENCE));
    QVERIFY2(reference.open(QIODevice::ReadOnly), PW_CLI_REFERENCE);
    m_reference = QString::fromUtf8(reference.readAll());
    const QRegularExpression heading(u"^### `([^`]+)`"_s, QRegularExpression::MultilineOption);
    for (auto it = heading.globalMatch(m_reference); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        const qsizetype end = m_reference.indexOf(
            QRegularExpression(u"^#"_s, QRegularExpression::MultilineOption), match.capturedEnd());
        m_sections.insert(match.captured(1),
                          m_reference.mid(match.capturedEnd(), end < 0 ? -1 : end - match.capturedEnd()));
    }
}

TestCliReference::Help TestCliReference::help(const QStringList &words)
{
    const CliRunner::Run run = m_runner.run(words + QStringList{u"--help"_s});
    Help help;
    if (run.exitCode != 0) {
        qWarning("%s --help: exit %d: %s", qPrintable(words.join(u' ')), run.exitCode, run.err.constData());
        return help;
    }
    help.text = QString::fromUtf8(run.out);
    help.options = optionNames(help.text);
    for (const QString &line : block(help.text, u"JSON keys (and CSV columns):"_s))
        help.jsonKeys += line.split(u',', Qt::SkipEmptyParts);
    for (QString &key : help.jsonKeys)
        key = key.trimmed();
    return help;
}

QStringList TestCliReference::block(const QString &text, const QString &header)
{
    const QStringList lines = text.split(u'\n');
    const qsizetype start = lines.indexOf(header);
    QStringList found;
    for (qsizetype i = start < 0 ? lines.size() : start + 1; i < lines.size() && !lines.at(i).isEmpty(); ++i)
        found.append(lines.at(i));
    return found;
}

QStringList TestCliReference::optionNames(const QString &text)
{
    // "  -h, --help   Show ..." and "  --format <table|json|csv>  Output ...": an option line is indented by
    // exactly two spaces; deeper lines continue a description.
    QStringList names;
    for (const QString &line : block(text, u"Options:"_s)) {
        if (!line.startsWith(u"  -"_s))
            continue;
        const QString column = line.trimmed().section(u"  "_s, 0, 0);
        for (const QString &name : column.split(u", "_s)) {
            const QString option = name.section(u' ', 0, 0);
            if (option.startsWith(u"--"_s) && option != u"--help"_s)
                names.append(option.mid(2));
        }
    }
    return names;
}

QStringList TestCliReference::documentedOptions(const QString &section)
{
    QStringList names;
    const QRegularExpression option(u"(?<![\\w-])--([a-z][a-z0-9-]*)"_s);
    for (auto it = option.globalMatch(section); it.hasNext();)
        names.append(it.next().captured(1));
    names.removeAll(u"help"_s);
    return names;
}

bool TestCliReference::isCommandPath(const QStringList &words) const
{
    return m_commands.contains(words.mid(0, 3).join(u' ')) ||
           m_commands.contains(words.mid(0, 2).join(u' ')) || m_commands.contains(words.value(0));
}

void TestCliReference::helpNeedsNoDatabaseAndNamesTheCommand()
{
    QVERIFY(m_global.text.startsWith(u"Usage: patchwright-cli [options] COMMAND"_s));
    QVERIFY(!m_global.options.isEmpty());
    for (auto it = m_commands.cbegin(); it != m_commands.cend(); ++it) {
        QVERIFY2(it->text.startsWith(u"Usage: patchwright-cli "_s + it.key() + u" [options]"_s),
                 qPrintable(it.key() + u": "_s + it->text.section(u'\n', 0, 0)));
        QVERIFY2(!it->text.contains(QStringLiteral(PW_CLI_PATH)), qPrintable(it.key()));
    }
    QVERIFY(!m_global.text.contains(QStringLiteral(PW_CLI_PATH)));
    // Without a keychain or passphrase the database cannot even be created: help never tried.
    QVERIFY(!QFile::exists(m_dir.filePath(u"none.db"_s)));
    const CliRunner::Run refused = m_runner.run({u"asset"_s, u"list"_s});
    QCOMPARE(refused.exitCode, 1); // ...whereas a command that needs the database fails
}

void TestCliReference::groupsListTheirSubcommands()
{
    QSet<QString> groups;
    for (const QString &path : m_commands.keys()) {
        if (path.contains(u' ') && !m_commands.contains(path.section(u' ', 0, 0)))
            groups.insert(path.section(u' ', 0, 0));
    }
    QCOMPARE(groups, (QSet<QString>{u"asset"_s, u"intel"_s, u"change"_s, u"audit"_s, u"db"_s, u"board"_s,
                                    u"user"_s, u"ring"_s, u"window"_s, u"report"_s}));
    for (const QString &group : std::as_const(groups)) {
        const Help groupHelp = help({group});
        QVERIFY2(groupHelp.text.startsWith(u"Usage: patchwright-cli "_s + group + u" [options] SUBCOMMAND"_s),
                 qPrintable(groupHelp.text));
        for (const QString &path : m_commands.keys()) {
            if (path.startsWith(group + u' '))
                QVERIFY2(groupHelp.text.contains(u"\n  "_s + path.section(u' ', 1)), qPrintable(path));
        }
    }
    const Help deploy = m_commands.value(u"deploy"_s);
    QVERIFY2(deploy.text.contains(u"\n  status [CHANGE]"_s), qPrintable(deploy.text));
}

void TestCliReference::everyCommandHasASection()
{
    const QStringList commands = m_commands.keys();
    const QStringList sections = m_sections.keys();
    for (const QString &path : commands)
        QVERIFY2(m_sections.contains(path),
                 qPrintable(u"docs/cli.md has no section ### `"_s + path + u"`"_s));
    for (const QString &path : sections)
        QVERIFY2(m_commands.contains(path), qPrintable(u"docs/cli.md documents `"_s + path +
                                                       u"`, which patchwright-cli does not have"_s));
}

void TestCliReference::everyOptionIsDocumentedAndNoOtherIs()
{
    for (auto it = m_commands.cbegin(); it != m_commands.cend(); ++it) {
        const QString section = m_sections.value(it.key());
        const QStringList documented = documentedOptions(section);
        for (const QString &option : it->options)
            QVERIFY2(documented.contains(option),
                     qPrintable(u"docs/cli.md: `"_s + it.key() + u"` does not document --"_s + option));
        for (const QString &option : documented)
            QVERIFY2(it->options.contains(option) || m_global.options.contains(option),
                     qPrintable(u"docs/cli.md: `"_s + it.key() + u"` documents --"_s + option +
                                u", which it does not have"_s));
    }
}

void TestCliReference::everyListingDocumentsExactlyItsKeys()
{
    const QRegularExpression keysLine(u"^JSON keys: (.*)$"_s, QRegularExpression::MultilineOption);
    for (auto it = m_commands.cbegin(); it != m_commands.cend(); ++it) {
        const QString section = m_sections.value(it.key());
        const QRegularExpressionMatch match = keysLine.match(section);
        QStringList documented;
        if (match.hasMatch()) {
            for (const QString &key : match.captured(1).split(u", "_s))
                documented.append(key.trimmed().remove(u'`'));
        }
        QVERIFY2(documented == it->jsonKeys,
                 qPrintable(u"docs/cli.md: `"_s + it.key() + u"` documents the JSON keys ["_s +
                            documented.join(u", "_s) + u"]; the command has ["_s +
                            it->jsonKeys.join(u", "_s) + u']'));
    }
}

void TestCliReference::globalOptionsAreDocumented()
{
    const qsizetype start = m_reference.indexOf(u"\n## Global options\n"_s);
    QVERIFY2(start >= 0, "docs/cli.md has no \"## Global options\" section");
    const qsizetype end = m_reference.indexOf(u"\n## "_s, start + 1);
    const QStringList documented = documentedOptions(m_reference.mid(start, end - start));
    for (const QString &option : m_global.options)
        QVERIFY2(documented.contains(option), qPrintable(u"docs/cli.md does not document --"_s + option));
    for (const QString &option : documented)
        QVERIFY2(m_global.options.contains(option),
                 qPrintable(u"docs/cli.md documents the global option --"_s + option +
                            u", which does not exist"_s));
}

void TestCliReference::examplesNameExistingCommands()
{
    // Every example command line (`patchwright-cli [--db X] COMMAND ...` at the start of a line) runs a
    // command that exists; synopses starting with an option or [ are not examples.
    int examples = 0;
    for (const QString &line : m_reference.split(u'\n')) {
        if (!line.startsWith(u"patchwright-cli "_s))
            continue;
        QStringList words = line.split(u' ', Qt::SkipEmptyParts).mid(1);
        while (words.size() >= 2 && (words.first() == u"--db"_s || words.first() == u"--passphrase-file"_s))
            words = words.mid(2);
        if (words.isEmpty() || words.first().startsWith(u'-') || words.first().startsWith(u'['))
            continue;
        ++examples;
        QVERIFY2(isCommandPath(words), qPrintable(u"docs/cli.md: no such command: "_s + line));
    }
    QVERIFY(examples >= 5);
}

void TestCliReference::listingsPrintTheirDeclaredKeys()
{
    // The read-only listings, on a fresh database: the CSV header is the declared keys, in order.
    CliRunner runner;
    runner.setEnvironment(u"PATCHWRIGHT_DB_PASSPHRASE"_s, u"reference passphrase"_s);
    runner.setLeadingArguments({u"--db"_s, m_dir.filePath(u"listings.db"_s)});
    for (const QStringList &words :
         {QStringList{u"asset"_s, u"list"_s}, QStringList{u"audit"_s, u"list"_s},
          QStringList{u"change"_s, u"list"_s}, QStringList{u"deploy"_s, u"status"_s},
          QStringList{u"intel"_s, u"status"_s}, QStringList{u"db"_s, u"info"_s}, QStringList{u"patches"_s},
          QStringList{u"vulns"_s}, QStringList{u"ring"_s, u"list"_s}, QStringList{u"window"_s, u"list"_s}}) {
        const QString path = words.join(u' ');
        const QStringList keys = m_commands.value(path).jsonKeys;
        QVERIFY2(!keys.isEmpty(), qPrintable(path));
        const CliRunner::Run run = runner.run(words + QStringList{u"--format"_s, u"csv"_s});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(QString::fromUtf8(run.out.left(run.out.indexOf("\r\n"))), keys.join(u','));
    }
}

QTEST_GUILESS_MAIN(TestCliReference)
#include "tst_clireference.moc"
