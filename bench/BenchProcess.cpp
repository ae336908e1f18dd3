#include "BenchProcess.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QThread>

#include <cstdio>

#ifdef Q_OS_UNIX
#include <sys/resource.h>
#endif

namespace BenchProcess {

namespace {

#ifdef Q_OS_UNIX
double seconds(const timeval &time)
{
    return double(time.tv_sec) + double(time.tv_usec) / 1e6;
}
#endif

QString cpuModel()
{
    QFile cpuinfo(QStringLiteral("/proc/cpuinfo"));
    if (cpuinfo.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : cpuinfo.readAll().split('\n')) {
            if (line.startsWith("model name"))
                return QString::fromUtf8(line.mid(line.indexOf(':') + 1).trimmed());
        }
    }
    return QStringLiteral("unknown CPU");
}

} // namespace

void say(const QString &text)
{
    std::fprintf(stderr, "%s\n", qPrintable(text));
    std::fflush(stderr);
}

Result<QJsonObject> runChild(const QStringList &arguments, const QString &what)
{
    QProcess process;
    process.setProgram(QCoreApplication::applicationFilePath());
    process.setArguments(arguments);
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process.start();
    if (!process.waitForStarted() || !process.waitForFinished(-1))
        return Error{QStringLiteral("Cannot run the %1 measurement: %2").arg(what, process.errorString())};
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return Error{QStringLiteral("The %1 measurement failed (see above).").arg(what)};
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(process.readAllStandardOutput(), &parseError);
    if (!document.isObject())
        return Error{
            QStringLiteral("The %1 measurement printed no JSON: %2").arg(what, parseError.errorString())};
    return document.object();
}

Usage usage()
{
    Usage result;
#ifdef Q_OS_UNIX
    rusage self{};
    rusage children{};
    if (::getrusage(RUSAGE_SELF, &self) == 0) {
        result.selfCpuSeconds = seconds(self.ru_utime) + seconds(self.ru_stime);
        result.selfPeakRssMiB = double(self.ru_maxrss) / 1024.0; // KiB on Linux
    }
    if (::getrusage(RUSAGE_CHILDREN, &children) == 0) {
        result.childrenCpuSeconds = seconds(children.ru_utime) + seconds(children.ru_stime);
        result.childrenPeakRssMiB = double(children.ru_maxrss) / 1024.0;
    }
#endif
    return result;
}

double peakRssMiB()
{
    const double peak = usage().selfPeakRssMiB;
    return peak > 0 ? peak : -1;
}

QJsonObject machine()
{
    return {{QStringLiteral("cpu"), cpuModel()},
            {QStringLiteral("logicalCpus"), QThread::idealThreadCount()}};
}

} // namespace BenchProcess
