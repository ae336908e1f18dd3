#include "AssetFields.h"

#include "ImportText.h"

#include <QDir>
#include <QRegularExpression>

const QStringList &AssetFields::names()
{
    static const QStringList fields{
        QStringLiteral("name"),        QStringLiteral("transport"),   QStringLiteral("address"),
        QStringLiteral("port"),        QStringLiteral("user"),        QStringLiteral("identity"),
        QStringLiteral("criticality"), QStringLiteral("exposure"),    QStringLiteral("ring"),
        QStringLiteral("tag"),         QStringLiteral("auth"),        QStringLiteral("allow-http"),
        QStringLiteral("ca-file"),     QStringLiteral("client-cert"), QStringLiteral("client-key")};
    return fields;
}

QString AssetFields::canonical(const QString &name)
{
    const QString lower = name.trimmed().toLower();
    if (lower == QLatin1String("tags"))
        return QStringLiteral("tag");
    return names().contains(lower) ? lower : QString();
}

QStringList AssetFields::splitTags(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[,;\\s]+"));
    QStringList tags;
    for (const QString &tag : text.split(separators, Qt::SkipEmptyParts)) {
        if (!tags.contains(tag))
            tags.append(tag);
    }
    return tags;
}

QString AssetFields::expandHome(const QString &path)
{
    if (path == QLatin1String("~"))
        return QDir::homePath();
    if (path.startsWith(QLatin1String("~/")))
        return QDir::homePath() + path.mid(1);
    return path;
}

std::optional<bool> AssetFields::yesOrNo(const QString &text)
{
    const QString word = text.trimmed().toLower();
    if (word == QLatin1String("yes") || word == QLatin1String("true") || word == QLatin1String("1"))
        return true;
    if (word == QLatin1String("no") || word == QLatin1String("false") || word == QLatin1String("0"))
        return false;
    return std::nullopt;
}

Status AssetFields::set(Asset *asset, const QString &field, const QString &text)
{
    const QString value = text.trimmed();
    const QString key = canonical(field);
    if (key == QLatin1String("name")) {
        asset->name = value;
    } else if (key == QLatin1String("transport")) {
        if (!parseTypedWord(value, &asset->transport))
            return Error{tr("the transport must be ssh, winrm, local or none, not \"%1\"")
                             .arg(ImportText::excerpt(value))};
    } else if (key == QLatin1String("address")) {
        asset->address = value;
    } else if (key == QLatin1String("port")) {
        bool numeric = false;
        const int port = value.toInt(&numeric);
        if (!numeric || port < 1 || port > 65535)
            return Error{
                tr("the port must be a number from 1 to 65535, not \"%1\"").arg(ImportText::excerpt(value))};
        asset->port = port;
    } else if (key == QLatin1String("user")) {
        asset->user = value;
    } else if (key == QLatin1String("identity")) {
        asset->identityFile = expandHome(value);
    } else if (key == QLatin1String("criticality")) {
        if (!parseTypedWord(value, &asset->criticality))
            return Error{tr("the criticality must be low, medium, high or critical, not \"%1\"")
                             .arg(ImportText::excerpt(value))};
    } else if (key == QLatin1String("exposure")) {
        if (!parseTypedWord(value, &asset->exposure))
            return Error{tr("the exposure must be internet, internal or isolated, not \"%1\"")
                             .arg(ImportText::excerpt(value))};
    } else if (key == QLatin1String("ring")) {
        asset->ring = value;
    } else if (key == QLatin1String("tag")) {
        asset->tags = splitTags(value);
    } else if (key == QLatin1String("auth")) {
        if (!parseTypedWord(value, &asset->winrm.auth))
            return Error{
                tr("the WinRM authentication must be ntlm, basic, negotiate or certificate, not \"%1\"")
                    .arg(ImportText::excerpt(value))};
    } else if (key == QLatin1String("allow-http")) {
        const auto flag = yesOrNo(value);
        if (!flag)
            return Error{tr("allow-http must be yes or no, not \"%1\"").arg(ImportText::excerpt(value))};
        asset->winrm.allowHttp = *flag;
    } else if (key == QLatin1String("ca-file")) {
        asset->winrm.caFile = expandHome(value);
    } else if (key == QLatin1String("client-cert")) {
        asset->winrm.clientCertificateFile = expandHome(value);
    } else if (key == QLatin1String("client-key")) {
        asset->winrm.clientKeyFile = expandHome(value);
    } else {
        return Error{tr("unknown asset field \"%1\"").arg(ImportText::excerpt(field))};
    }
    return {};
}

void AssetFields::copy(const Asset &from, const QSet<QString> &fields, Asset *to)
{
    for (const QString &field : fields) {
        if (field == QLatin1String("name"))
            to->name = from.name;
        else if (field == QLatin1String("transport"))
            to->transport = from.transport;
        else if (field == QLatin1String("address"))
            to->address = from.address;
        else if (field == QLatin1String("port"))
            to->port = from.port;
        else if (field == QLatin1String("user"))
            to->user = from.user;
        else if (field == QLatin1String("identity"))
            to->identityFile = from.identityFile;
        else if (field == QLatin1String("criticality"))
            to->criticality = from.criticality;
        else if (field == QLatin1String("exposure"))
            to->exposure = from.exposure;
        else if (field == QLatin1String("ring"))
            to->ring = from.ring;
        else if (field == QLatin1String("tag"))
            to->tags = from.tags;
        else if (field == QLatin1String("auth"))
            to->winrm.auth = from.winrm.auth;
        else if (field == QLatin1String("allow-http"))
            to->winrm.allowHttp = from.winrm.allowHttp;
        else if (field == QLatin1String("ca-file"))
            to->winrm.caFile = from.winrm.caFile;
        else if (field == QLatin1String("client-cert"))
            to->winrm.clientCertificateFile = from.winrm.clientCertificateFile;
        else if (field == QLatin1String("client-key"))
            to->winrm.clientKeyFile = from.winrm.clientKeyFile;
    }
}
