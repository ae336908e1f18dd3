#pragma once

#include "RpmPlatform.h"

#include <QCoreApplication>

// RHEL, Fedora, Rocky, AlmaLinux, CentOS: rpm for what is installed (RpmPlatform), `dnf check-update` for
// what is pending, `dnf updateinfo` for the advisories behind it, `dnf needs-restarting -r` for reboots.
//
// Pending: the rows of `dnf -q --cacheonly check-update` (exit 100 with updates, 0 without) up to the
// "Obsoleting Packages" section, including rows dnf wrapped because a column was too wide for the
// terminal (the name alone on a line, the rest on an indented next line). dnf does not print the installed
// version here, so PendingPatch::installedVersion stays empty: the scan fills it from the installed list.
// Classification is Security when the repository id says "security"; the scan then refines it, and adds
// advisory, severity and CVEs, from `updateinfo list --available` (+ `--with-cve`), see DnfAdvisories.
//
// Reboot: `dnf -q needs-restarting -r` (dnf-plugins-core) exits 0 or 1 with fixed messages. Without the
// plugin dnf says "No such command: needs-restarting" — then the reboot state is NotChecked, not guessed.
// (Debian's dnf package has no plugin: dnf-plugins-core conflicts with zypper there; the parser is tested
// on the messages of dnf-plugins-core 4.3's needs_restarting.py, see tests/fixtures/dnf/README.md.)
//
// yum (RHEL/CentOS 7, when the facts name yum and no dnf): the same rpm list, `yum -q -C check-update`
// (same columns and exit codes) and `yum upgrade/downgrade NAME-VERSION.ARCH`. Kept minimal on purpose:
// no advisories (yum's updateinfo output differs and has no recorded fixture yet) and no reboot check.
//
// Both parsers are strict: anything that does not parse, or a name, version or architecture outside rpm's
// grammar (RpmGrammar), is an Error naming the line.
class DnfPlatform : public RpmPlatform
{
    Q_DECLARE_TR_FUNCTIONS(DnfPlatform)

public:
    enum class Tool
    {
        Dnf,
        Yum
    };

    explicit DnfPlatform(Tool tool = Tool::Dnf);

    QString name() const override; // "dnf" or "yum"

    Command pendingPatchesCommand() const override;
    bool isPendingExitCodeOk(int exitCode) const override;
    Result<QList<PendingPatch>> parsePendingPatches(const QByteArray &output) const override;

    // `dnf -q --cacheonly updateinfo list --available`, then `... --with-cve` (dnf only).
    std::optional<Command> advisoriesCommand() const override;
    Result<QList<Advisory>> parseAdvisories(const QByteArray &output) const override;
    std::optional<Command> advisoryDetailsCommand(const QList<Advisory> &advisories) const override;
    Result<QList<Advisory>> completeAdvisories(QList<Advisory> advisories,
                                               const QByteArray &output) const override;

    // `dnf -q needs-restarting -r` (dnf only).
    std::optional<Command> rebootCheckCommand() const override;
    Result<RebootHint> parseRebootCheck(const CommandResult &result) const override;

    // Refresh, install and roll back run with `--setopt=exit_on_lock=True`: dnf has no bounded wait for the
    // lock another dnf run holds and would otherwise wait until that run ends (or the command's 30 minutes
    // run out), so a held lock fails the change at once, as busy (lockWait() does not apply to dnf).
    // `dnf makecache`.
    Command refreshCommand() const override;
    // When every change names an advisory: `dnf upgrade --advisory=ID...` (each id once; dnf then installs
    // the versions those advisories ship). Otherwise `dnf upgrade NAME-VERSION.ARCH...`.
    Result<Command> installCommand(const QList<PackageChange> &changes) const override;
    // `dnf downgrade NAME-VERSION.ARCH...` to the recorded earlier versions, which a repository must carry.
    // An Error for a change without an earlier version (the package was new): dnf cannot downgrade it.
    Result<Command> rollbackCommand(const QList<PackageChange> &previous) const override;

    // Exit status 0 and no "Error in POSTIN scriptlet in rpm package NAME": dnf exits 0 when a package's
    // %post (or another non-critical scriptlet) failed, with the package installed but not configured.
    bool changeSucceeded(const CommandResult &result) const override;
    // "busy: dnf (process N) holds dnf's lock …" (exit_on_lock), "busy: … rpm database's transaction lock",
    // or the scriptlet that failed.
    std::optional<QString> explainFailure(const CommandResult &result) const override;

private:
    Result<Command> packageCommand(const QString &verb, const QList<PackageChange> &changes) const;
    Tool m_tool;
};
