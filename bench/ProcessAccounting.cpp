#include "ProcessAccounting.h"

#include <QFile>

#include <QHash>
#include <QSet>
#include <utility>

#include <linux/acct.h>
#include <sys/prctl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace {

struct Record
{
    qint64 pid = 0;
    qint64 ppid = 0;
    QString command;
};

} // namespace

Result<ProcessAccounting> ProcessAccounting::start(const QString &file)
{
    QFile created(file);
    if (!created.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return Error{QStringLiteral("Cannot create %1: %2").arg(file, created.errorString())};
    created.close();
    if (::prctl(PR_SET_CHILD_SUBREAPER, 1) != 0)
        return Error{QStringLiteral("Cannot become a child subreaper: %1")
                         .arg(QString::fromLocal8Bit(std::strerror(errno)))};
    if (::acct(QFile::encodeName(file).constData()) != 0)
        return Error{QStringLiteral("Cannot turn on process accounting into %1: %2")
                         .arg(file, QString::fromLocal8Bit(std::strerror(errno)))};
    ProcessAccounting accounting(file);
    accounting.m_on = true;
    return accounting;
}

ProcessAccounting::ProcessAccounting(QString file)
    : m_file(std::move(file))
{
}

ProcessAccounting::ProcessAccounting(ProcessAccounting &&other) noexcept
    : m_file(std::move(other.m_file))
    , m_on(std::exchange(other.m_on, false))
{
}

ProcessAccounting::~ProcessAccounting()
{
    // Never leave the machine's accounting on (a failure here has no one left to tell).
    static_cast<void>(stop());
}

Status ProcessAccounting::stop()
{
    if (!m_on)
        return {};
    m_on = false;
    if (::acct(nullptr) != 0)
        return Error{QStringLiteral("Cannot turn off process accounting: %1")
                         .arg(QString::fromLocal8Bit(std::strerror(errno)))};
    return {};
}

Result<ProcessAccounting::Counts> ProcessAccounting::count(const QList<qint64> &exclude) const
{
    QFile file(m_file);
    if (!file.open(QIODevice::ReadOnly))
        return Error{QStringLiteral("Cannot read %1: %2").arg(m_file, file.errorString())};
    const QByteArray data = file.readAll();
    if (data.size() % qsizetype(sizeof(acct_v3)) != 0)
        return Error{QStringLiteral("%1 is not a file of acct_v3 records.").arg(m_file)};
    QList<Record> records;
    for (qsizetype at = 0; at < data.size(); at += qsizetype(sizeof(acct_v3))) {
        acct_v3 raw{};
        std::memcpy(&raw, data.constData() + at, sizeof(raw));
        if ((raw.ac_version & 0x0f) != 3)
            return Error{QStringLiteral("%1 holds records of version %2, not 3.")
                             .arg(m_file)
                             .arg(raw.ac_version & 0x0f)};
        records.append(
            Record{qint64(raw.ac_pid), qint64(raw.ac_ppid),
                   QString::fromLatin1(raw.ac_comm, qsizetype(strnlen(raw.ac_comm, sizeof(raw.ac_comm))))});
    }
    // parent[i]: the index of the record of i's parent (the next record of that pid after i), or -1 when the
    // parent had not ended when accounting stopped (this process, or something outside the measurement).
    const qint64 self = qint64(::getpid());
    QHash<qint64, qsizetype> nextOfPid; // walking backwards: the next record of each pid
    QList<qsizetype> parent(records.size(), -1);
    for (qsizetype i = records.size() - 1; i >= 0; --i) {
        parent[i] = nextOfPid.value(records.at(i).ppid, -1);
        nextOfPid.insert(records.at(i).pid, i);
    }
    // Whether a record descends from this process without passing through an excluded pid: resolved root
    // first, memoised (0 unknown, 1 yes, 2 no).
    const QSet<qint64> excluded(exclude.cbegin(), exclude.cend());
    QList<char> state(records.size(), 0);
    const auto resolve = [&](qsizetype i) {
        QList<qsizetype> chain;
        char verdict = 0;
        for (qsizetype at = i; at >= 0; at = parent.at(at)) {
            // This process itself: the kernel writes a record for it too when one of its threads ends.
            if (records.at(at).pid == self) {
                verdict = 1;
                break;
            }
            if (state.at(at) != 0) {
                verdict = state.at(at);
                break;
            }
            if (excluded.contains(records.at(at).pid)) {
                verdict = 2;
                chain.append(at);
                break;
            }
            chain.append(at);
            if (parent.at(at) < 0) {
                verdict = records.at(at).ppid == self ? 1 : 2;
                break;
            }
        }
        for (const qsizetype at : chain)
            state[at] = verdict;
        return verdict == 1;
    };
    Counts counts;
    counts.records = int(records.size());
    for (qsizetype i = 0; i < records.size(); ++i) {
        if (records.at(i).pid == self || !resolve(i))
            continue;
        ++counts.processes;
        const QString &command = records.at(i).command;
        if (command.startsWith(QLatin1String("sshd")))
            ++counts.sshdProcesses;
        counts.byCommand.insert(command, counts.byCommand.value(command).toInt() + 1);
    }
    return counts;
}
