#pragma once

#include "domain/PendingPatch.h"
#include "domain/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

// One update Windows Update offers (pending.ps1), as read and checked.
struct WindowsPendingUpdate
{
    QStringList kbs;            // "KB5041160"; at least one (updates without a KB are skipped)
    QString title;              // control characters removed, at most WindowsUpdateJson::MaxTitle characters
    QString classification;     // the UpdateClassification category's name ("Security Updates"), may be empty
    bool securityClass = false; // Security Updates or Critical Updates (by category id or English name)
    PatchSeverity severity = PatchSeverity::Unknown; // MsrcSeverity
    QStringList cves;
    qint64 maxDownloadSize = 0;
    int rebootBehavior = 0;          // 0 never reboots, 1 always requires a reboot, 2 can request one
    QStringList supersededUpdateIds; // the updates this one replaces (lower-case GUIDs)
    QStringList supersededBy; // KBs of pending updates that replace this one (worked out by the parser)
    QString updateId;         // lower-case GUID
    int revision = 0;
    bool uninstallable = false;  // IsUninstallable, or an UninstallationBehavior is declared
    bool servicingStack = false; // a servicing stack update, or a cumulative update with the SSU combined in
};

// One entry of the Windows Update history (installed.ps1).
struct WindowsHistoryEntry
{
    QStringList kbs; // the KBs named in the title (none for many driver updates)
    QString title;
    QString dateUtc;    // yyyy-MM-ddTHH:mm:ssZ
    int operation = 1;  // 1 installation, 2 uninstallation
    int resultCode = 0; // OperationResultCode 0..5
    QString updateId;
    int revision = 0;
};

struct WindowsHotfix
{
    QString kb;
    QString installedOn; // yyyy-MM-dd or empty
};

struct WindowsProgram
{
    QString name;
    QString version;
    QString publisher;
    QString architecture; // "x64", "x86", "arm64"
};

struct WindowsInstalled
{
    QList<WindowsHotfix> hotfixes;
    QList<WindowsHistoryEntry> history; // newest first, as WUA lists it
    QList<WindowsProgram> programs;
};

// What a change command reported: the install or uninstall job (wu-install.ps1, wusa-uninstall.ps1 through
// system-task.ps1) or the metadata refresh (refresh.ps1).
struct WindowsChangeResult
{
    struct Update
    {
        QStringList kbs;
        QString updateId;    // install only
        int resultCode = 0;  // install: OperationResultCode
        qint64 hresult = 0;  // install: HRESULT, as a signed 32-bit number
        qint64 exitCode = 0; // uninstall: wusa.exe's exit code
    };
    enum class Operation
    {
        Install,
        Uninstall,
        Refresh
    };
    Operation operation = Operation::Install;
    bool done = false; // false: the job stopped with an error (message, hresult)
    QString message;
    int resultCode = 0; // install: the whole installation's OperationResultCode
    qint64 hresult = 0;
    bool rebootRequired = false;
    QList<Update> updates;
    qint64 offered = 0; // refresh: how many updates the online search found
};

// Strict readers of the Windows scripts' JSON (StrictJson, StrictFields): every field type-checked, ids
// checked against their grammar, enums against their known values (an unknown one is an Error naming the
// field), sizes bounded, free text cleaned and capped.
class WindowsUpdateJson
{
    Q_DECLARE_TR_FUNCTIONS(WindowsUpdateJson)

public:
    static constexpr qsizetype MaxTitle = 512;
    static constexpr qsizetype MaxUpdates = 5000;
    static constexpr qsizetype MaxHistory = 1000;
    static constexpr qsizetype MaxPrograms = 20000;
    static constexpr qsizetype MaxCvesPerUpdate = 2000;
    static constexpr qsizetype MaxSupersededPerUpdate = 5000;

    static Result<QList<WindowsPendingUpdate>> parsePending(const QByteArray &output);
    static Result<WindowsInstalled> parseInstalled(const QByteArray &output);
    static Result<WindowsChangeResult> parseChangeResult(const QByteArray &output);

    // KB[0-9]{6,8}.
    static bool isValidKb(const QString &kb);
    // CVE-YYYY-NNNN (four or more digits).
    static bool isValidCve(const QString &cve);
    // A GUID, 8-4-4-4-12 hex digits, either case.
    static bool isValidGuid(const QString &guid);
    // Whether a cumulative update of this title, on this OS build, carries the servicing stack in it:
    // Microsoft combines the SSU into the LCU for Windows 10 2004 (build 19041) and later, Windows Server
    // 2022 and Windows 11 — so wusa cannot remove it. .NET cumulative updates are not such packages.
    static bool isCombinedServicingStack(const QString &title, int osBuild);
};
