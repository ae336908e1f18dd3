#pragma once

#include "domain/Result.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

// What pw_bench_rollout's parent tells each child measurement about the fleet, as plan.json in the
// measurement's scratch folder: the rings and their hosts, the sshd that serves them, each host's key, and
// the updates the change deploys.
struct RolloutPlan
{
    struct Ring
    {
        QString name;
        QStringList hosts; // asset names, in order
    };
    QList<Ring> rings; // in their order: the stages
    int parallel = 16; // each ring's parallelism (and the preparing scan's)
    QString sshHost;
    int sshPort = 0;
    QString sshUser;
    QString hostKeyPath;                    // the sshd's public host key (OpenSSH format)
    QString hostFingerprint;                // "SHA256:…"
    QHash<QString, QString> identities;     // asset name → private key file
    QHash<QString, QString> targetVersions; // package → the version the change installs

    int hostCount() const;
    QString ringOf(const QString &host) const;

    Status write(const QString &scratch) const;
    static Result<RolloutPlan> read(const QString &scratch);
};
