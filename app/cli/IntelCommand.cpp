#include "IntelCommand.h"

#include "Terminal.h"

#include "intel/Correlator.h"
#include "intel/FeedSettings.h"
#include "intel/IntelImport.h"
#include "intel/IntelSync.h"

#include "storage/FeedStateRepository.h"
#include "storage/SqlTime.h"

namespace {

QString countsText(const IntelImport::Outcome &o)
{
    return QCoreApplication::translate("IntelCommand",
                                       "%1 records: %2 added, %3 changed, %4 unchanged, %5 removed")
        .arg(o.records)
        .arg(o.counts.added)
        .arg(o.counts.changed)
        .arg(o.counts.unchanged)
        .arg(o.counts.removed);
}

void printCorrelation(CliContext &context, const Correlator::Summary &s)
{
    context.out << QCoreApplication::translate(
                       "IntelCommand", "Correlated %1 packages on %2 assets: %3 vulnerable, %4 fixed by a "
                                       "pending patch, %5 patch-CVE links.")
                       .arg(s.packagesChecked)
                       .arg(s.assets)
                       .arg(s.vulnerabilities)
                       .arg(s.fixedByPendingPatch)
                       .arg(s.patchCveLinks)
                << Qt::endl;
    if (s.unparsableVersions > 0)
        context.err << QCoreApplication::translate(
                           "IntelCommand", "patchwright-cli: %1 version comparisons were skipped because a "
                                           "version does not parse in its ecosystem's grammar.")
                           .arg(s.unparsableVersions)
                    << Qt::endl;
}

} // namespace

CliCommand IntelCommand::command()
{
    return CliCommand(QStringLiteral("intel"), tr("Vulnerability feeds and scanner reports."))
        .subcommand(
            CliCommand(QStringLiteral("import"), tr("Import a feed file or scanner report."))
                .describe(
                    tr("Import a feed file or scanner report in one transaction: FEED is kev, epss, nvd, "
                       "osv, nessus or openvas."))
                .positional(QStringLiteral("FEED"), tr("kev, epss, nvd, osv, nessus or openvas."),
                            QStringLiteral("FEED"))
                .positional(QStringLiteral("FILE"), tr("The file to import."), QStringLiteral("FILE"))
                .option({QStringLiteral("create-assets"),
                         tr("Scanner reports: add an asset for each host no asset matches.")})
                .handler(&importFile))
        .subcommand(syncCommand())
        .subcommand(
            CliCommand(QStringLiteral("status"), tr("Where each feed was last imported from, and when."))
                .listing({QStringLiteral("feed"), QStringLiteral("version"), QStringLiteral("records"),
                          QStringLiteral("imported"), QStringLiteral("checked"), QStringLiteral("source"),
                          QStringLiteral("sha256")})
                .handler(&status))
        .subcommand(
            CliCommand(QStringLiteral("correlate"), tr("Match installed packages against OSV ranges again."))
                .describe(tr("Match every asset's installed packages against the stored OSV ranges again."))
                .handler(&correlate))
        .subcommand(
            CliCommand(QStringLiteral("source"), tr("Show or set where intel sync downloads a feed from."))
                .describe(
                    tr("Show or set where `intel sync` downloads a feed from (a mirror on your network, "
                       "say); for the whole team when the database is shared."))
                .positional(QStringLiteral("FEED"), tr("kev, epss, nvd or osv."), QStringLiteral("FEED"))
                .positional(QStringLiteral("URL"), tr("The new URL."), QStringLiteral("[URL]"))
                .option({QStringLiteral("reset"), tr("Back to the official URL.")})
                .handler(&source))
        .subcommand(
            CliCommand(QStringLiteral("proxy"), tr("Show or set the HTTP proxy intel sync uses."))
                .describe(tr("Show or set the HTTP proxy `intel sync` uses (default: the system's, i.e. "
                             "http_proxy / https_proxy / no_proxy)."))
                .positional(QStringLiteral("URL"), tr("http://host:port, or none for direct connections"),
                            QStringLiteral("[URL]"))
                .option({QStringLiteral("reset"), tr("Back to the system's proxy.")})
                .handler(&proxy));
}

CliCommand IntelCommand::syncCommand()
{
    return CliCommand(QStringLiteral("sync"), tr("Download feeds and import what changed."))
        .describe(tr("Download feeds from their official URLs (or the configured mirrors) and import what "
                     "changed; kev, epss, nvd and osv by default."))
        .positional(QStringLiteral("FEED"), tr("kev, epss, nvd or osv."), QStringLiteral("[FEED...]"))
        .option({QStringLiteral("url"), tr("Download from this URL instead (one feed only)."),
                 QStringLiteral("URL")})
        .option({QStringLiteral("proxy"),
                 tr("HTTP proxy for this run, http://host:port, or none (overrides `intel proxy`)."),
                 QStringLiteral("URL")})
        .option({QStringLiteral("nvd-page-delay"),
                 tr("Milliseconds between NVD pages (default 6000, NVD's limit without an API key)."),
                 QStringLiteral("MS"), QStringLiteral("6000")})
        .option({QStringLiteral("timeout"), tr("Seconds without data before a download stops (default 60)."),
                 QStringLiteral("S"), QStringLiteral("60")})
        .handler(&sync);
}

int IntelCommand::importFile(CliContext &context, const CommandArguments &args)
{
    const QStringList positional = args.parser().positionalArguments();
    if (positional.size() != 2)
        return context.usage(tr("intel import takes a feed and a file."));
    IntelFeed feed;
    if (!intelFeedFromName(positional.at(0), &feed))
        return context.usage(tr("Unknown feed \"%1\"; use %2.")
                                 .arg(positional.at(0), intelFeedNames().join(QStringLiteral(", "))));
    IntelImport::Options options;
    options.createAssets = args.parser().isSet(QStringLiteral("create-assets"));
    auto imported = IntelImport(*context.database).importFile(feed, positional.at(1), options);
    if (!imported)
        return context.fail(imported.error().text());
    const IntelImport::Outcome &o = imported.value();
    context.out << tr("Imported %1 from %2: %3.").arg(intelFeedName(feed), positional.at(1), countsText(o))
                << Qt::endl;
    if (!o.createdAssets.isEmpty())
        context.out << tr("Created %n inventory-only asset(s) (transport none: never scanned or logged into "
                          "until you give them a transport): %1",
                          nullptr, int(o.createdAssets.size()))
                           .arg(o.createdAssets.join(QStringLiteral(", ")))
                    << Qt::endl;
    if (!o.unmatchedHosts.isEmpty())
        context.err
            << tr("patchwright-cli: no asset matches these hosts (their findings are kept unassigned; "
                  "add the assets or re-import with --create-assets): %1")
                   .arg(o.unmatchedHosts.join(QStringLiteral(", ")))
            << Qt::endl;
    if (o.correlated)
        printCorrelation(context, o.correlation);
    return CliContext::Success;
}

int IntelCommand::sync(CliContext &context, const CommandArguments &args)
{
    QList<IntelFeed> feeds;
    for (const QString &name : args.parser().positionalArguments()) {
        IntelFeed feed;
        if (!intelFeedFromName(name, &feed) || !IntelSync::syncableFeeds().contains(feed))
            return context.usage(tr("Unknown feed \"%1\"; use kev, epss, nvd or osv.").arg(name));
        feeds.append(feed);
    }
    if (feeds.isEmpty())
        feeds = IntelSync::syncableFeeds();
    IntelSync::Options options;
    if (args.parser().isSet(QStringLiteral("url"))) {
        if (feeds.size() != 1)
            return context.usage(tr("--url needs exactly one feed."));
        const QUrl url(args.parser().value(QStringLiteral("url")));
        if (!url.isValid() || url.isRelative())
            return context.usage(tr("--url needs an absolute URL."));
        options.urls.insert(int(feeds.first()), url);
    }
    options.proxyUrl = args.parser().value(QStringLiteral("proxy"));
    bool ok = false;
    options.nvdPageDelayMs = args.parser().value(QStringLiteral("nvd-page-delay")).toInt(&ok);
    if (!ok || options.nvdPageDelayMs < 0)
        return context.usage(tr("--nvd-page-delay needs a number of milliseconds."));
    const int timeout = args.parser().value(QStringLiteral("timeout")).toInt(&ok);
    if (!ok || timeout < 1)
        return context.usage(tr("--timeout needs a number of seconds."));
    options.transferTimeoutMs = timeout * 1000;
    options.nvdApiKey = qgetenv("PATCHWRIGHT_NVD_API_KEY");

    IntelSync sync(*context.database);
    // Progress on a terminal only: scripts and logs get the one-line results.
    if (Terminal::isInteractive(stderr)) {
        QObject::connect(
            &sync, &IntelSync::progress, [&context](const QString &feed, qint64 received, qint64 total) {
                const QString done = QString::number(double(received) / (1024.0 * 1024.0), 'f', 1);
                context.err << '\r' << feed << ": " << done << " MiB";
                if (total > 0)
                    context.err << " of " << QString::number(double(total) / (1024.0 * 1024.0), 'f', 1)
                                << " MiB";
                context.err << "   " << Qt::flush;
            });
    }
    int failed = 0;
    bool unreachable = false;
    for (IntelFeed feed : std::as_const(feeds)) {
        auto outcome = sync.sync(feed, options);
        if (Terminal::isInteractive(stderr))
            context.err << '\r' << QString(60, QLatin1Char(' ')) << '\r' << Qt::flush;
        if (!outcome) {
            context.err << "patchwright-cli: " << outcome.error().text() << Qt::endl;
            ++failed;
            static const QStringList network{QStringLiteral("proxy"),
                                             QStringLiteral("host-not-found"),
                                             QStringLiteral("connection-refused"),
                                             QStringLiteral("timeout"),
                                             QStringLiteral("network"),
                                             QStringLiteral("tls")};
            unreachable = unreachable || network.contains(outcome.error().code);
            continue;
        }
        const IntelSync::Outcome &o = outcome.value();
        if (o.notModified) {
            context.out
                << tr("%1: not modified since the last sync (%2).").arg(intelFeedName(feed), o.url.toString())
                << Qt::endl;
            continue;
        }
        const QString from = o.archives.isEmpty()
                                 ? o.url.toString()
                                 : tr("the %1 archives").arg(o.archives.join(QStringLiteral(", ")));
        context.out << tr("%1: %2 from %3.").arg(intelFeedName(feed), countsText(o.import), from) << Qt::endl;
        if (o.import.correlated)
            printCorrelation(context, o.import.correlation);
    }
    if (unreachable)
        context.err << tr("patchwright-cli: behind a proxy, run again with --proxy http://host:port, or set "
                          "it for every sync with `intel proxy http://host:port` (`intel proxy none` for "
                          "direct connections); without internet access, point the feeds at a mirror with "
                          "`intel source FEED URL`.")
                    << Qt::endl;
    if (failed == 0)
        return CliContext::Success;
    return failed == feeds.size() ? CliContext::Failure : CliContext::Partial;
}

int IntelCommand::status(CliContext &context, const CommandArguments &args)
{
    const auto states = FeedStateRepository(context.database->connection()).list();
    if (!states)
        return context.fail(states.error().text());
    OutputTable table(args.jsonKeys());
    for (const FeedState &s : states.value()) {
        table.addRow({s.feed, s.version, s.recordCount, SqlTime::toValue(s.importedAt),
                      SqlTime::toValue(s.checkedAt), s.source, s.sha256});
    }
    context.print(table.render(args.format()));
    return CliContext::Success;
}

int IntelCommand::correlate(CliContext &context, const CommandArguments &)
{
    auto summary = Correlator(context.database->connection()).run();
    if (!summary)
        return context.fail(summary.error().text());
    printCorrelation(context, summary.value());
    return CliContext::Success;
}

int IntelCommand::source(CliContext &context, const CommandArguments &args)
{
    const QStringList positional = args.parser().positionalArguments();
    IntelFeed feed;
    if (positional.isEmpty() || positional.size() > 2 || !intelFeedFromName(positional.first(), &feed) ||
        !IntelSync::syncableFeeds().contains(feed))
        return context.usage(tr("intel source takes a feed (kev, epss, nvd or osv) and optionally a URL."));
    const bool reset = args.parser().isSet(QStringLiteral("reset"));
    if (positional.size() == 2 || reset) {
        if (positional.size() == 2 && reset)
            return context.usage(tr("Give a URL or --reset, not both."));
        const QString text = reset ? QString() : positional.at(1);
        if (const auto checked = FeedSettings::checkedMirror(feed, text); !checked)
            return context.usage(checked.error().text());
        if (const Status saved = FeedSettings(*context.database).setMirror(feed, text); !saved)
            return context.fail(saved.error().text());
    }
    IntelSync sync(*context.database);
    context.out << intelFeedName(feed) << ' '
                << sync.urlFor(feed, {}).toString().replace(
                       QLatin1String("%7Becosystem%7D"), IntelSync::EcosystemPlaceholder, Qt::CaseInsensitive)
                << Qt::endl;
    return CliContext::Success;
}

int IntelCommand::proxy(CliContext &context, const CommandArguments &args)
{
    const QStringList positional = args.parser().positionalArguments();
    const bool reset = args.parser().isSet(QStringLiteral("reset"));
    if (positional.size() > 1 || (reset && !positional.isEmpty()))
        return context.usage(tr("intel proxy takes one URL, none, or --reset."));
    if (!positional.isEmpty() || reset) {
        FeedProxy::Mode mode = FeedProxy::Mode::System;
        if (!reset)
            mode =
                positional.first() == QLatin1String("none") ? FeedProxy::Mode::None : FeedProxy::Mode::Manual;
        const auto checked = FeedSettings::checkedProxy(mode, reset ? QString() : positional.first());
        if (!checked)
            return context.usage(checked.error().text());
        if (const Status saved = FeedSettings(*context.database).setProxy(checked.value()); !saved)
            return context.fail(saved.error().text());
    }
    const auto current = FeedSettings(*context.database).proxy();
    if (!current)
        return context.fail(current.error().text());
    switch (current.value().mode) {
    case FeedProxy::Mode::System:
        context.out << tr("system proxy settings") << Qt::endl;
        break;
    case FeedProxy::Mode::None:
        context.out << tr("none (direct connections)") << Qt::endl;
        break;
    case FeedProxy::Mode::Manual:
        context.out << current.value().url << Qt::endl;
        break;
    }
    return CliContext::Success;
}
