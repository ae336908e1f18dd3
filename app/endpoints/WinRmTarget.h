#pragma once

#include "domain/Asset.h"
#include "domain/Result.h"

#include <QCoreApplication>
#include <QString>

// How the console authenticates to a WinRM listener: WinRmAuth (domain/Asset.h). NTLM goes inside
// `Authorization: Negotiate`, per connection (NtlmClient); Negotiate is answered with NTLM too (Kerberos
// needs a ticket this console lacks); Basic and client certificates over HTTPS only.

// Where and as whom a WinRM endpoint connects, and how it trusts the listener. The password is never here:
// it comes from a CredentialSource under passwordAccount().
struct WinRmTarget
{
    static constexpr int HttpsPort = 5986;
    static constexpr int HttpPort = 5985;

    QString assetName; // for hints ("asset trust NAME")
    QString host;
    int port = 0; // 0: 5986 for HTTPS, 5985 for HTTP
    bool https = true;
    WinRmAuth auth = WinRmAuth::Ntlm;
    QString user;   // "user", "DOMAIN\\user" or "user@domain.example"
    QString caFile; // PEM: the only CA that may sign the listener's certificate; empty: the system's CAs
    QString clientCertificateFile; // PEM, for WinRmAuth::Certificate
    QString clientKeyFile;         // PEM, unencrypted, for WinRmAuth::Certificate
    bool allowHttp = false;        // plain HTTP was explicitly allowed for this asset
    QString pinnedFingerprint;     // canonical CertificateFingerprint; accepted even when self-signed

    int effectivePort() const { return port > 0 ? port : (https ? HttpsPort : HttpPort); }
    // "user@host:port", as messages and the keychain name it.
    QString describe() const;
    // The keychain account holding the password: "winrm-password:USER@HOST:PORT".
    QString passwordAccount() const;
    // "https://host:5986/wsman" (IPv6 literals in brackets).
    QString url() const;
    // Refuses what must never be tried: no host, a bad port, HTTP not allowed for the asset, Basic or a
    // client certificate over HTTP, a certificate login without its files, a malformed pinned fingerprint.
    // Nothing has been sent when this fails.
    Status validate() const;

    Q_DECLARE_TR_FUNCTIONS(WinRmTarget) // last: it ends in `private:`
};
