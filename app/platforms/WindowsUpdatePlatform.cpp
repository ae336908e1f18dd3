#include "WindowsUpdatePlatform.h"

#include "WindowsFacts.h"

#include "PowerShellCommand.h"
#include "StrictJson.h"
#include "WindowsUpdateJson.h"

#include <QHash>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

const QString WindowsUpdatePlatform::Absent = u"absent"_s;
const QString WindowsUpdatePlatform::AbsentNotUninstallable = u"absent:not-uninstallable"_s;
const QString WindowsUpdatePlatform::AbsentServicingStack = u"absent:servicing-stack"_s;
const QString WindowsUpdatePlatform::HotfixVersion = u"hotfix"_s;

namespace {

constexpr int Succeeded = 2;
constexpr int SucceededWithErrors = 3;
constexpr qint64 WusaRebootRequired = 3010;
constexpr qint64 WusaNotInstalled = 2359303; // 0x00240007 WU_S_ALREADY_UNINSTALLED: not installed

struct KnownHResult
{
    quint32 code;
    const char *name;
    const char *meaning;
};

// HRESULTs Windows Update returns most often (Windows Update error code reference, wuerror.h, winerror.h).
constexpr KnownHResult KnownHResults[] = {
    {0x80240022, "WU_E_ALL_UPDATES_FAILED",
     QT_TRANSLATE_NOOP("WindowsUpdatePlatform", "every update failed")},
    {0x8024402C, "WU_E_PT_WINHTTP_NAME_NOT_RESOLVED",
     QT_TRANSLATE_NOOP("WindowsUpdatePlatform",
                       "the update server's or proxy's name could not be resolved; check DNS and the proxy")},
    {0x80070005, "E_ACCESSDENIED",
     QT_TRANSLATE_NOOP("WindowsUpdatePlatform",
                       "access denied; Windows Update refuses remote logons, and the account must be an "
                       "administrator")},
    {0x8024001E, "WU_E_SERVICE_STOP",
     QT_TRANSLATE_NOOP("WindowsUpdatePlatform", "the service or the system was shutting down")},
    {0x80240016, "WU_E_INSTALL_NOT_ALLOWED",
     QT_TRANSLATE_NOOP("WindowsUpdatePlatform",
                       "another installation is running or a reboot is pending; reboot and try again")},
    {0x80240017, "WU_E_NOT_APPLICABLE",
     QT_TRANSLATE_NOOP("WindowsUpdatePlatform", "the update does not apply to this host")},
    {0x8024000B, "WU_E_CALL_CANCELLED",
     QT_TRANSLATE_NOOP("WindowsUpdatePlatform", "the operation was canceled")},
    {0x80246007, "WU_E_DM_NOTDOWNLOADED",
     QT_TRANSLATE_NOOP("WindowsUpdatePlatform", "the update was not downloaded")},
    {0x80072EFD, "ERROR_INTERNET_CANNOT_CONNECT",
     QT_TRANSLATE_NOOP("WindowsUpdatePlatform", "the host cannot connect to the update server")},
    {0x80072EE2, "ERROR_INTERNET_TIMEOUT",
     QT_TRANSLATE_NOOP("WindowsUpdatePlatform", "the update server did not answer in time")},
    {0x80070070, "ERROR_DISK_FULL", QT_TRANSLATE_NOOP("WindowsUpdatePlatform", "the disk is full")},
    {0x80070BC9, "ERROR_FAIL_REBOOT_REQUIRED",
     QT_TRANSLATE_NOOP("WindowsUpdatePlatform", "an earlier installation needs a reboot first")},
    {0x800F0922, "CBS_E_INSTALLERS_FAILED",
     QT_TRANSLATE_NOOP("WindowsUpdatePlatform",
                       "the servicing stack failed to install it (often a full system reserved partition)")},
};

QString kbsText(const QStringList &kbs)
{
    return kbs.isEmpty() ? WindowsUpdatePlatform::tr("an update without a KB") : kbs.join(u", "_s);
}

PatchClassification classificationOf(const WindowsPendingUpdate &update)
{
    if (update.securityClass || !update.cves.isEmpty())
        return PatchClassification::Security;
    const QString &name = update.classification;
    if (name == u"Updates"_s || name == u"Update Rollups"_s || name == u"Service Packs"_s)
        return PatchClassification::Bugfix;
    if (name == u"Feature Packs"_s || name == u"Upgrades"_s)
        return PatchClassification::Enhancement;
    return PatchClassification::Other;
}

QString rollbackVersionOf(const WindowsPendingUpdate &update)
{
    if (update.servicingStack)
        return WindowsUpdatePlatform::AbsentServicingStack;
    return update.uninstallable ? WindowsUpdatePlatform::Absent
                                : WindowsUpdatePlatform::AbsentNotUninstallable;
}

QString originOf(const WindowsPendingUpdate &update)
{
    QString origin = u"Windows Update"_s;
    if (!update.classification.isEmpty())
        origin += u": "_s + update.classification;
    if (!update.supersededBy.isEmpty())
        origin +=
            u"; "_s + WindowsUpdatePlatform::tr("superseded by %1").arg(update.supersededBy.join(u", "_s));
    return origin;
}

// The one-line message of a starter that stopped ("patchwright: MESSAGE" on stderr), cleaned.
QString starterMessage(const CommandResult &result)
{
    const QString errors = QString::fromUtf8(result.standardError.right(8192));
    const qsizetype at = errors.lastIndexOf(u"patchwright: "_s);
    const QString message = at >= 0 ? errors.mid(at + 13) : errors;
    return StrictFields::cleanText(message.trimmed(), 400);
}

} // namespace

QString WindowsUpdatePlatform::name() const
{
    return u"windows-update"_s;
}

Command WindowsUpdatePlatform::installedPackagesCommand() const
{
    return PowerShellCommand::fromResource(u"installed"_s, {});
}

Command WindowsUpdatePlatform::pendingPatchesCommand() const
{
    return PowerShellCommand::fromResource(u"pending"_s, {});
}

Command WindowsUpdatePlatform::refreshCommand() const
{
    return PowerShellCommand::fromResource(u"refresh"_s, {});
}

Command WindowsUpdatePlatform::rebootCommand() const
{
    return PowerShellCommand::fromResource(u"reboot"_s, {});
}

bool WindowsUpdatePlatform::isAbsentVersion(const QString &version) const
{
    return version == Absent || version == AbsentNotUninstallable || version == AbsentServicingStack;
}

Command WindowsUpdatePlatform::bootIdCommand() const
{
    return WindowsFacts::bootTimeCommand();
}

Result<QString> WindowsUpdatePlatform::parseBootId(const CommandResult &result) const
{
    const auto boot = WindowsFacts::parseBootTime(result);
    if (!boot)
        return boot.error();
    return boot.value().toUTC().toString(Qt::ISODate);
}

bool WindowsUpdatePlatform::isNewBoot(const QString &before, const QString &after) const
{
    return WindowsFacts::isNewBoot(QDateTime::fromString(before, Qt::ISODate),
                                   QDateTime::fromString(after, Qt::ISODate));
}

QString WindowsUpdatePlatform::updateVersion(const QString &updateId, int revision)
{
    return updateId.toLower() + u':' + QString::number(revision);
}

bool WindowsUpdatePlatform::isValidUpdateVersion(const QString &version)
{
    static const QRegularExpression pattern(QRegularExpression::anchoredPattern(
        u"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}:[0-9]{1,10}"_s));
    return pattern.match(version).hasMatch();
}

Result<QList<InstalledPackage>> WindowsUpdatePlatform::parseInstalledPackages(const QByteArray &output) const
{
    auto parsed = WindowsUpdateJson::parseInstalled(output);
    if (!parsed)
        return parsed.error();
    const WindowsInstalled &installed = parsed.value();
    // The newest successful history entry of each KB decides what the history says about it.
    QHash<QString, const WindowsHistoryEntry *> newest;
    for (const WindowsHistoryEntry &entry : installed.history) {
        if (entry.resultCode != Succeeded && entry.resultCode != SucceededWithErrors)
            continue;
        for (const QString &kb : entry.kbs) {
            if (!newest.contains(kb))
                newest.insert(kb, &entry);
        }
    }
    QList<InstalledPackage> packages;
    QSet<QString> seen;
    auto add = [&packages, &seen](const QString &name, const QString &version, const QString &architecture,
                                  const QString &source) {
        const QString key = name + QLatin1Char('\x1f') + architecture;
        if (seen.contains(key))
            return;
        seen.insert(key);
        packages.append(InstalledPackage{name, version, architecture, source});
    };
    auto historyVersion = [&newest](const QString &kb) -> QString {
        const WindowsHistoryEntry *entry = newest.value(kb);
        return entry && entry->operation == 1 ? updateVersion(entry->updateId, entry->revision) : QString();
    };
    for (const WindowsHotfix &hotfix : installed.hotfixes) {
        const QString version = historyVersion(hotfix.kb);
        add(hotfix.kb, version.isEmpty() ? HotfixVersion : version, {}, {});
    }
    for (const WindowsHistoryEntry &entry : installed.history) {
        for (const QString &kb : entry.kbs) {
            if (const QString version = historyVersion(kb); !version.isEmpty() && newest.value(kb) == &entry)
                add(kb, version, {}, {});
        }
    }
    for (const WindowsProgram &program : installed.programs)
        add(program.name.trimmed(), program.version.trimmed(), program.architecture,
            program.publisher.trimmed());
    return packages;
}

Result<QList<PendingPatch>> WindowsUpdatePlatform::parsePendingPatches(const QByteArray &output) const
{
    auto parsed = WindowsUpdateJson::parsePending(output);
    if (!parsed)
        return parsed.error();
    QList<PendingPatch> patches;
    QHash<QString, qsizetype> byKb;
    for (const WindowsPendingUpdate &update : parsed.value()) {
        PendingPatch patch;
        patch.package = update.kbs.first();
        patch.availableVersion = updateVersion(update.updateId, update.revision);
        patch.installedVersion = rollbackVersionOf(update);
        patch.origin = originOf(update);
        patch.advisory = patch.package;
        patch.classification = classificationOf(update);
        patch.severity = update.severity;
        patch.cves = update.cves;
        const auto known = byKb.constFind(patch.package);
        if (known == byKb.constEnd()) {
            byKb.insert(patch.package, patches.size());
            patches.append(patch);
            continue;
        }
        // The same KB for another product: one patch, the stronger of each statement.
        PendingPatch &first = patches[*known];
        for (const QString &cve : std::as_const(patch.cves)) {
            if (!first.cves.contains(cve))
                first.cves.append(cve);
        }
        if (patch.classification == PatchClassification::Security)
            first.classification = PatchClassification::Security;
        first.severity = std::max(first.severity, patch.severity);
        if (patch.installedVersion != Absent)
            first.installedVersion = patch.installedVersion;
    }
    for (PendingPatch &patch : patches) {
        std::sort(patch.cves.begin(), patch.cves.end());
        patch.cves.erase(std::unique(patch.cves.begin(), patch.cves.end()), patch.cves.end());
    }
    return patches;
}

Command WindowsUpdatePlatform::systemTask(const QString &label, const QString &job,
                                          const QStringList &kbs) const
{
    return PowerShellCommand::fromResource(
        u"system-task"_s,
        QJsonObject{{u"label"_s, label},
                    {u"job"_s, PowerShellCommand::resource(job)},
                    {u"jobInput"_s, QJsonObject{{u"kbs"_s, QJsonArray::fromStringList(kbs)}}},
                    {u"deadlineSeconds"_s, qint64(m_jobDeadline.count())}});
}

Result<Command> WindowsUpdatePlatform::installCommand(const QList<PackageChange> &changes) const
{
    if (changes.isEmpty())
        return Error{tr("No updates were selected."), {}};
    QStringList kbs;
    for (const PackageChange &change : changes) {
        if (!WindowsUpdateJson::isValidKb(change.package))
            return Error{tr("\"%1\" is not a KB id (KB and six to eight digits).")
                             .arg(StrictFields::cleanText(change.package, 64)),
                         {}};
        if (!isValidUpdateVersion(change.version))
            return Error{tr("\"%1\" is not a Windows Update version of %2 (UPDATEID:REVISION as scanned).")
                             .arg(StrictFields::cleanText(change.version, 64), change.package),
                         {}};
        if (!change.advisory.isEmpty() && change.advisory != change.package)
            return Error{tr("%1 names the advisory \"%2\"; a Windows update is its own advisory.")
                             .arg(change.package, StrictFields::cleanText(change.advisory, 64)),
                         {}};
        if (!kbs.contains(change.package))
            kbs.append(change.package);
    }
    return systemTask(u"install"_s, u"wu-install"_s, kbs);
}

Result<Command> WindowsUpdatePlatform::rollbackCommand(const QList<PackageChange> &previous) const
{
    if (previous.isEmpty())
        return Error{tr("No updates were selected."), {}};
    QStringList kbs;
    for (const PackageChange &change : previous) {
        if (!WindowsUpdateJson::isValidKb(change.package))
            return Error{tr("\"%1\" is not a KB id (KB and six to eight digits).")
                             .arg(StrictFields::cleanText(change.package, 64)),
                         {}};
        if (change.version == AbsentNotUninstallable)
            return Error{tr("%1 cannot be rolled back: Windows marks it as an update that cannot be "
                            "uninstalled.")
                             .arg(change.package),
                         tr("Only a backup or snapshot of the host taken before the change can undo it.")};
        if (change.version == AbsentServicingStack)
            return Error{tr("%1 cannot be rolled back: it carries the servicing stack (a servicing stack "
                            "update, or a cumulative update with the servicing stack combined in), which "
                            "wusa cannot remove.")
                             .arg(change.package),
                         tr("The cumulative part can only be removed by hand with DISM /Remove-Package; the "
                            "servicing stack stays. Take a backup or snapshot before the change.")};
        if (change.version != Absent)
            return Error{tr("%1 cannot be returned to \"%2\": Windows Update does not install earlier "
                            "revisions; a rollback can only uninstall an update the change installed.")
                             .arg(change.package, StrictFields::cleanText(change.version, 64)),
                         {}};
        if (!kbs.contains(change.package))
            kbs.append(change.package);
    }
    return systemTask(u"uninstall"_s, u"wusa-uninstall"_s, kbs);
}

bool WindowsUpdatePlatform::changeSucceeded(const CommandResult &result) const
{
    if (!result.completed() || result.exitCode != 0)
        return false;
    const auto parsed = WindowsUpdateJson::parseChangeResult(result.standardOutput);
    if (!parsed || !parsed.value().done)
        return false;
    const WindowsChangeResult &change = parsed.value();
    return std::all_of(change.updates.cbegin(), change.updates.cend(), [&change](const auto &update) {
        if (change.operation == WindowsChangeResult::Operation::Uninstall)
            return update.exitCode == 0 || update.exitCode == WusaRebootRequired ||
                   update.exitCode == WusaNotInstalled;
        return update.resultCode == Succeeded || update.resultCode == SucceededWithErrors;
    });
}

std::optional<QString> WindowsUpdatePlatform::explainFailure(const CommandResult &result) const
{
    if (!result.completed())
        return std::nullopt;
    if (result.exitCode != 0) {
        const QString message = starterMessage(result);
        if (message.contains(u"still running after"_s))
            return tr("The installation is still running on the host: %1").arg(message);
        static const QRegularExpression hex(u"0x([0-9A-Fa-f]{8})"_s);
        const QRegularExpressionMatch code = hex.match(message);
        const QString known =
            code.hasMatch() ? hresultText(qint64(code.captured(1).toUInt(nullptr, 16))) : QString();
        return tr("The Windows script failed: %1").arg(message.isEmpty() ? tr("no message") : message) +
               (known.contains(u'(') ? u" — "_s + known : QString());
    }
    const auto parsed = WindowsUpdateJson::parseChangeResult(result.standardOutput);
    if (!parsed)
        return parsed.error().message;
    const WindowsChangeResult &change = parsed.value();
    if (!change.done) {
        const QString what = change.operation == WindowsChangeResult::Operation::Uninstall
                                 ? tr("The uninstallation")
                                 : tr("The installation");
        return tr("%1 stopped: %2 (%3).")
            .arg(what, change.message.isEmpty() ? tr("no message") : change.message,
                 hresultText(change.hresult));
    }
    QStringList failures;
    for (const WindowsChangeResult::Update &update : change.updates) {
        if (change.operation == WindowsChangeResult::Operation::Uninstall) {
            if (update.exitCode == 0 || update.exitCode == WusaRebootRequired ||
                update.exitCode == WusaNotInstalled)
                continue;
            failures << tr("%1: wusa exited with %2").arg(kbsText(update.kbs), hresultText(update.exitCode));
        } else if (update.resultCode != Succeeded && update.resultCode != SucceededWithErrors) {
            failures << tr("%1: %2 (%3)")
                            .arg(kbsText(update.kbs), resultCodeText(update.resultCode),
                                 hresultText(update.hresult));
        }
    }
    if (failures.isEmpty())
        return std::nullopt;
    return failures.join(u"; "_s);
}

QString WindowsUpdatePlatform::hresultText(qint64 hresult)
{
    const quint32 code = quint32(hresult & 0xFFFFFFFF);
    const QString number = u"0x"_s + QString::number(code, 16).toUpper().rightJustified(8, u'0');
    for (const KnownHResult &known : KnownHResults) {
        if (known.code == code)
            return number + u" ("_s + QLatin1String(known.name) + u": "_s +
                   QCoreApplication::translate("WindowsUpdatePlatform", known.meaning) + u')';
    }
    return number;
}

QString WindowsUpdatePlatform::resultCodeText(int resultCode)
{
    switch (resultCode) {
    case 0:
        return tr("not started");
    case 1:
        return tr("still in progress");
    case Succeeded:
        return tr("succeeded");
    case SucceededWithErrors:
        return tr("succeeded with errors");
    case 4:
        return tr("failed");
    case 5:
        return tr("aborted");
    default:
        return tr("result code %1").arg(resultCode);
    }
}
