#include "RpmLab.h"

#include <QProcess>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace {

constexpr int ScriptTimeoutMs = 120000;

} // namespace

QStringList RpmLab::missingTools()
{
    QStringList missing;
    for (const QString &tool : {u"dnf"_s, u"zypper"_s, u"rpm"_s, u"rpmbuild"_s, u"createrepo_c"_s,
                                u"modifyrepo_c"_s, u"unshare"_s, u"mount"_s}) {
        if (QStandardPaths::findExecutable(tool).isEmpty())
            missing << tool;
    }
    return missing;
}

Status RpmLab::runScript(const QStringList &arguments)
{
    QProcess process;
    process.setProgram(u"sh"_s);
    process.setArguments(QStringList{QStringLiteral(PW_FIXTURES_DIR "/../support/rpm-lab.sh")} + arguments);
    process.start();
    if (!process.waitForFinished(ScriptTimeoutMs) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0) {
        process.kill();
        process.waitForFinished();
        return Error{u"rpm-lab.sh %1 failed (exit %2): %3"_s.arg(arguments.join(u' '))
                         .arg(process.exitCode())
                         .arg(QString::fromUtf8(process.readAllStandardError().right(2000)))};
    }
    return {};
}

Status RpmLab::buildRepositories(const QString &lab)
{
    return runScript({u"repos"_s, lab});
}

Status RpmLab::makeHost(const QString &lab, const QString &root, Host host)
{
    return runScript({host == Host::Dnf ? u"dnf-host"_s : u"zypper-host"_s, lab, root});
}
