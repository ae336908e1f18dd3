-- Patchwright schema 9: daily compliance metrics, kept so a trend survives later changes to the history
-- (a patch row re-detected, an asset removed, a new KEV entry). One row per UTC day and scope ('' is the
-- whole fleet, else "ring=canary;criticality=high"), each figure as of the end of that day (see
-- app/reports/FleetMetrics and README "Compliance metrics"). Columns, not a JSON document: every figure is
-- a count or a sum the trend charts read and SQL can aggregate on both engines; a new figure is a new
-- migration. `metrics recompute` replaces a period's rows from the history (audited, metrics.recomputed).
CREATE TABLE metric_snapshots (
    day TEXT NOT NULL,
    scope TEXT NOT NULL DEFAULT '',
    computed_at TEXT NOT NULL,
    assets INTEGER NOT NULL,
    compliant_assets INTEGER NOT NULL,
    open_patches INTEGER NOT NULL,
    overdue_patches INTEGER NOT NULL,
    open_risk_score {{REAL}} NOT NULL,
    open_kev_cves INTEGER NOT NULL,
    -- the open patches by SLA severity band (they add up to open_patches)
    open_critical INTEGER NOT NULL DEFAULT 0,
    open_high INTEGER NOT NULL DEFAULT 0,
    open_medium INTEGER NOT NULL DEFAULT 0,
    open_low INTEGER NOT NULL DEFAULT 0,
    open_none INTEGER NOT NULL DEFAULT 0,
    -- the assets with an open patch, by the most severe band among them (each asset once)
    assets_critical INTEGER NOT NULL DEFAULT 0,
    assets_high INTEGER NOT NULL DEFAULT 0,
    assets_medium INTEGER NOT NULL DEFAULT 0,
    assets_low INTEGER NOT NULL DEFAULT 0,
    assets_none INTEGER NOT NULL DEFAULT 0,
    -- the compliance rule compliant_assets was counted by (the checks switched on, e.g. "overdue,kev"); a
    -- trend under another rule computes that day again instead of reading it
    rule TEXT NOT NULL DEFAULT 'overdue,kev',
    PRIMARY KEY (day, scope)
);
