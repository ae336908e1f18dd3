#include "EvidenceCheck.h"

#include "BundleManifest.h"
#include "EvidenceBundle.h"

#include "audit/AuditSigningKey.h"
#include "audit/CheckpointFile.h"
#include "storage/AuditCheckpoints.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/SqlTime.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace {

QString shortHash(const QByteArray &hex)
{
    return QString::fromLatin1(hex.left(16)) + QStringLiteral("…");
}

// An audit event as the bundle lists it, or why it cannot be read.
std::optional<AuditEvent> eventFrom(const QJsonValue &value, bool withPrevious, QString *why)
{
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
    const QJsonObject object = value.toObject();
    const QJsonValue id = object.value(QStringLiteral("id"));
    AuditEvent event;
    event.id = qint64(id.toDouble(-1));
    event.at = SqlTime::fromValue(object.value(QStringLiteral("at")).toString());
    event.actor = object.value(QStringLiteral("actor")).toString();
    event.action = object.value(QStringLiteral("action")).toString();
    event.subject = object.value(QStringLiteral("subject")).toString();
    event.details = object.value(QStringLiteral("details")).toString();
    event.hash = object.value(QStringLiteral("hash")).toString().toLatin1();
    event.previousHash = object.value(QStringLiteral("previous_hash")).toString().toLatin1();
    QStringList bad;
    if (!value.isObject())
        bad << QStringLiteral("object");
    if (!id.isDouble() || event.id < 1 || double(event.id) != id.toDouble())
        bad << QStringLiteral("id");
    if (!event.at.isValid())
        bad << QStringLiteral("at");
    for (const char *name : {"actor", "action", "subject", "details"}) {
        if (!object.value(QLatin1String(name)).isString())
            bad << QLatin1String(name);
    }
    if (!hex.match(QString::fromLatin1(event.hash)).hasMatch())
        bad << QStringLiteral("hash");
    if (withPrevious && !object.value(QStringLiteral("previous_hash")).isString())
        bad << QStringLiteral("previous_hash");
    if (!bad.isEmpty()) {
        *why = bad.join(QStringLiteral(", "));
        return std::nullopt;
    }
    return event;
}

} // namespace

EvidenceCheck::Report EvidenceCheck::run(const BundleFiles &files)
{
    Report report;
    checkManifest(files, &report);
    checkCheckpoint(files, &report);
    checkChain(files, &report);
    return report;
}

void EvidenceCheck::checkManifest(const BundleFiles &files, Report *report)
{
    const QString manifestName = QString::fromLatin1(BundleManifest::FileName);
    if (!files.contains(manifestName)) {
        report->problems.append(tr("MANIFEST is missing: the files cannot be checked"));
        return;
    }
    report->manifestSha256 = BundleManifest::sha256(files.value(manifestName));
    const BundleManifest::Parsed manifest = BundleManifest::parse(files.value(manifestName));
    report->problems += manifest.problems;
    QSet<QString> listed;
    int held = 0;
    for (const BundleManifest::Line &line : manifest.lines) {
        listed.insert(line.path);
        if (!files.contains(line.path)) {
            report->problems.append(
                tr("%1 was removed: MANIFEST lists it (line %2), the bundle does not hold it")
                    .arg(line.path)
                    .arg(line.number));
            continue;
        }
        const QByteArray actual = BundleManifest::sha256(files.value(line.path));
        if (actual != line.sha256) {
            report->problems.append(tr("%1 was altered: its SHA-256 is %2, MANIFEST line %3 says %4")
                                        .arg(line.path, shortHash(actual))
                                        .arg(line.number)
                                        .arg(shortHash(line.sha256)));
            continue;
        }
        ++held;
    }
    for (auto file = files.cbegin(); file != files.cend(); ++file) {
        if (file.key() != manifestName && !listed.contains(file.key()))
            report->problems.append(tr("%1 was added: MANIFEST does not list it").arg(file.key()));
    }
    if (held == manifest.lines.size() && manifest.problems.isEmpty())
        report->checked.append(tr("MANIFEST: all %1 files present with their SHA-256, none added").arg(held));
}

void EvidenceCheck::checkCheckpoint(const BundleFiles &files, Report *report)
{
    const QString path = QString::fromLatin1(EvidenceBundle::CheckpointPath);
    if (!files.contains(path)) {
        report->problems.append(tr("%1 is missing: the audit extract cannot be anchored").arg(path));
        return;
    }
    const auto checkpoint = CheckpointFile::fromJson(files.value(path));
    if (!checkpoint) {
        report->problems.append(tr("%1 cannot be read: %2").arg(path, checkpoint.error().message));
        return;
    }
    report->checkpoint = checkpoint.value();
    const AuditCheckpoint &cp = checkpoint.value();
    const QString fingerprint = AuditSigningKey::fingerprint(cp.publicKey);
    if (!AuditSigningKey::verify(cp.publicKey, cp.signedBytes(), cp.signature))
        report->problems.append(tr("the checkpoint's signature is invalid: %1 was altered (checkpoint #%2, "
                                   "key %3)")
                                    .arg(path)
                                    .arg(cp.id)
                                    .arg(fingerprint));
    else
        report->checked.append(tr("checkpoint #%1 (signed %2 by %3, covering event #%4): Ed25519 signature "
                                  "valid with key %5")
                                   .arg(cp.id)
                                   .arg(SqlTime::toValue(cp.at).toString(), cp.signer)
                                   .arg(cp.eventId)
                                   .arg(fingerprint));

    const QString keysPath = QString::fromLatin1(EvidenceBundle::KeysPath);
    const QJsonDocument keys = QJsonDocument::fromJson(files.value(keysPath));
    if (!keys.isObject() || keys.object().value(QStringLiteral("format")).toString() !=
                                QLatin1String(EvidenceBundle::KeysFormat)) {
        report->problems.append(tr("%1 is missing or not a list of signing keys").arg(keysPath));
        return;
    }
    if (keys.object().value(QStringLiteral("database")).toString() != cp.databaseId)
        report->problems.append(tr("%1 and the checkpoint name different databases").arg(keysPath));
    const QJsonArray list = keys.object().value(QStringLiteral("keys")).toArray();
    const bool listed = std::any_of(list.cbegin(), list.cend(), [&cp](const QJsonValue &key) {
        return key.toObject().value(QStringLiteral("signer")).toString() == cp.signer &&
               key.toObject().value(QStringLiteral("public_key")).toString().toLatin1() ==
                   cp.publicKey.toHex();
    });
    if (!listed)
        report->problems.append(tr("the checkpoint is signed with a key (%1) that %2 does not list for %3")
                                    .arg(fingerprint, keysPath, cp.signer));
    else
        report->checked.append(
            tr("the checkpoint's key is the one %1 lists for %2").arg(keysPath, cp.signer));
}

void EvidenceCheck::checkChain(const BundleFiles &files, Report *report)
{
    const QString extractPath = QString::fromLatin1(EvidenceBundle::ExtractPath);
    const QString chainPath = QString::fromLatin1(EvidenceBundle::ChainPath);
    const QJsonDocument extractDocument = QJsonDocument::fromJson(files.value(extractPath));
    const QJsonDocument chainDocument = QJsonDocument::fromJson(files.value(chainPath));
    if (!extractDocument.isArray()) {
        report->problems.append(tr("%1 is missing or not a JSON array of audit events").arg(extractPath));
        return;
    }
    const QJsonObject chain = chainDocument.object();
    if (chain.value(QStringLiteral("format")).toString() != QLatin1String(EvidenceBundle::ChainFormat)) {
        report->problems.append(tr("%1 is missing or not an audit chain (\"format\" is not \"%2\")")
                                    .arg(chainPath, QLatin1String(EvidenceBundle::ChainFormat)));
        return;
    }
    QList<AuditEvent> extract;
    const QJsonArray listed = extractDocument.array();
    for (qsizetype i = 0; i < listed.size(); ++i) {
        QString why;
        const auto event = eventFrom(listed.at(i), false, &why);
        if (!event) {
            report->problems.append(
                tr("%1: entry %2 is not an audit event (%3)").arg(extractPath).arg(i + 1).arg(why));
            return;
        }
        extract.append(*event);
    }
    std::sort(extract.begin(), extract.end(),
              [](const AuditEvent &a, const AuditEvent &b) { return a.id < b.id; });
    if (extract.isEmpty()) {
        report->notes.append(tr("the period holds no audit events: there is no extract to anchor"));
        return;
    }
    if (chain.value(QStringLiteral("first_event")).toDouble(-1) != double(extract.constFirst().id)) {
        report->problems.append(tr("%1 does not begin at event #%2, the first of the extract: events were "
                                   "removed from or added to the extract")
                                    .arg(chainPath)
                                    .arg(extract.constFirst().id));
        return;
    }
    QList<AuditEvent> link;
    const QJsonArray linked = chain.value(QStringLiteral("events_to_checkpoint")).toArray();
    for (qsizetype i = 0; i < linked.size(); ++i) {
        QString why;
        const auto event = eventFrom(linked.at(i), true, &why);
        if (!event) {
            report->problems.append(
                tr("%1: entry %2 is not an audit event (%3)").arg(chainPath).arg(i + 1).arg(why));
            return;
        }
        link.append(*event);
    }

    // Each event from its content and its predecessor's hash, as AuditLog does.
    QByteArray previous = chain.value(QStringLiteral("previous_hash")).toString().toLatin1();
    qint64 expectedId = extract.constFirst().id;
    const qint64 extractLast = extract.constLast().id;
    extract += link;
    for (AuditEvent event : extract) {
        const QString where = event.id <= extractLast ? extractPath : chainPath;
        if (event.id != expectedId) {
            report->problems.append(tr("the audit chain is broken at event #%1: event #%1 is missing from %2 "
                                       "(found #%3 next)")
                                        .arg(expectedId)
                                        .arg(where)
                                        .arg(event.id));
            return;
        }
        if (event.id > extractLast && event.previousHash != previous) {
            report->problems.append(tr("the audit chain is broken at event #%1 in %2: it does not continue "
                                       "the chain of event #%3")
                                        .arg(event.id)
                                        .arg(where)
                                        .arg(event.id - 1));
            return;
        }
        event.previousHash = previous;
        if (AuditLog::hashOf(event) != event.hash) {
            report->problems.append(tr("the audit chain is broken at event #%1 in %2: its content does not "
                                       "hash to its listed SHA-256 (the event was altered)")
                                        .arg(event.id)
                                        .arg(where));
            return;
        }
        previous = event.hash;
        ++expectedId;
    }
    const qint64 last = expectedId - 1;
    report->checked.append(tr("audit chain: %1 events of the period (#%2 to #%3) and %4 more up to the "
                              "checkpoint recompute from their content")
                               .arg(extractLast - extract.constFirst().id + 1)
                               .arg(extract.constFirst().id)
                               .arg(extractLast)
                               .arg(link.size()));
    if (!report->checkpoint)
        return;
    const AuditCheckpoint &cp = *report->checkpoint;
    if (cp.eventId < extract.constFirst().id) {
        report->notes.append(tr("every event of the period comes after the checkpoint's event #%1: they are "
                                "chained, but no signature vouches for them yet")
                                 .arg(cp.eventId));
        return;
    }
    if (cp.eventId > last) {
        report->problems.append(tr("the audit chain ends at event #%1, before event #%2 that the checkpoint "
                                   "signed: events were removed from %3")
                                    .arg(last)
                                    .arg(cp.eventId)
                                    .arg(chainPath));
        return;
    }
    const AuditEvent &signedEvent = extract.at(qsizetype(cp.eventId - extract.constFirst().id));
    if (signedEvent.hash != cp.eventHash) {
        report->problems.append(tr("the audit chain does not lead to the checkpoint: event #%1 hashes to "
                                   "%2, the checkpoint signed %3 (events were altered and their hashes "
                                   "recomputed)")
                                    .arg(cp.eventId)
                                    .arg(shortHash(signedEvent.hash), shortHash(cp.eventHash)));
        return;
    }
    report->checked.append(tr("the audit chain leads to event #%1 with the hash checkpoint #%2 signed")
                               .arg(cp.eventId)
                               .arg(cp.id));
    if (cp.eventId < extractLast)
        report->notes.append(tr("%n event(s) of the period come after the checkpoint's event #%1: they are "
                                "chained, but no signature vouches for them yet",
                                nullptr, int(extractLast - cp.eventId))
                                 .arg(cp.eventId));
}

Status EvidenceCheck::againstDatabase(Database &database, Report *report)
{
    if (!report->checkpoint)
        return {};
    const AuditCheckpoint &cp = *report->checkpoint;
    AuditCheckpoints store(database.connection());
    const auto databaseId = store.databaseId();
    if (!databaseId)
        return databaseId.error();
    if (databaseId.value() != cp.databaseId) {
        report->problems.append(tr("the bundle's checkpoint belongs to another database (%1; this one is %2)")
                                    .arg(cp.databaseId, databaseId.value()));
        return {};
    }
    const auto all = store.all();
    if (!all)
        return all.error();
    const auto stored = std::find_if(all.value().cbegin(), all.value().cend(),
                                     [&cp](const AuditCheckpoint &c) { return c.id == cp.id; });
    if (stored == all.value().cend())
        report->problems.append(
            tr("database: checkpoint #%1 is not in it (checkpoints were deleted)").arg(cp.id));
    else if (stored->signature != cp.signature || stored->eventHash != cp.eventHash)
        report->problems.append(tr("database: checkpoint #%1 differs from the bundle's").arg(cp.id));
    else
        report->checked.append(tr("database: checkpoint #%1 is stored there unchanged").arg(cp.id));

    const auto keys = store.registeredKeys();
    if (!keys)
        return keys.error();
    const bool registered =
        std::any_of(keys.value().cbegin(), keys.value().cend(), [&cp](const AuditSigningKeyRecord &key) {
            return key.signer == cp.signer && key.publicKey == cp.publicKey && key.eventId <= cp.eventId;
        });
    if (registered)
        report->checked.append(
            tr("database: the checkpoint's key is registered there for %1").arg(cp.signer));
    else
        report->problems.append(tr("database: the checkpoint's key %1 is not registered there for %2")
                                    .arg(AuditSigningKey::fingerprint(cp.publicKey), cp.signer));

    const auto hash = store.eventHash(cp.eventId);
    if (!hash)
        return hash.error();
    if (hash.value() != cp.eventHash)
        report->problems.append(
            tr("database: event #%1 no longer has the hash the checkpoint signed").arg(cp.eventId));

    if (report->manifestSha256.isEmpty())
        return {};
    AuditLog::Filter exports;
    exports.action = QStringLiteral("report.exported");
    const auto exported = AuditLog(database.connection()).list(exports);
    if (!exported)
        return exported.error();
    const QString needle = QStringLiteral("manifest sha256 ") + QString::fromLatin1(report->manifestSha256);
    const auto recorded = std::find_if(exported.value().cbegin(), exported.value().cend(),
                                       [&needle](const AuditEvent &e) { return e.details.contains(needle); });
    if (recorded == exported.value().cend())
        report->problems.append(tr("database: no report.exported event records a bundle with this MANIFEST "
                                   "(SHA-256 %1): MANIFEST was altered, or the bundle was not made from "
                                   "this database")
                                    .arg(shortHash(report->manifestSha256)));
    else
        report->checked.append(tr("database: its export is recorded (event #%1, %2 by %3)")
                                   .arg(recorded->id)
                                   .arg(SqlTime::toValue(recorded->at).toString(), recorded->actor));
    return {};
}
