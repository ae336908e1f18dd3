#pragma once

#include "PatchPlatform.h"

#include <QCoreApplication>

#include <chrono>

// Windows Update through the Windows Update Agent, driven by PowerShell scripts (PowerShellCommand; the
// scripts are resources under app/platforms/scripts/, each printing one JSON document that
// WindowsUpdateJson reads strictly). Every command runs as the WinRM account (an administrator); none needs
// sudo. What it maps to:
//
// Installed (installed.ps1): one InstalledPackage per update KB — name "KBnnnnnnn", no architecture —
// installed when Win32_QuickFixEngineering lists it, or when its newest successful entry in the Windows
// Update history is an installation (updates QFE does not list: definitions, some .NET and Office updates);
// its version is the history's UPDATEID:REVISION, or "hotfix" when only QFE knows it. One per program of the
// Uninstall keys: name and version as Programs and Features shows them, architecture x64/x86/arm64, source
// the publisher; a name seen twice in one view is kept once.
//
// Pending (pending.ps1, the metadata on the host; refreshCommand() renews it online): one PendingPatch per
// KB (an update's first KB; updates without one, many drivers, are skipped; two updates with the same KB are
// merged): package and advisory the KB, no architecture, availableVersion UPDATEID:REVISION (lower-case
// GUID, the identity WUA's history reports once installed, so a scan finds the same version installed).
// installedVersion says what a rollback can do, as the version to return to: "absent" (wusa can uninstall
// it), "absent:not-uninstallable" (Windows says it cannot be uninstalled) or "absent:servicing-stack" (a
// servicing stack update, or a cumulative update with the SSU combined in). Classification Security when
// the update's classification is Security Updates or Critical Updates or it names CVEs; Bugfix for Updates,
// Update Rollups and Service Packs; Enhancement for Feature Packs and Upgrades; else Other. Severity from
// MsrcSeverity; origin "Windows Update: CLASSIFICATION", with "; superseded by KB…" when another pending
// update replaces it (WUA has no superseded flag for pending updates: see WindowsUpdateJson).
//
// Install (installCommand): system-task.ps1 registers a one-shot scheduled task running as SYSTEM (WUA
// refuses to download or install for a remote logon, 0x80070005) whose action runs wu-install.ps1 from a
// directory only SYSTEM and Administrators can use; it installs exactly the approved KBs (refusing when one
// is not offered) and reports each update's result code and HRESULT; the command polls it within
// jobDeadline(), printing progress on stderr, then prints the result and deletes the task.
// Rollback (rollbackCommand): wusa.exe /uninstall /kb:N /quiet /norestart per KB through the same task.
class WindowsUpdatePlatform : public PatchPlatform
{
    Q_DECLARE_TR_FUNCTIONS(WindowsUpdatePlatform)

public:
    // installedVersion of a pending update: what a rollback returns to.
    static const QString Absent;                 // "absent": uninstallable with wusa
    static const QString AbsentNotUninstallable; // "absent:not-uninstallable"
    static const QString AbsentServicingStack;   // "absent:servicing-stack"
    // The version of an installed update only Win32_QuickFixEngineering lists.
    static const QString HotfixVersion; // "hotfix"

    QString name() const override; // "windows-update"

    Command installedPackagesCommand() const override;
    Result<QList<InstalledPackage>> parseInstalledPackages(const QByteArray &output) const override;

    Command pendingPatchesCommand() const override;
    Result<QList<PendingPatch>> parsePendingPatches(const QByteArray &output) const override;

    // One online search, which renews the host's update metadata.
    Command refreshCommand() const override;
    // Installs exactly the KBs of `changes` (package "KBnnnnnnn", version UPDATEID:REVISION as scanned;
    // advisory empty or the same KB), each validated before it reaches the job's JSON input.
    Result<Command> installCommand(const QList<PackageChange> &changes) const override;
    // Uninstalls each KB whose version to return to is "absent". An Error, saying why and what is left, for
    // "absent:not-uninstallable", "absent:servicing-stack", or a version of an installed update (Windows
    // Update cannot return a KB to an earlier revision).
    Result<Command> rollbackCommand(const QList<PackageChange> &previous) const override;

    // The job's JSON, read strictly: every update's ResultCode 2 (succeeded) or 3 (succeeded with errors;
    // the verification scan decides) for an install; wusa exit codes 0, 3010 (reboot needed) or 2359303
    // (not installed: nothing to remove) for an uninstall; "done" for a refresh.
    bool changeSucceeded(const CommandResult &result) const override;
    // Each failed update with its result and HRESULT explained (0x80240022 …), the job's own error, or
    // the deadline that passed with the SYSTEM task still running.
    std::optional<QString> explainFailure(const CommandResult &result) const override;

    // Restart-Computer -Force (reboot.ps1).
    Command rebootCommand() const override;
    // The boot identity is the last boot time (boot-time.ps1, UTC, ISO 8601); a new boot is one more than a
    // minute later (WindowsFacts::isNewBoot: LastBootUpTime moves a little with clock adjustments).
    Command bootIdCommand() const override;
    // "absent" and its "absent:…" forms: the KB is not installed.
    bool isAbsentVersion(const QString &version) const override;
    Result<QString> parseBootId(const CommandResult &result) const override;
    bool isNewBoot(const QString &before, const QString &after) const override;

    // How long the install and rollback commands wait for their SYSTEM task (below the command's own
    // timeout, so the answer is the task's, not a cut connection). Default 25 minutes.
    void setJobDeadline(std::chrono::seconds deadline) { m_jobDeadline = deadline; }
    std::chrono::seconds jobDeadline() const { return m_jobDeadline; }

    // UPDATEID:REVISION, the GUID in lower case.
    static QString updateVersion(const QString &updateId, int revision);
    static bool isValidUpdateVersion(const QString &version);
    // "0x80240022 (WU_E_ALL_UPDATES_FAILED: …)" for the HRESULTs Windows Update commonly returns, else the
    // number in hex.
    static QString hresultText(qint64 hresult);
    // What OperationResultCode 0..5 means.
    static QString resultCodeText(int resultCode);

private:
    Command systemTask(const QString &label, const QString &job, const QStringList &kbs) const;
    std::chrono::seconds m_jobDeadline{std::chrono::minutes(25)};
};
