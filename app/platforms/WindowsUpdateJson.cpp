#include "WindowsUpdateJson.h"

#include "StrictJson.h"

#include <QHash>
#include <QRegularExpression>

#include <climits>

using namespace Qt::StringLiterals;

namespace {

constexpr qsizetype MaxKbsPerUpdate = 16;
constexpr qsizetype MaxCategories = 64;
constexpr qsizetype MaxHotfixes = 5000;
constexpr qsizetype MaxResultUpdates = 1000;
constexpr qint64 MaxDownloadBytes = qint64(1) << 40; // 1 TiB: more is not an update
constexpr qint64 MaxRevision = 1000000000;
constexpr qint64 MinHResult = -2147483648LL;
constexpr qint64 MaxHResult = 4294967295LL;
constexpr int LastResultCode = 5; // OperationResultCode: 0 not started ... 5 aborted

// WSUS classification ids, the same on every Windows whatever its language.
const QString SecurityUpdatesId = u"0fa1201d-4330-4fa8-8ae9-b877473b6441"_s;
const QString CriticalUpdatesId = u"e6cf1350-c01b-414d-a61f-263d14d133b4"_s;

Error failure(const QString &source, const QString &problem)
{
    return Error{WindowsUpdateJson::tr("%1: %2.").arg(source, problem),
                 WindowsUpdateJson::tr("Patchwright refuses output it does not understand; check Windows "
                                       "Update on the host and scan again.")};
}

// Reads an array of KB ids; every one valid.
QStringList kbList(StrictFields &fields, const QString &key)
{
    const QStringList kbs = fields.tokens(key, MaxKbsPerUpdate, 16);
    for (const QString &kb : kbs) {
        if (!WindowsUpdateJson::isValidKb(kb)) {
            fields.fail(key, WindowsUpdateJson::tr("\"%1\" is not a KB id").arg(kb));
            return {};
        }
    }
    return kbs;
}

QString guid(StrictFields &fields, const QString &key)
{
    const QString value = fields.token(key, 38);
    if (!fields.failed() && !WindowsUpdateJson::isValidGuid(value))
        fields.fail(key, WindowsUpdateJson::tr("not an update id"));
    return value.toLower();
}

int resultCode(StrictFields &fields, const QString &key)
{
    const qint64 code = fields.integer(key, INT_MIN, INT_MAX);
    if (!fields.failed() && (code < 0 || code > LastResultCode))
        fields.fail(key, WindowsUpdateJson::tr("unknown result code %1").arg(code));
    return int(code);
}

QString utcTime(StrictFields &fields, const QString &key)
{
    static const QRegularExpression pattern(
        QRegularExpression::anchoredPattern(u"\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z"_s));
    const QString value = fields.token(key, 20);
    if (!fields.failed() && !pattern.match(value).hasMatch())
        fields.fail(key, WindowsUpdateJson::tr("not a UTC time as yyyy-MM-ddTHH:mm:ssZ"));
    return value;
}

std::optional<PatchSeverity> msrcSeverity(const QString &text)
{
    if (text.isEmpty())
        return PatchSeverity::Unknown;
    if (text == u"Critical"_s)
        return PatchSeverity::Critical;
    if (text == u"Important"_s)
        return PatchSeverity::Important;
    if (text == u"Moderate"_s)
        return PatchSeverity::Moderate;
    if (text == u"Low"_s)
        return PatchSeverity::Low;
    return std::nullopt;
}

// One update of pending.ps1; nullopt when a field is wrong (the problem is in `fields`).
std::optional<WindowsPendingUpdate> pendingUpdate(StrictFields fields, int osBuild)
{
    WindowsPendingUpdate update;
    update.kbs = kbList(fields, u"kbs"_s);
    update.title = fields.text(u"title"_s, WindowsUpdateJson::MaxTitle);
    const QJsonArray categories = fields.array(u"categories"_s, MaxCategories);
    for (qsizetype i = 0; i < categories.size() && !fields.failed(); ++i) {
        StrictFields category = fields.element(u"categories"_s, categories, i);
        const QString id = guid(category, u"id"_s);
        const QString name = category.text(u"name"_s, 128);
        const QString type = category.token(u"type"_s, 32);
        category.requireOnly({u"id"_s, u"name"_s, u"type"_s});
        if (category.failed())
            break;
        static const QStringList types{u"Company"_s, u"Product"_s, u"ProductFamily"_s,
                                       u"UpdateClassification"_s};
        if (!types.contains(type)) {
            category.fail(u"type"_s, WindowsUpdateJson::tr("unknown category type \"%1\"").arg(type));
            break;
        }
        if (type != u"UpdateClassification"_s)
            continue;
        update.classification = name;
        if (id == SecurityUpdatesId || id == CriticalUpdatesId || name == u"Security Updates"_s ||
            name == u"Critical Updates"_s)
            update.securityClass = true;
    }
    const QString severity = fields.token(u"msrcSeverity"_s, 16);
    if (!fields.failed()) {
        if (const auto known = msrcSeverity(severity))
            update.severity = *known;
        else
            fields.fail(u"msrcSeverity"_s, WindowsUpdateJson::tr("unknown severity \"%1\"").arg(severity));
    }
    update.cves = fields.tokens(u"cves"_s, WindowsUpdateJson::MaxCvesPerUpdate, 32);
    for (const QString &cve : std::as_const(update.cves)) {
        if (!WindowsUpdateJson::isValidCve(cve)) {
            fields.fail(u"cves"_s, WindowsUpdateJson::tr("\"%1\" is not a CVE id").arg(cve));
            break;
        }
    }
    update.maxDownloadSize = fields.integer(u"maxDownloadSize"_s, 0, MaxDownloadBytes);
    const qint64 reboot = fields.integer(u"rebootBehavior"_s, INT_MIN, INT_MAX);
    if (!fields.failed() && (reboot < 0 || reboot > 2))
        fields.fail(u"rebootBehavior"_s, WindowsUpdateJson::tr("unknown reboot behaviour %1").arg(reboot));
    update.rebootBehavior = int(reboot);
    update.supersededUpdateIds =
        fields.tokens(u"supersededUpdateIds"_s, WindowsUpdateJson::MaxSupersededPerUpdate, 38);
    for (QString &id : update.supersededUpdateIds) {
        if (!WindowsUpdateJson::isValidGuid(id)) {
            fields.fail(u"supersededUpdateIds"_s,
                        WindowsUpdateJson::tr("\"%1\" is not an update id").arg(id));
            break;
        }
        id = id.toLower();
    }
    update.updateId = guid(fields, u"updateId"_s);
    update.revision = int(fields.integer(u"revision"_s, 0, MaxRevision));
    const bool isUninstallable = fields.boolean(u"isUninstallable"_s);
    const bool hasBehavior = fields.boolean(u"hasUninstallationBehavior"_s);
    update.uninstallable = isUninstallable || hasBehavior;
    fields.requireOnly({u"kbs"_s, u"title"_s, u"categories"_s, u"msrcSeverity"_s, u"cves"_s,
                        u"maxDownloadSize"_s, u"rebootBehavior"_s, u"supersededUpdateIds"_s, u"updateId"_s,
                        u"revision"_s, u"isUninstallable"_s, u"hasUninstallationBehavior"_s});
    if (fields.failed())
        return std::nullopt;
    update.servicingStack = update.title.contains(u"Servicing Stack Update"_s, Qt::CaseInsensitive) ||
                            WindowsUpdateJson::isCombinedServicingStack(update.title, osBuild);
    return update;
}

} // namespace

bool WindowsUpdateJson::isValidKb(const QString &kb)
{
    static const QRegularExpression pattern(QRegularExpression::anchoredPattern(u"KB[0-9]{6,8}"_s));
    return pattern.match(kb).hasMatch();
}

bool WindowsUpdateJson::isValidCve(const QString &cve)
{
    static const QRegularExpression pattern(
        QRegularExpression::anchoredPattern(u"CVE-[0-9]{4}-[0-9]{4,19}"_s));
    return pattern.match(cve).hasMatch();
}

bool WindowsUpdateJson::isValidGuid(const QString &guid)
{
    static const QRegularExpression pattern(QRegularExpression::anchoredPattern(
        u"[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}"_s));
    return pattern.match(guid).hasMatch();
}

bool WindowsUpdateJson::isCombinedServicingStack(const QString &title, int osBuild)
{
    static const QRegularExpression lcu(
        u"\\bCumulative Update (?:Preview )?for (?:Windows|Microsoft server operating system)\\b"_s);
    return osBuild >= 19041 && lcu.match(title).hasMatch() && !title.contains(u".NET"_s);
}

Result<QList<WindowsPendingUpdate>> WindowsUpdateJson::parsePending(const QByteArray &output)
{
    const QString source = tr("Windows Update pending updates");
    auto document = StrictJson::parseObject(output, source);
    if (!document)
        return document.error();
    StrictFields root(document.value());
    const int osBuild = int(root.integer(u"osBuild"_s, 0, 999999));
    const QJsonArray updates = root.array(u"updates"_s, MaxUpdates);
    root.requireOnly({u"osBuild"_s, u"updates"_s});
    QList<WindowsPendingUpdate> pending;
    for (qsizetype i = 0; i < updates.size() && !root.failed(); ++i) {
        std::optional<WindowsPendingUpdate> update =
            pendingUpdate(root.element(u"updates"_s, updates, i), osBuild);
        if (update && !update->kbs.isEmpty())
            pending.append(std::move(*update));
    }
    if (root.failed())
        return failure(source, root.problem());
    // WUA has no "superseded" flag for pending updates: one is superseded when another pending update lists
    // its id among the ones it replaces.
    QHash<QString, qsizetype> byId;
    for (qsizetype i = 0; i < pending.size(); ++i)
        byId.insert(pending.at(i).updateId, i);
    for (const WindowsPendingUpdate &update : std::as_const(pending)) {
        for (const QString &replaced : update.supersededUpdateIds) {
            const auto it = byId.constFind(replaced);
            if (it != byId.constEnd() && !pending[*it].supersededBy.contains(update.kbs.first()))
                pending[*it].supersededBy.append(update.kbs.first());
        }
    }
    return pending;
}

Result<WindowsInstalled> WindowsUpdateJson::parseInstalled(const QByteArray &output)
{
    const QString source = tr("Windows installed updates and programs");
    auto document = StrictJson::parseObject(output, source);
    if (!document)
        return document.error();
    StrictFields root(document.value());
    const QJsonArray hotfixes = root.array(u"hotfixes"_s, MaxHotfixes);
    const QJsonArray history = root.array(u"history"_s, MaxHistory);
    const QJsonArray programs = root.array(u"programs"_s, MaxPrograms);
    root.requireOnly({u"hotfixes"_s, u"history"_s, u"programs"_s});
    WindowsInstalled installed;
    static const QRegularExpression date(QRegularExpression::anchoredPattern(u"(?:\\d{4}-\\d{2}-\\d{2})?"_s));
    for (qsizetype i = 0; i < hotfixes.size() && !root.failed(); ++i) {
        StrictFields fields = root.element(u"hotfixes"_s, hotfixes, i);
        WindowsHotfix hotfix{fields.token(u"id"_s, 16), fields.token(u"installedOn"_s, 10)};
        fields.requireOnly({u"id"_s, u"installedOn"_s});
        if (fields.failed())
            break;
        if (!isValidKb(hotfix.kb))
            fields.fail(u"id"_s, tr("\"%1\" is not a KB id").arg(hotfix.kb));
        else if (!date.match(hotfix.installedOn).hasMatch())
            fields.fail(u"installedOn"_s, tr("not a date as yyyy-MM-dd"));
        else
            installed.hotfixes.append(hotfix);
    }
    for (qsizetype i = 0; i < history.size() && !root.failed(); ++i) {
        StrictFields fields = root.element(u"history"_s, history, i);
        WindowsHistoryEntry entry;
        entry.kbs = kbList(fields, u"kbs"_s);
        entry.title = fields.text(u"title"_s, MaxTitle);
        entry.dateUtc = utcTime(fields, u"date"_s);
        const qint64 operation = fields.integer(u"operation"_s, INT_MIN, INT_MAX);
        if (!fields.failed() && operation != 1 && operation != 2)
            fields.fail(u"operation"_s, tr("unknown operation %1").arg(operation));
        entry.operation = int(operation);
        entry.resultCode = resultCode(fields, u"resultCode"_s);
        entry.updateId = guid(fields, u"updateId"_s);
        entry.revision = int(fields.integer(u"revision"_s, 0, MaxRevision));
        fields.requireOnly(
            {u"kbs"_s, u"title"_s, u"date"_s, u"operation"_s, u"resultCode"_s, u"updateId"_s, u"revision"_s});
        if (!fields.failed())
            installed.history.append(entry);
    }
    for (qsizetype i = 0; i < programs.size() && !root.failed(); ++i) {
        StrictFields fields = root.element(u"programs"_s, programs, i);
        WindowsProgram program{fields.text(u"name"_s, 256), fields.text(u"version"_s, 128),
                               fields.text(u"publisher"_s, 256), fields.token(u"arch"_s, 8)};
        fields.requireOnly({u"name"_s, u"version"_s, u"publisher"_s, u"arch"_s});
        if (fields.failed())
            break;
        if (program.architecture != u"x64"_s && program.architecture != u"x86"_s &&
            program.architecture != u"arm64"_s)
            fields.fail(u"arch"_s, tr("unknown architecture \"%1\"").arg(program.architecture));
        else if (!program.name.trimmed().isEmpty())
            installed.programs.append(program);
    }
    if (root.failed())
        return failure(source, root.problem());
    return installed;
}

Result<WindowsChangeResult> WindowsUpdateJson::parseChangeResult(const QByteArray &output)
{
    const QString source = tr("Windows Update job result");
    auto document = StrictJson::parseObject(output, source);
    if (!document)
        return document.error();
    StrictFields root(document.value());
    WindowsChangeResult result;
    const QString operation = root.token(u"operation"_s, 16);
    const QString state = root.token(u"state"_s, 16);
    result.message = root.text(u"message"_s, 1024);
    if (root.failed())
        return failure(source, root.problem());
    if (operation != u"install"_s && operation != u"uninstall"_s && operation != u"refresh"_s)
        return failure(source, tr("operation: unknown value \"%1\"").arg(operation));
    if (state != u"done"_s && state != u"error"_s)
        return failure(source, tr("state: unknown value \"%1\"").arg(state));
    result.done = state == u"done"_s;
    if (operation == u"refresh"_s) {
        result.operation = WindowsChangeResult::Operation::Refresh;
        result.offered = root.integer(u"offered"_s, 0, MaxUpdates);
        root.requireOnly({u"operation"_s, u"state"_s, u"message"_s, u"offered"_s});
        if (root.failed())
            return failure(source, root.problem());
        return result;
    }
    result.operation = operation == u"install"_s ? WindowsChangeResult::Operation::Install
                                                 : WindowsChangeResult::Operation::Uninstall;
    const bool install = result.operation == WindowsChangeResult::Operation::Install;
    if (install) {
        result.resultCode = resultCode(root, u"resultCode"_s);
        result.hresult = root.integer(u"hresult"_s, MinHResult, MaxHResult);
        result.rebootRequired = root.boolean(u"rebootRequired"_s);
        root.requireOnly({u"operation"_s, u"state"_s, u"message"_s, u"resultCode"_s, u"hresult"_s,
                          u"rebootRequired"_s, u"updates"_s});
    } else {
        root.requireOnly({u"operation"_s, u"state"_s, u"message"_s, u"updates"_s});
    }
    const QJsonArray updates = root.array(u"updates"_s, MaxResultUpdates);
    for (qsizetype i = 0; i < updates.size() && !root.failed(); ++i) {
        StrictFields fields = root.element(u"updates"_s, updates, i);
        WindowsChangeResult::Update update;
        if (install) {
            update.kbs = kbList(fields, u"kbs"_s);
            update.updateId = guid(fields, u"updateId"_s);
            fields.integer(u"revision"_s, 0, MaxRevision);
            update.resultCode = resultCode(fields, u"resultCode"_s);
            update.hresult = fields.integer(u"hresult"_s, MinHResult, MaxHResult);
            fields.requireOnly({u"kbs"_s, u"updateId"_s, u"revision"_s, u"resultCode"_s, u"hresult"_s});
        } else {
            const QString kb = fields.token(u"kb"_s, 16);
            if (!fields.failed() && !isValidKb(kb))
                fields.fail(u"kb"_s, tr("\"%1\" is not a KB id").arg(kb));
            update.kbs = QStringList{kb};
            update.exitCode = fields.integer(u"exitCode"_s, MinHResult, MaxHResult);
            fields.requireOnly({u"kb"_s, u"exitCode"_s});
        }
        result.updates.append(update);
    }
    if (root.failed())
        return failure(source, root.problem());
    if (result.done && result.updates.isEmpty())
        return failure(source, tr("the job says it is done but names no update"));
    return result;
}
