#pragma once

#include "domain/Asset.h"
#include "domain/Result.h"

#include <QCoreApplication>
#include <QList>

// One thing wrong with an asset, named by the `asset add` long option it belongs to ("name", "address" ...).
struct AssetProblem
{
    QString field;
    QString message;
};

// The rules every way of adding or changing an asset shares: `asset add`/`edit`, the asset dialog and the
// imports. Names, addresses, users, rings and tags end up in SSH commands, ssh_config lookups and reports, so
// each has a strict character set; an identity is the path of a key file, never the key itself; an owner is
// free text on one line. No field takes a control character (see PlainText).
class AssetValidation
{
    Q_DECLARE_TR_FUNCTIONS(AssetValidation)

public:
    static constexpr int MaxTags = 32;

    // Every problem of `asset`, in field order; empty when it may be stored.
    static QList<AssetProblem> problems(const Asset &asset);
    // The problems as one error ("address: …; port: …").
    static Status check(const Asset &asset);

    // Each returns an empty string when the value is fine, else what is wrong with it.
    static QString nameProblem(const QString &name);
    static QString addressProblem(Transport transport, const QString &address);
    static QString portProblem(int port);
    static QString userProblem(const QString &user);
    static QString identityProblem(const QString &path);
    static QString ringProblem(const QString &ring);
    static QString tagsProblem(const QStringList &tags);
    static QString ownerProblem(const QString &owner);   // free text on one line, no control characters
    static QString filePathProblem(const QString &path); // absolute, one line, a path and not a PEM
    // A WinRM asset's settings: files are paths; never Basic or a client certificate over plain HTTP.
    static QList<AssetProblem> winRmProblems(const Asset &asset);

    static bool isHostName(const QString &text); // a DNS name or an ~/.ssh/config Host alias
    static bool isIpAddress(const QString &text);
};
