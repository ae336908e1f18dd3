#pragma once

#include "domain/Result.h"

#include <QJsonObject>
#include <QList>
#include <QString>

// Counts the processes a measurement spawned on the endpoint side, with the kernel's BSD process accounting
// (acct(2), the `acct` package's mechanism, without its tools): while it is on, every process that ends
// writes one record (pid, parent pid, start time, command name) to the file. A record is a process, however
// many programs it exec'd (`env` then `sh` is one). /proc polling misses processes shorter than the poll.
//
// The accounting is system-wide (other builds on the machine write records too), so counting follows
// parentage: the processes descending from this process, less the subtrees of the client programs named
// in `exclude` (xargs and its ssh clients). For parentage to hold for processes whose parent ended first
// (the guard's watcher outlives its shell), start() makes this process a child subreaper
// (PR_SET_CHILD_SUBREAPER): such orphans are re-parented to it, not to init. They are reaped when this
// measurement process exits. A pid is matched to the parent record that was alive when the child ended (the
// next record of that pid in the file), so pid reuse does not mix processes up.
//
// Needs root (CAP_SYS_PACCT) and a kernel with BSD_PROCESS_ACCT; one accounting file per machine at a time.
class ProcessAccounting
{
public:
    static Result<ProcessAccounting> start(const QString &file);
    ProcessAccounting(ProcessAccounting &&other) noexcept;
    ProcessAccounting &operator=(ProcessAccounting &&) = delete;
    ~ProcessAccounting();

    // Turns accounting off; the file then holds every process that ended since start().
    Status stop();

    struct Counts
    {
        int records = 0;       // every process that ended on the machine meanwhile
        int processes = 0;     // descendants of this process, outside `exclude`'s subtrees
        int sshdProcesses = 0; // of which sshd's own (listener, per-connection, privilege-separated)
        QJsonObject byCommand; // command name -> processes
    };
    // After stop(): what descends from this process, less the subtrees rooted at `exclude`.
    Result<Counts> count(const QList<qint64> &exclude = {}) const;

private:
    explicit ProcessAccounting(QString file);
    QString m_file;
    bool m_on = false;
};
