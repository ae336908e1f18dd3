#include "AssetValidation.h"

#include "ImportText.h"

#include "domain/PlainText.h"
#include "domain/Ring.h"

#include <QDir>
#include <QHostAddress>
#include <QRegularExpression>

namespace {

// Starts with a letter or digit (never "-": it would read as an option to ssh), then letters, digits and
// . _ - only.
const QRegularExpression nameSyntax(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$"));
const QRegularExpression hostLabel(QStringLiteral("^[A-Za-z0-9_]([A-Za-z0-9_-]{0,61}[A-Za-z0-9_])?$"));
// POSIX login names, plus DOMAIN\user and user@REALM for WinRM.
const QRegularExpression userSyntax(QStringLiteral("^[A-Za-z0-9._][A-Za-z0-9._@\\\\-]{0,63}$"));
const QRegularExpression tagSyntax(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$"));

} // namespace

bool AssetValidation::isIpAddress(const QString &text)
{
    QHostAddress address;
    return !text.isEmpty() && !text.contains(QLatin1Char('%')) && address.setAddress(text);
}

bool AssetValidation::isHostName(const QString &text)
{
    if (text.isEmpty() || text.size() > 253 || text.endsWith(QLatin1Char('.')))
        return false;
    const QStringList labels = text.split(QLatin1Char('.'));
    for (const QString &label : labels) {
        if (!hostLabel.match(label).hasMatch())
            return false;
    }
    return true;
}

QString AssetValidation::nameProblem(const QString &name)
{
    if (name.isEmpty())
        return tr("an asset needs a name");
    if (!nameSyntax.match(name).hasMatch())
        return tr("\"%1\" is not a valid asset name: use up to 128 letters, digits, dots, dashes and "
                  "underscores, starting with a letter or digit")
            .arg(ImportText::excerpt(name));
    return {};
}

QString AssetValidation::addressProblem(Transport transport, const QString &address)
{
    if (address.isEmpty()) {
        switch (transport) {
        case Transport::Local:
            return QString();
        case Transport::Ssh:
            return tr("an SSH asset needs an address");
        case Transport::WinRm:
            return tr("a WinRM asset needs an address");
        case Transport::None:
            return tr("an inventory-only asset needs an address");
        }
    }
    if (!isIpAddress(address) && !isHostName(address))
        return tr("\"%1\" is neither a host name nor an IP address").arg(ImportText::excerpt(address));
    return {};
}

QString AssetValidation::portProblem(int port)
{
    // 0: the default (from ~/.ssh/config, else 22).
    return port >= 0 && port <= 65535 ? QString() : tr("the port must be a number from 1 to 65535");
}

QString AssetValidation::userProblem(const QString &user)
{
    if (user.isEmpty() || userSyntax.match(user).hasMatch())
        return {};
    return tr("\"%1\" is not a valid login name").arg(ImportText::excerpt(user));
}

QString AssetValidation::identityProblem(const QString &path)
{
    if (path.contains(QLatin1String("PRIVATE KEY")) || path.contains(QLatin1Char('\n')))
        return tr("give the path of the private key file, never the key itself");
    return filePathProblem(path);
}

QString AssetValidation::filePathProblem(const QString &path)
{
    if (path.isEmpty())
        return {};
    if (path.contains(QLatin1String("-----BEGIN")) || path.contains(QLatin1Char('\n')))
        return tr("give the path of the file, never its contents");
    if (path.size() > 4096)
        return tr("this is not a file path: it is longer than 4096 characters");
    if (const QString problem = PlainText::problem(path, PlainText::Lines::One); !problem.isEmpty())
        return tr("this is not a file path: %1").arg(problem);
    if (!QDir::isAbsolutePath(path))
        return tr("\"%1\" is not an absolute path (start it with / or ~/)").arg(ImportText::excerpt(path));
    return {};
}

QList<AssetProblem> AssetValidation::winRmProblems(const Asset &asset)
{
    QList<AssetProblem> found;
    const WinRmSettings &winrm = asset.winrm;
    const auto note = [&found](const char *field, const QString &problem) {
        if (!problem.isEmpty())
            found.append({QString::fromLatin1(field), problem});
    };
    note("ca-file", filePathProblem(winrm.caFile));
    note("client-cert", filePathProblem(winrm.clientCertificateFile));
    note("client-key", filePathProblem(winrm.clientKeyFile));
    if (asset.transport != Transport::WinRm)
        return found;
    if (winrm.allowHttp && winrm.auth == WinRmAuth::Basic)
        note("auth",
             tr("Basic sends the password readable by anyone on the path: it is never used over plain "
                "HTTP; use HTTPS (drop allow-http) or NTLM"));
    if (winrm.allowHttp && winrm.auth == WinRmAuth::Certificate)
        note("auth", tr("a client certificate is presented over TLS only: drop allow-http"));
    if (winrm.auth == WinRmAuth::Certificate &&
        (winrm.clientCertificateFile.isEmpty() || winrm.clientKeyFile.isEmpty()))
        note("client-cert", tr("certificate authentication needs both a client-cert and a client-key file"));
    if (winrm.allowHttp && !winrm.caFile.isEmpty())
        note("ca-file", tr("a CA file checks an HTTPS certificate: it has no use with allow-http"));
    return found;
}

QString AssetValidation::ringProblem(const QString &ring)
{
    if (ring.isEmpty() || RingName::isValid(ring))
        return {};
    return tr("\"%1\" is not a valid ring name: use letters, digits, dots, dashes, colons and underscores")
        .arg(ImportText::excerpt(ring));
}

QString AssetValidation::tagsProblem(const QStringList &tags)
{
    if (tags.size() > MaxTags)
        return tr("an asset has at most %1 tags").arg(MaxTags);
    for (const QString &tag : tags) {
        if (!tagSyntax.match(tag).hasMatch())
            return tr("\"%1\" is not a valid tag: use up to 64 letters, digits, dots, dashes, colons and "
                      "underscores")
                .arg(ImportText::excerpt(tag));
    }
    return {};
}

QString AssetValidation::ownerProblem(const QString &owner)
{
    if (owner.size() > 256)
        return tr("an owner is at most 256 characters");
    return PlainText::problem(owner, PlainText::Lines::One);
}

QList<AssetProblem> AssetValidation::problems(const Asset &asset)
{
    QList<AssetProblem> found;
    const auto note = [&found](const char *field, const QString &problem) {
        if (!problem.isEmpty())
            found.append({QString::fromLatin1(field), problem});
    };
    note("name", nameProblem(asset.name));
    note("address", addressProblem(asset.transport, asset.address));
    note("port", portProblem(asset.port));
    note("user", userProblem(asset.user));
    note("identity", identityProblem(asset.identityFile));
    note("ring", ringProblem(asset.ring));
    note("tag", tagsProblem(asset.tags));
    note("owner", ownerProblem(asset.owner));
    found.append(winRmProblems(asset));
    return found;
}

Status AssetValidation::check(const Asset &asset)
{
    const QList<AssetProblem> found = problems(asset);
    if (found.isEmpty())
        return {};
    QStringList messages;
    for (const AssetProblem &problem : found)
        messages.append(problem.field + QStringLiteral(": ") + problem.message);
    return Error{messages.join(QStringLiteral("; ")), {}, QStringLiteral("invalid-asset")};
}
