#include "FeedSettings.h"

#include "IntelSync.h"

#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/SettingsRepository.h"
#include "storage/SqlTransaction.h"

#include <QUrl>

namespace {

const QString NoProxyText = QStringLiteral("none");

QString enabledKey(const QString &sourceKey)
{
    return QStringLiteral("intel.enabled.") + sourceKey;
}

} // namespace

QString FeedProxy::storedText() const
{
    switch (mode) {
    case Mode::System:
        return QString();
    case Mode::None:
        return NoProxyText;
    case Mode::Manual:
        return url;
    }
    return QString();
}

FeedProxy FeedProxy::fromStoredText(const QString &text)
{
    FeedProxy proxy;
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return proxy;
    if (trimmed.compare(NoProxyText, Qt::CaseInsensitive) == 0) {
        proxy.mode = Mode::None;
        return proxy;
    }
    proxy.mode = Mode::Manual;
    proxy.url = trimmed;
    return proxy;
}

QString FeedSettings::proxyKey()
{
    return QStringLiteral("intel.proxy");
}

QString FeedSettings::mirrorKey(IntelFeed feed)
{
    return QStringLiteral("intel.url.") + intelFeedName(feed);
}

FeedSettings::FeedSettings(Database &database)
    : m_database(database)
{
}

Result<QString> FeedSettings::checkedMirror(IntelFeed feed, const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return QString();
    if (!IntelSync::syncableFeeds().contains(feed))
        return Error{tr("%1 is a report, not a feed: it has no download URL.").arg(intelFeedName(feed))};
    QString probe = trimmed;
    if (probe.contains(IntelSync::EcosystemPlaceholder)) {
        if (feed != IntelFeed::Osv)
            return Error{tr("Only the OSV URL may contain %1.").arg(IntelSync::EcosystemPlaceholder),
                         tr("Remove %1 from the URL.").arg(IntelSync::EcosystemPlaceholder)};
        probe.replace(IntelSync::EcosystemPlaceholder, QStringLiteral("Debian"));
    }
    const QUrl url(probe, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    const QString hint =
        tr("Write it as https://host/path or http://host:port/path (a mirror on your network "
           "or on this machine is fine).");
    if (!url.isValid() || url.host().isEmpty() ||
        (scheme != QLatin1String("https") && scheme != QLatin1String("http")))
        return Error{tr("\"%1\" is not an http:// or https:// URL with a host.")
                         .arg(QUrl(probe).toDisplayString(QUrl::RemovePassword)),
                     hint, QStringLiteral("invalid-url")};
    if (!url.password().isEmpty())
        return Error{tr("The URL must not carry a password: settings are stored in the database, in clear "
                        "for everyone who opens it."),
                     tr("Use a mirror that needs no credentials, or one on your network."),
                     QStringLiteral("invalid-url")};
    if (!url.query().isEmpty() && feed != IntelFeed::Nvd)
        return Error{tr("The URL must not have a query (?…) for %1.").arg(intelFeedName(feed)), hint,
                     QStringLiteral("invalid-url")};
    return trimmed;
}

Result<FeedProxy> FeedSettings::checkedProxy(FeedProxy::Mode mode, const QString &text)
{
    FeedProxy proxy;
    proxy.mode = mode;
    if (mode != FeedProxy::Mode::Manual)
        return proxy;
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    if (!url.password().isEmpty())
        return Error{tr("Proxy passwords are not stored: settings are in the database, in clear for everyone "
                        "who opens it."),
                     tr("For a proxy that needs a password choose \"System\" and put the proxy with its "
                        "credentials in http_proxy / https_proxy for the console or the CLI."),
                     QStringLiteral("proxy")};
    if (!url.isValid() || url.scheme() != QLatin1String("http") || url.host().isEmpty() || url.port() <= 0 ||
        (!url.path().isEmpty() && url.path() != QLatin1String("/")))
        return Error{tr("The proxy must be http://host:port."), tr("Write it as http://proxy.example:3128."),
                     QStringLiteral("proxy")};
    proxy.url = QStringLiteral("http://%1%2:%3")
                    .arg(url.userName().isEmpty() ? QString() : url.userName() + QLatin1Char('@'))
                    .arg(url.host())
                    .arg(url.port());
    return proxy;
}

Result<QString> FeedSettings::mirror(IntelFeed feed) const
{
    return SettingsRepository(m_database.connection()).value(mirrorKey(feed));
}

Result<FeedProxy> FeedSettings::proxy() const
{
    auto stored = SettingsRepository(m_database.connection()).value(proxyKey());
    if (!stored)
        return stored.error();
    return FeedProxy::fromStoredText(stored.value());
}

Result<bool> FeedSettings::isEnabled(const QString &sourceKey) const
{
    auto stored = SettingsRepository(m_database.connection()).value(enabledKey(sourceKey));
    if (!stored)
        return stored.error();
    return stored.value() != QLatin1String("no");
}

Status FeedSettings::setMirror(IntelFeed feed, const QString &text)
{
    auto checked = checkedMirror(feed, text);
    if (!checked)
        return checked.error();
    return store(mirrorKey(feed), checked.value(),
                 checked.value().isEmpty() ? tr("(official URL)") : checked.value());
}

Status FeedSettings::setProxy(const FeedProxy &proxy)
{
    auto checked = checkedProxy(proxy.mode, proxy.url);
    if (!checked)
        return checked.error();
    const QString value = checked.value().storedText();
    return store(proxyKey(), value, value.isEmpty() ? tr("(system)") : value);
}

Status FeedSettings::setEnabled(const QString &sourceKey, bool enabled)
{
    return store(enabledKey(sourceKey), enabled ? QString() : QStringLiteral("no"),
                 enabled ? QStringLiteral("yes") : QStringLiteral("no"));
}

Status FeedSettings::store(const QString &key, const QString &value, const QString &shown)
{
    QSqlDatabase db = m_database.connection();
    SqlTransaction transaction(db);
    if (!transaction.isOpen())
        return Error{tr("Cannot start a transaction to save the setting %1.").arg(key)};
    if (const Status saved = SettingsRepository(db).setValue(key, value); !saved)
        return saved;
    if (const Status audited =
            AuditLog(db).append(m_database.actor(), QStringLiteral("settings.changed"), key, shown);
        !audited)
        return audited;
    if (!transaction.commit())
        return Error{tr("Cannot save the setting %1.").arg(key), tr("Try again.")};
    return {};
}
