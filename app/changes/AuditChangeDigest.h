#pragma once

#include "domain/AuditEvent.h"

#include <QSet>
#include <QString>

// What a run of audit events says changed, in the terms of ChangeNotifier's signals, before names become
// ids (ChangeAnnouncement does that). Every write Patchwright makes is audited, so the events another
// process appended tell this console what to update:
//   asset.added, asset.updated (subject: the asset's name)      → that asset and its patches
//   asset.removed                                               → all assets and patches (the id is gone)
//   scan.completed, scan.failed, scan.canceled (the asset)      → that asset and its patches; a completed
//                                                                 scan also intel (the correlation after a
//                                                                 scan is not audited on its own)
//   patch.* ("ASSET: package arch version")                     → that asset and its patches
//   intel.imported                                              → intel (findings, scores, correlation)
//   settings.changed (SLA, compliance rule, intel settings)     → all patches (priorities, due dates)
//   change.* ("change #N")                                      → change request N
//   deployment.* ("change #N on ASSET")                         → the deployments of change N
//   run.* ("run #N")                                            → the deployments of run N's change
// and every event → auditAppended. Events of other kinds (ring., window., board.policy., user., hostkey.,
// session., report., metrics., db., audit.) change nothing a pane lists except the audit trail.
// Not audited, so not seen: `intel correlate` run on its own, and a feed's sync state when nothing new came.
class AuditChangeDigest
{
public:
    void add(const AuditEvent &event);

    bool isEmpty() const { return !m_audit; }
    bool auditAppended() const { return m_audit; }
    bool intelChanged() const { return m_intel; }
    bool allAssets() const { return m_allAssets; }
    bool allPatches() const { return m_allPatches; }
    // Names as the events give them (an asset renamed since is found under its new name, if at all).
    const QSet<QString> &assetNames() const { return m_assetNames; }
    const QSet<QString> &patchAssetNames() const { return m_patchAssetNames; }
    const QSet<qint64> &changeIds() const { return m_changeIds; }
    const QSet<qint64> &deploymentChangeIds() const { return m_deploymentChangeIds; }
    const QSet<qint64> &runIds() const { return m_runIds; }

    // The number after the first '#' of a subject ("change #12 on web1" → 12); 0 when there is none.
    static qint64 numberIn(const QString &subject);

private:
    void assetAndPatches(const QString &name);

    bool m_audit = false;
    bool m_intel = false;
    bool m_allAssets = false;
    bool m_allPatches = false;
    QSet<QString> m_assetNames;
    QSet<QString> m_patchAssetNames;
    QSet<qint64> m_changeIds;
    QSet<qint64> m_deploymentChangeIds;
    QSet<qint64> m_runIds;
};
