#include "PostgresUrl.h"

#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

namespace {

const QStringList sslModes{QStringLiteral("disable"),   QStringLiteral("allow"),
                           QStringLiteral("prefer"),    QStringLiteral("require"),
                           QStringLiteral("verify-ca"), QStringLiteral("verify-full")};

Error invalid(const QString &message, const QString &hint = QString())
{
    return Error{message,
                 hint.isEmpty() ? QCoreApplication::translate(
                                      "PostgresUrl", "Write it as postgresql://USER@HOST[:PORT]/DATABASE"
                                                     "[?sslmode=require]; the password comes from PGPASSFILE "
                                                     "or the OS keychain.")
                                : hint,
                 QString::fromLatin1(PostgresUrl::InvalidCode)};
}

// A libpq conninfo value: single-quoted, with backslash and quote escaped.
QString quoted(const QString &value)
{
    QString escaped = value;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    escaped.replace(QLatin1Char('\''), QLatin1String("\\'"));
    return QLatin1Char('\'') + escaped + QLatin1Char('\'');
}

} // namespace

bool PostgresUrl::looksLikeOne(const QString &text)
{
    return text.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive) ||
           text.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

QStringList PostgresUrl::allowedParameters()
{
    return {QStringLiteral("sslmode"),          QStringLiteral("sslrootcert"),
            QStringLiteral("sslcert"),          QStringLiteral("sslkey"),
            QStringLiteral("sslcrl"),           QStringLiteral("connect_timeout"),
            QStringLiteral("application_name"), QStringLiteral("target_session_attrs")};
}

bool PostgresUrl::isLoopback(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    // Kept to QtCore (models/ has no QtNetwork): IPv4 127.0.0.0/8 and IPv6 ::1.
    static const QRegularExpression ipv4Loopback(QStringLiteral(R"(^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$)"));
    return ipv4Loopback.match(host).hasMatch() || host == QLatin1String("::1") ||
           host == QLatin1String("0:0:0:0:0:0:0:1");
}

Result<DatabaseConfig> PostgresUrl::parse(const QString &text)
{
    if (!looksLikeOne(text))
        return invalid(tr("A team database address starts with postgresql://."));
    // Checked on the raw text before anything that could echo the URL (QUrl's error strings quote it): a
    // password must never reach a message or a log.
    const qsizetype authorityStart = text.indexOf(QLatin1String("://")) + 3;
    qsizetype authorityEnd = text.size();
    for (const QChar end : {QLatin1Char('/'), QLatin1Char('?'), QLatin1Char('#')}) {
        const qsizetype at = text.indexOf(end, authorityStart);
        if (at >= 0 && at < authorityEnd)
            authorityEnd = at;
    }
    const QString authority = text.mid(authorityStart, authorityEnd - authorityStart);
    const qsizetype at = authority.lastIndexOf(QLatin1Char('@'));
    const QUrl url(text, QUrl::StrictMode);
    if ((at >= 0 && authority.left(at).contains(QLatin1Char(':'))) || !url.password().isEmpty())
        return invalid(tr("The database address contains a password; Patchwright refuses it, because "
                          "addresses end up in shell history, process lists and settings."),
                       tr("Remove the password from the address and put it in your PGPASSFILE "
                          "(~/.pgpass, mode 0600) or let Patchwright keep it in the OS keychain."));
    if (!url.isValid())
        return invalid(tr("The database address is not a valid URL: %1").arg(url.errorString()));
    const QString user = url.userName();
    if (user.isEmpty())
        return invalid(tr("The database address names no login (USER@ before the host)."));
    const QString host = url.host();
    if (host.isEmpty())
        return invalid(tr("The database address names no server host."));
    const int port = url.port(5432);
    if (port < 1 || port > 65535)
        return invalid(tr("The database port must be between 1 and 65535."));
    QString database = url.path(QUrl::FullyDecoded);
    if (database.startsWith(QLatin1Char('/')))
        database.remove(0, 1);
    if (database.isEmpty() || database.contains(QLatin1Char('/')))
        return invalid(tr("The database address names no database (/DATABASE after the host)."));
    if (!url.fragment().isEmpty())
        return invalid(tr("The database address has a #fragment, which means nothing here."));

    QStringList options;
    QStringList seen;
    const QUrlQuery query(url);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == QLatin1String("password"))
            return invalid(tr("The database address contains a password parameter; Patchwright refuses it."),
                           tr("Put the password in your PGPASSFILE (~/.pgpass, mode 0600) or let "
                              "Patchwright keep it in the OS keychain."));
        if (!allowedParameters().contains(key))
            return invalid(tr("Unknown database address parameter \"%1\".").arg(key),
                           tr("Allowed: %1.").arg(allowedParameters().join(QLatin1String(", "))));
        if (seen.contains(key))
            return invalid(tr("The parameter \"%1\" appears twice in the database address.").arg(key));
        seen.append(key);
        if (value.isEmpty() || value.contains(QLatin1Char(';')) || value.contains(QLatin1Char('\n')))
            return invalid(tr("The parameter \"%1\" needs a value without \";\" or line breaks.").arg(key));
        if (key == QLatin1String("sslmode") && !sslModes.contains(value))
            return invalid(tr("sslmode must be one of %1.").arg(sslModes.join(QLatin1String(", "))));
        static const QRegularExpression digits(QStringLiteral("^[0-9]{1,4}$"));
        if (key == QLatin1String("connect_timeout") && !digits.match(value).hasMatch())
            return invalid(tr("connect_timeout is a number of seconds."));
        options.append(key + QLatin1Char('=') + quoted(value));
    }
    if (!seen.contains(QLatin1String("sslmode")) && !qEnvironmentVariableIsSet("PGSSLMODE") &&
        !isLoopback(host))
        options.append(QStringLiteral("sslmode='require'"));
    if (!seen.contains(QLatin1String("connect_timeout")))
        options.append(QStringLiteral("connect_timeout='10'"));
    if (!seen.contains(QLatin1String("application_name")))
        options.append(QStringLiteral("application_name='patchwright'"));
    return DatabaseConfig::postgres(host, port, user, database, options.join(QLatin1Char(' ')));
}
