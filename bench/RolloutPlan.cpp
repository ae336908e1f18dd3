#include "RolloutPlan.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace {

QString planPath(const QString &scratch)
{
    return QDir(scratch).filePath(QStringLiteral("plan.json"));
}

QJsonObject toObject(const QHash<QString, QString> &hash)
{
    QJsonObject object;
    for (auto it = hash.begin(); it != hash.end(); ++it)
        object.insert(it.key(), it.value());
    return object;
}

QHash<QString, QString> toHash(const QJsonObject &object)
{
    QHash<QString, QString> hash;
    for (auto it = object.begin(); it != object.end(); ++it)
        hash.insert(it.key(), it->toString());
    return hash;
}

} // namespace

int RolloutPlan::hostCount() const
{
    int count = 0;
    for (const Ring &ring : rings)
        count += int(ring.hosts.size());
    return count;
}

QString RolloutPlan::ringOf(const QString &host) const
{
    for (const Ring &ring : rings) {
        if (ring.hosts.contains(host))
            return ring.name;
    }
    return {};
}

Status RolloutPlan::write(const QString &scratch) const
{
    QJsonArray ringArray;
    for (const Ring &ring : rings)
        ringArray.append(QJsonObject{{QStringLiteral("name"), ring.name},
                                     {QStringLiteral("hosts"), QJsonArray::fromStringList(ring.hosts)}});
    const QJsonObject json{{QStringLiteral("rings"), ringArray},
                           {QStringLiteral("parallel"), parallel},
                           {QStringLiteral("sshHost"), sshHost},
                           {QStringLiteral("sshPort"), sshPort},
                           {QStringLiteral("sshUser"), sshUser},
                           {QStringLiteral("hostKeyPath"), hostKeyPath},
                           {QStringLiteral("hostFingerprint"), hostFingerprint},
                           {QStringLiteral("identities"), toObject(identities)},
                           {QStringLiteral("targetVersions"), toObject(targetVersions)}};
    QFile file(planPath(scratch));
    const QByteArray bytes = QJsonDocument(json).toJson();
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
        return Error{QStringLiteral("Cannot write %1: %2").arg(file.fileName(), file.errorString())};
    return {};
}

Result<RolloutPlan> RolloutPlan::read(const QString &scratch)
{
    QFile file(planPath(scratch));
    if (!file.open(QIODevice::ReadOnly))
        return Error{QStringLiteral("Cannot read %1: %2").arg(file.fileName(), file.errorString())};
    const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
    RolloutPlan plan;
    for (const QJsonValue ring : json.value(QLatin1String("rings")).toArray()) {
        Ring entry;
        entry.name = ring.toObject().value(QLatin1String("name")).toString();
        for (const QJsonValue host : ring.toObject().value(QLatin1String("hosts")).toArray())
            entry.hosts.append(host.toString());
        plan.rings.append(entry);
    }
    plan.parallel = json.value(QLatin1String("parallel")).toInt();
    plan.sshHost = json.value(QLatin1String("sshHost")).toString();
    plan.sshPort = json.value(QLatin1String("sshPort")).toInt();
    plan.sshUser = json.value(QLatin1String("sshUser")).toString();
    plan.hostKeyPath = json.value(QLatin1String("hostKeyPath")).toString();
    plan.hostFingerprint = json.value(QLatin1String("hostFingerprint")).toString();
    plan.identities = toHash(json.value(QLatin1String("identities")).toObject());
    plan.targetVersions = toHash(json.value(QLatin1String("targetVersions")).toObject());
    if (plan.rings.isEmpty() || plan.sshPort <= 0 || plan.parallel < 1 || plan.targetVersions.isEmpty())
        return Error{QStringLiteral("%1 is incomplete.").arg(file.fileName())};
    return plan;
}
