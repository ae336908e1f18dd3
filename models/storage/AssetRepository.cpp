#include "AssetRepository.h"

#include "AuditLog.h"
#include "AuditText.h"
#include "SqlDialect.h"
#include "SqlRow.h"
#include "SqlTime.h"
#include "SqlTransaction.h"
#include "StorageError.h"
#include "TextPool.h"
#include "UserRepository.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <limits>

namespace {

const QString selectAssets = QStringLiteral(
    "SELECT a.id, a.name, a.transport, a.address, a.port, a.username, a.criticality, a.exposure, a.ring, "
    "a.tags, a.owner, a.created_at, a.hostname, a.os_id, a.os_name, a.os_version, a.kernel, a.architecture, "
    "a.uptime_seconds, a.reboot_required, a.reboot_required_by, a.package_manager, a.last_scan_at, "
    "a.last_scan_error, a.identity_file, a.winrm_auth, a.winrm_allow_http, a.winrm_ca_file, "
    "a.winrm_client_cert, a.winrm_client_key, "
    "a.installed_count, "
    "(SELECT COUNT(*) FROM asset_patches p WHERE p.asset_id = a.id AND p.state = 'missing'), "
    "(SELECT COUNT(*) FROM asset_patches p WHERE p.asset_id = a.id AND p.state = 'missing' "
    "AND p.classification = 'security'), "
    "a.last_scan_status "
    "FROM assets a");

// Fails only for a stored word (transport, criticality, exposure) this build does not know.
Result<Asset> assetFrom(const QSqlQuery &query)
{
    Asset asset;
    AssetFacts &facts = asset.facts;
    SqlRow row(query);
    row >> asset.id >> asset.name >> asset.transport >> asset.address >> asset.port >> asset.user >>
        asset.criticality >> asset.exposure >> asset.ring >> asset.tags >> asset.owner >> asset.createdAt;
    row >> facts.hostname >> facts.osId >> facts.osName >> facts.osVersion >> facts.kernel >>
        facts.architecture >> facts.uptimeSeconds >> facts.rebootRequired >> facts.rebootRequiredBy >>
        facts.packageManager;
    row >> asset.lastScanAt >> asset.lastScanError >> asset.identityFile;
    row >> asset.winrm.auth >> asset.winrm.allowHttp >> asset.winrm.caFile >>
        asset.winrm.clientCertificateFile >> asset.winrm.clientKeyFile;
    row >> asset.installedCount >> asset.pendingCount >> asset.securityPendingCount >> asset.lastScanStatus;
    if (!row.status())
        return row.status().error();
    return asset;
}

void bindWinRm(QSqlQuery &query, const WinRmSettings &winrm)
{
    query.addBindValue(storedText(winrm.auth));
    query.addBindValue(winrm.allowHttp ? 1 : 0);
    query.addBindValue(SqlText::bindable(winrm.caFile));
    query.addBindValue(SqlText::bindable(winrm.clientCertificateFile));
    query.addBindValue(SqlText::bindable(winrm.clientKeyFile));
}

QString yesNo(bool value)
{
    return value ? QStringLiteral("yes") : QStringLiteral("no");
}

// The audit trail's words for a WinRM asset's settings (stored words, not translated: the trail is evidence).
QString winRmDetails(const WinRmSettings &winrm)
{
    QString text =
        QStringLiteral("winrm %1 over %2")
            .arg(storedText(winrm.auth), winrm.allowHttp ? QStringLiteral("http") : QStringLiteral("https"));
    if (!winrm.caFile.isEmpty())
        text += QStringLiteral(", CA file %1").arg(winrm.caFile);
    if (!winrm.clientCertificateFile.isEmpty())
        text += QStringLiteral(", client certificate %1").arg(winrm.clientCertificateFile);
    return text;
}

} // namespace

Result<QList<Asset>> AssetRepository::select(const QString &where, const QVariant &value,
                                             const QString &limit) const
{
    QList<Asset> assets;
    const Status read = selectInSlices(where, value, limit, std::numeric_limits<qsizetype>::max(),
                                       [&assets](QList<Asset> &all) { assets = std::move(all); });
    if (!read)
        return read.error();
    return assets;
}

Status AssetRepository::selectInSlices(const QString &where, const QVariant &value, const QString &limit,
                                       qsizetype sliceRows, const Slice &take) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(selectAssets + where + QStringLiteral(" ORDER BY a.name") + limit);
    if (!where.isEmpty())
        query.addBindValue(value);
    if (!query.exec())
        return StorageError::from(tr("Cannot read assets"), query.lastError(), m_db);
    QList<Asset> slice;
    // A fleet repeats its users, rings, owners, operating systems, kernels and key files: each distinct text
    // is kept once and shared by the assets (100,000 assets run a handful of systems), across slices too.
    TextPool pool;
    while (query.next()) {
        auto asset = assetFrom(query);
        if (!asset)
            return asset.error();
        Asset &a = asset.value();
        for (QString *text :
             {&a.user, &a.ring, &a.owner, &a.facts.osId, &a.facts.osName, &a.facts.osVersion, &a.facts.kernel,
              &a.facts.architecture, &a.facts.packageManager, &a.identityFile, &a.lastScanError})
            pool.share(*text);
        slice.append(std::move(a));
        if (slice.size() >= sliceRows) {
            take(slice);
            slice = QList<Asset>();
        }
    }
    if (!slice.isEmpty())
        take(slice);
    return {};
}

QString AssetRepository::listStatement()
{
    return selectAssets + QStringLiteral(" ORDER BY a.name");
}

Result<QList<Asset>> AssetRepository::list() const
{
    return select(QString(), QVariant());
}

Status AssetRepository::listInSlices(qsizetype sliceRows, const Slice &take) const
{
    return selectInSlices(QString(), QVariant(), QString(), sliceRows, take);
}

Result<QList<Asset>> AssetRepository::listFirst(int count) const
{
    return select(QString(), QVariant(), QStringLiteral(" LIMIT %1").arg(std::max(count, 0)));
}

Result<QList<AssetRisk>> AssetRepository::listForScoring() const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT id, name, criticality, exposure FROM assets ORDER BY name")))
        return StorageError::from(tr("Cannot read assets"), query.lastError(), m_db);
    QList<AssetRisk> assets;
    while (query.next()) {
        AssetRisk asset;
        SqlRow row(query);
        row >> asset.id >> asset.name >> asset.criticality >> asset.exposure;
        if (!row.status())
            return row.status().error();
        assets.append(std::move(asset));
    }
    return assets;
}

Result<Asset> AssetRepository::findByName(const QString &name) const
{
    auto found = select(QStringLiteral(" WHERE a.name = ?"), name);
    if (!found)
        return found.error();
    if (found.value().isEmpty())
        return Error{tr("There is no asset named \"%1\".").arg(name), tr("List assets with `asset list`.")};
    return found.value().constFirst();
}

Result<Asset> AssetRepository::findById(qint64 id) const
{
    auto found = findByIds({id});
    if (!found)
        return found.error();
    if (found.value().isEmpty())
        return Error{tr("There is no asset with id %1.").arg(id), {}};
    return found.value().constFirst();
}

Result<QList<Asset>> AssetRepository::findByIds(const QList<qint64> &ids) const
{
    QList<Asset> assets;
    for (qint64 id : ids) {
        auto found = select(QStringLiteral(" WHERE a.id = ?"), id);
        if (!found)
            return found.error();
        assets.append(found.value());
    }
    return assets;
}

Status AssetRepository::mayChangeTheFleet() const
{
    return UserRepository(m_db, m_actor).require(Permission::RunFleet);
}

Result<qint64> AssetRepository::add(const Asset &asset)
{
    if (Status allowed = mayChangeTheFleet(); !allowed)
        return allowed.error();
    SqlTransaction transaction(m_db);
    if (!transaction.isOpen())
        return StorageError::from(tr("Cannot add the asset"), m_db.lastError(), m_db);
    auto id = insert(asset);
    if (!id)
        return id.error();
    if (!transaction.commit())
        return StorageError::from(tr("Cannot add the asset"), m_db.lastError(), m_db);
    return id;
}

Status AssetRepository::update(const Asset &asset)
{
    if (Status allowed = mayChangeTheFleet(); !allowed)
        return allowed;
    SqlTransaction transaction(m_db);
    if (!transaction.isOpen())
        return StorageError::from(tr("Cannot change the asset"), m_db.lastError(), m_db);
    if (Status changed = change(asset); !changed)
        return changed;
    if (!transaction.commit())
        return StorageError::from(tr("Cannot change the asset"), m_db.lastError(), m_db);
    return {};
}

Status AssetRepository::saveAll(const QList<Asset> &assets)
{
    if (Status allowed = mayChangeTheFleet(); !allowed)
        return allowed;
    SqlTransaction transaction(m_db);
    if (!transaction.isOpen())
        return StorageError::from(tr("Cannot save the assets"), m_db.lastError(), m_db);
    for (const Asset &asset : assets) {
        if (asset.id == 0) {
            if (auto added = insert(asset); !added)
                return added.error();
        } else if (Status changed = change(asset); !changed) {
            return changed;
        }
    }
    if (!transaction.commit())
        return StorageError::from(tr("Cannot save the assets"), m_db.lastError(), m_db);
    return {};
}

Result<qint64> AssetRepository::insert(const Asset &asset)
{
    const QString name = asset.name.trimmed();
    if (name.isEmpty())
        return Error{tr("An asset needs a name."), {}};
    // Checked first: on PostgreSQL a failed statement aborts the whole transaction.
    if (findByName(name).ok())
        return Error{tr("An asset named \"%1\" already exists.").arg(name),
                     tr("Pick another name or remove the existing asset first.")};
    QSqlQuery query(m_db);
    query.prepare(SqlDialect::returningId(
        m_db, QStringLiteral(
                  "INSERT INTO assets (name, transport, address, port, username, criticality, "
                  "exposure, ring, tags, owner, created_at, identity_file, winrm_auth, "
                  "winrm_allow_http, winrm_ca_file, winrm_client_cert, winrm_client_key, hostname, os_name) "
                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")));
    query.addBindValue(name);
    query.addBindValue(storedText(asset.transport));
    query.addBindValue(SqlText::bindable(asset.address));
    query.addBindValue(asset.port);
    query.addBindValue(SqlText::bindable(asset.user));
    query.addBindValue(storedText(asset.criticality));
    query.addBindValue(storedText(asset.exposure));
    query.addBindValue(SqlText::bindable(asset.ring));
    query.addBindValue(SqlText::bindable(asset.tags.join(QLatin1Char(','))));
    query.addBindValue(SqlText::bindable(asset.owner));
    query.addBindValue(SqlTime::now());
    query.addBindValue(SqlText::bindable(asset.identityFile));
    bindWinRm(query, asset.winrm);
    // What is known before any scan (an inventory-only asset from a scanner report); a scan overwrites it.
    query.addBindValue(SqlText::bindable(asset.facts.hostname));
    query.addBindValue(SqlText::bindable(asset.facts.osName));
    if (!query.exec())
        return StorageError::from(tr("Cannot add the asset %1").arg(name), query.lastError());
    const qint64 id = SqlDialect::insertedId(query);
    if (id <= 0)
        return Error{tr("Cannot add the asset: the database returned no id."), {}};
    QString details = tr("transport %1, address %2").arg(storedText(asset.transport), asset.address);
    if (asset.transport == Transport::WinRm)
        details += QStringLiteral(", ") + winRmDetails(asset.winrm);
    if (Status audited = AuditLog(m_db).append(m_actor, QStringLiteral("asset.added"), name, details);
        !audited)
        return audited.error();
    return id;
}

Status AssetRepository::change(const Asset &asset)
{
    const auto stored = findById(asset.id);
    if (!stored)
        return stored.error();
    const Asset &old = stored.value();
    const QString name = asset.name.trimmed();
    if (name.isEmpty())
        return Error{tr("An asset needs a name."), {}};
    if (name != old.name && findByName(name).ok())
        return Error{tr("An asset named \"%1\" already exists.").arg(name),
                     tr("Pick another name or remove the existing asset first.")};

    // What changed, as "field: old → new", for the audit trail (keys as in `asset list --format json`).
    QStringList changes;
    const auto compare = [&changes](const char *field, const QString &before, const QString &after) {
        if (before != after)
            changes.append(QStringLiteral("%1: %2 → %3")
                               .arg(QLatin1String(field), before.isEmpty() ? QStringLiteral("\"\"") : before,
                                    after.isEmpty() ? QStringLiteral("\"\"") : after));
    };
    compare("name", old.name, name);
    compare("transport", storedText(old.transport), storedText(asset.transport));
    compare("address", old.address, asset.address);
    compare("port", QString::number(old.port), QString::number(asset.port));
    compare("user", old.user, asset.user);
    compare("identity_file", old.identityFile, asset.identityFile);
    compare("winrm_auth", storedText(old.winrm.auth), storedText(asset.winrm.auth));
    compare("winrm_allow_http", yesNo(old.winrm.allowHttp), yesNo(asset.winrm.allowHttp));
    compare("winrm_ca_file", old.winrm.caFile, asset.winrm.caFile);
    compare("winrm_client_cert", old.winrm.clientCertificateFile, asset.winrm.clientCertificateFile);
    compare("winrm_client_key", old.winrm.clientKeyFile, asset.winrm.clientKeyFile);
    compare("criticality", storedText(old.criticality), storedText(asset.criticality));
    compare("exposure", storedText(old.exposure), storedText(asset.exposure));
    compare("ring", old.ring, asset.ring);
    compare("tags", old.tags.join(QLatin1Char(',')), asset.tags.join(QLatin1Char(',')));
    if (changes.isEmpty())
        return {};

    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("UPDATE assets SET name = ?, transport = ?, address = ?, port = ?, "
                                 "username = ?, identity_file = ?, winrm_auth = ?, winrm_allow_http = ?, "
                                 "winrm_ca_file = ?, winrm_client_cert = ?, winrm_client_key = ?, "
                                 "criticality = ?, exposure = ?, ring = ?, tags = ? WHERE id = ?"));
    query.addBindValue(name);
    query.addBindValue(storedText(asset.transport));
    query.addBindValue(SqlText::bindable(asset.address));
    query.addBindValue(asset.port);
    query.addBindValue(SqlText::bindable(asset.user));
    query.addBindValue(SqlText::bindable(asset.identityFile));
    bindWinRm(query, asset.winrm);
    query.addBindValue(storedText(asset.criticality));
    query.addBindValue(storedText(asset.exposure));
    query.addBindValue(SqlText::bindable(asset.ring));
    query.addBindValue(SqlText::bindable(asset.tags.join(QLatin1Char(','))));
    query.addBindValue(asset.id);
    if (!query.exec())
        return StorageError::from(tr("Cannot change the asset %1").arg(old.name), query.lastError());
    if (name != old.name) {
        // The asset's own maintenance windows name it: they follow it.
        QSqlQuery windows(m_db);
        windows.prepare(
            QStringLiteral("UPDATE maintenance_windows SET target = ? WHERE scope = 'asset' AND target = ?"));
        windows.addBindValue(name);
        windows.addBindValue(old.name);
        if (!windows.exec())
            return StorageError::from(tr("Cannot change the asset %1").arg(old.name), windows.lastError());
        if (windows.numRowsAffected() > 0)
            changes.append(AuditText::counted(windows.numRowsAffected(),
                                              QStringLiteral("maintenance window follows"),
                                              QStringLiteral("maintenance windows follow")) +
                           QStringLiteral(" the new name")); // English, untranslated (see AuditText.h)
    }
    return AuditLog(m_db).append(m_actor, QStringLiteral("asset.updated"), name,
                                 changes.join(QStringLiteral("; ")));
}

Status AssetRepository::remove(const QString &name)
{
    if (Status allowed = mayChangeTheFleet(); !allowed)
        return allowed;
    const auto asset = findByName(name);
    if (!asset)
        return asset.error();
    if (!m_db.transaction())
        return StorageError::from(tr("Cannot remove the asset"), m_db.lastError(), m_db);
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("DELETE FROM assets WHERE id = ?"));
    query.addBindValue(asset.value().id);
    if (!query.exec()) {
        const QSqlError error = query.lastError();
        m_db.rollback();
        return StorageError::from(tr("Cannot remove the asset"), error);
    }
    // Its own maintenance windows go with it (a later asset of the same name must not inherit them).
    QSqlQuery windows(m_db);
    windows.prepare(QStringLiteral("DELETE FROM maintenance_windows WHERE scope = 'asset' AND target = ?"));
    windows.addBindValue(asset.value().name);
    if (!windows.exec()) {
        const QSqlError error = windows.lastError();
        m_db.rollback();
        return StorageError::from(tr("Cannot remove the asset"), error);
    }
    const int windowsRemoved = windows.numRowsAffected();
    if (Status audited = AuditLog(m_db).append(
            m_actor, QStringLiteral("asset.removed"), name,
            windowsRemoved > 0 ? QStringLiteral("with its ") +
                                     AuditText::counted(windowsRemoved, QStringLiteral("maintenance window"),
                                                        QStringLiteral("maintenance windows"))
                               : QString());
        !audited) {
        m_db.rollback();
        return audited.error();
    }
    if (!m_db.commit())
        return StorageError::from(tr("Cannot remove the asset"), m_db.lastError(), m_db);
    return {};
}
