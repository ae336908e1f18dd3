#pragma once

#include "IntelImport.h"

#include "domain/Result.h"

#include <QCoreApplication>
#include <QString>

class Database;

// How `intel sync` reaches the feeds: the proxy and each feed's mirror. Stored in the database's settings
// (intel.proxy, intel.url.<feed>), not in QSettings: a mirror on the team's network and the proxy of the
// site the database serves are the team's, and the engine (console, CLI, daemon) reads them from wherever
// it runs; a CLI flag (--url, --proxy) still overrides them for one run.
struct FeedProxy
{
    enum class Mode
    {
        System, // the environment's http_proxy / https_proxy / no_proxy (stored as "")
        None,   // direct connections, whatever the environment says (stored as "none")
        Manual  // this http://host:port (stored as the URL)
    };
    Mode mode = Mode::System;
    QString url; // Manual only, never with a password

    QString storedText() const;
    static FeedProxy fromStoredText(const QString &text);
};

class FeedSettings
{
    Q_DECLARE_TR_FUNCTIONS(FeedSettings)

public:
    explicit FeedSettings(Database &database);

    // A mirror URL as typed: http:// or https://, a host (loopback and intranet names are fine), no
    // password; {ecosystem} only for OSV. Returns the text to store; empty text is the official URL.
    static Result<QString> checkedMirror(IntelFeed feed, const QString &text);
    // A manual proxy: http://host:port with no password (passwords are not stored: use System with the
    // credentials in http_proxy, whose value never reaches the database, logs or arguments).
    static Result<FeedProxy> checkedProxy(FeedProxy::Mode mode, const QString &url);

    // The settings' keys: intel.proxy and intel.url.<feed>.
    static QString proxyKey();
    static QString mirrorKey(IntelFeed feed);

    Result<QString> mirror(IntelFeed feed) const; // empty: the official URL
    Result<FeedProxy> proxy() const;
    Result<bool> isEnabled(const QString &sourceKey) const; // every source is enabled until disabled

    // Each checks, stores and records a settings.changed audit event in one transaction; a refused value
    // stores nothing.
    Status setMirror(IntelFeed feed, const QString &text);
    Status setProxy(const FeedProxy &proxy);
    Status setEnabled(const QString &sourceKey, bool enabled);

private:
    Status store(const QString &key, const QString &value, const QString &shown);

    Database &m_database;
};
