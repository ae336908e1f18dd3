#pragma once

#include <QCommandLineOption>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <vector>

struct CliContext;
class CommandArguments;

// One command or subcommand of patchwright-cli, declared once: its name, a one-line summary for the command
// list, its positionals and options for --help and parsing, the JSON keys of its listing, and its handler.
// Each *Command class declares its own (e.g. AuditCommand::command()); CommandRegistry holds them all.
class CliCommand
{
public:
    // Runs the command once its arguments parsed and the database is open; returns the exit code.
    using Handler = std::function<int(CliContext &, const CommandArguments &)>;

    struct Positional
    {
        QString name;
        QString description;
        QString syntax; // as the usage line shows it: NAME, [CHANGE], [FEED...]
    };

    CliCommand(QString name, QString summary);

    // The longer text --help shows (default: the summary).
    CliCommand &describe(const QString &description);
    CliCommand &positional(const QString &name, const QString &description, const QString &syntax);
    CliCommand &option(const QCommandLineOption &option);
    CliCommand &options(const QList<QCommandLineOption> &options);
    // A listing: adds --format table|json|csv; JSON objects and the CSV header have these keys, in order.
    CliCommand &listing(const QStringList &jsonKeys);
    CliCommand &handler(Handler run);
    CliCommand &subcommand(const CliCommand &command);
    // The handler opens the database itself (from CliContext::databaseArgument and passphrase), or not at
    // all: `db check` must read a file that opening would refuse.
    CliCommand &opensItsOwnDatabase();

    const QString &name() const { return m_name; }
    const QString &summary() const { return m_summary; }
    QString description() const { return m_description.isEmpty() ? m_summary : m_description; }
    const QList<Positional> &positionals() const { return m_positionals; }
    const QList<QCommandLineOption> &options() const { return m_options; }
    const QStringList &jsonKeys() const { return m_jsonKeys; }
    bool isListing() const { return !m_jsonKeys.isEmpty(); }
    // A group (asset, intel ...) only names its subcommands; `deploy` runs and has a subcommand too.
    bool runs() const { return bool(m_run); }
    bool needsOpenDatabase() const { return !m_opensItsOwnDatabase; }
    int run(CliContext &context, const CommandArguments &arguments) const
    {
        return m_run(context, arguments);
    }
    const std::vector<CliCommand> &subcommands() const { return m_subcommands; }
    const CliCommand *findSubcommand(const QString &name) const;
    // The positionals as the usage line shows them, e.g. "FEED FILE".
    QString synopsis() const;

private:
    QString m_name;
    QString m_summary;
    QString m_description;
    QList<Positional> m_positionals;
    QList<QCommandLineOption> m_options;
    QStringList m_jsonKeys;
    Handler m_run;
    std::vector<CliCommand> m_subcommands;
    bool m_opensItsOwnDatabase = false;
};
