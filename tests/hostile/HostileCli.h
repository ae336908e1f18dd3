#pragma once

#include "BoundedRun.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

// A fresh encrypted database in a temporary folder and patchwright-cli runs against it under BoundedRun's
// address-space cap, for the hostile-input regressions: each probe must end with a normal exit and an
// error naming its limit, store nothing, and stay within its memory.
class HostileCli
{
public:
    // Enough for the CLI's own threads and libraries; each probe of issue 10 needed gigabytes before.
    static constexpr qint64 AddressSpace = qint64(1536) << 20;

    HostileCli()
    {
        m_run.setEnvironment(QStringLiteral("PATCHWRIGHT_DB_PASSPHRASE"), QStringLiteral("hostile inputs"));
        m_run.setEnvironment(QStringLiteral("MALLOC_ARENA_MAX"), QStringLiteral("2"));
        m_run.setAddressSpaceLimit(AddressSpace);
        m_run.setTimeout(30000);
    }

    QString path(const QString &name) const { return m_dir.filePath(name); }
    // Writes `content` to the file `name` in the scratch folder and returns its path.
    QString write(const QString &name, const QByteArray &content) const
    {
        QFile file(path(name));
        if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
            qFatal("cannot write %s", qPrintable(name));
        return file.fileName();
    }
    BoundedRun &runner() { return m_run; }

    BoundedRun::Outcome run(const QStringList &arguments) const
    {
        return m_run.run(QStringList{QStringLiteral("--db"), path(QStringLiteral("hostile.db"))} + arguments);
    }

    // The rows a listing command prints as JSON (e.g. {"asset", "list"}); a failure of the listing fails.
    QJsonArray rows(const QStringList &command) const
    {
        const BoundedRun::Outcome listed =
            run(command + QStringList{QStringLiteral("--format"), QStringLiteral("json")});
        if (!listed.exited || listed.exitCode != 0)
            qWarning("%s", qPrintable(listed.describe()));
        return QJsonDocument::fromJson(listed.out).array();
    }

private:
    QTemporaryDir m_dir;
    BoundedRun m_run;
};

// A probe's end: a normal exit with `code`, within `maxRssMiB` of peak RSS, with `text` on stderr.
#define PW_VERIFY_REFUSED(outcome, code, text, maxRssMiB)                                                    \
    do {                                                                                                     \
        QVERIFY2((outcome).exited, qPrintable((outcome).describe()));                                        \
        QCOMPARE((outcome).exitCode, code);                                                                  \
        QVERIFY2(QString::fromUtf8((outcome).err).contains(text), qPrintable((outcome).describe()));         \
        QVERIFY2((outcome).peakRssKiB < qint64(maxRssMiB) * 1024, qPrintable((outcome).describe()));         \
    } while (false)
