-- Patchwright schema 1: assets, their scans, installed packages, pending patches, the audit trail,
-- and the tables the approval, deployment and compliance panes read.
-- Portable SQL: SQLite 3.15 (SQLCipher 3.4) and PostgreSQL 15. Timestamps are ISO 8601 UTC text.

CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE assets (
    id {{ID}},
    name TEXT NOT NULL UNIQUE,
    transport TEXT NOT NULL,
    address TEXT NOT NULL DEFAULT '',
    port INTEGER NOT NULL DEFAULT 0,
    username TEXT NOT NULL DEFAULT '',
    criticality TEXT NOT NULL DEFAULT 'medium',
    exposure TEXT NOT NULL DEFAULT 'internal',
    ring TEXT NOT NULL DEFAULT '',
    tags TEXT NOT NULL DEFAULT '',
    owner TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    hostname TEXT NOT NULL DEFAULT '',
    os_id TEXT NOT NULL DEFAULT '',
    os_name TEXT NOT NULL DEFAULT '',
    os_version TEXT NOT NULL DEFAULT '',
    kernel TEXT NOT NULL DEFAULT '',
    architecture TEXT NOT NULL DEFAULT '',
    uptime_seconds INTEGER NOT NULL DEFAULT -1,
    reboot_required INTEGER NOT NULL DEFAULT 0,
    reboot_required_by TEXT NOT NULL DEFAULT '',
    package_manager TEXT NOT NULL DEFAULT '',
    last_scan_at TEXT,
    last_scan_error TEXT NOT NULL DEFAULT ''
);

CREATE TABLE scans (
    id {{ID}},
    asset_id BIGINT NOT NULL REFERENCES assets(id) ON DELETE CASCADE,
    started_at TEXT NOT NULL,
    finished_at TEXT NOT NULL,
    status TEXT NOT NULL,
    installed_count INTEGER NOT NULL DEFAULT 0,
    pending_count INTEGER NOT NULL DEFAULT 0,
    security_pending_count INTEGER NOT NULL DEFAULT 0,
    error TEXT NOT NULL DEFAULT ''
);
CREATE INDEX scans_asset ON scans(asset_id, started_at);

CREATE TABLE installed_packages (
    asset_id BIGINT NOT NULL REFERENCES assets(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    architecture TEXT NOT NULL,
    version TEXT NOT NULL,
    source TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (asset_id, name, architecture)
);

-- One row per (asset, package, offered version). state: missing -> installed | superseded | resolved.
CREATE TABLE asset_patches (
    id {{ID}},
    asset_id BIGINT NOT NULL REFERENCES assets(id) ON DELETE CASCADE,
    package TEXT NOT NULL,
    architecture TEXT NOT NULL,
    installed_version TEXT NOT NULL,
    available_version TEXT NOT NULL,
    origin TEXT NOT NULL DEFAULT '',
    advisory TEXT NOT NULL DEFAULT '',
    classification TEXT NOT NULL DEFAULT 'other',
    severity TEXT NOT NULL DEFAULT 'unknown',
    cves TEXT NOT NULL DEFAULT '',
    state TEXT NOT NULL DEFAULT 'missing',
    detected_at TEXT NOT NULL,
    resolved_at TEXT,
    UNIQUE (asset_id, package, architecture, available_version)
);
CREATE INDEX asset_patches_state ON asset_patches(state, asset_id);

CREATE TABLE compliance_snapshots (
    id {{ID}},
    asset_id BIGINT NOT NULL REFERENCES assets(id) ON DELETE CASCADE,
    taken_at TEXT NOT NULL,
    pending_count INTEGER NOT NULL,
    security_pending_count INTEGER NOT NULL,
    oldest_security_detected_at TEXT
);
CREATE INDEX compliance_snapshots_time ON compliance_snapshots(taken_at);

CREATE TABLE change_requests (
    id {{ID}},
    title TEXT NOT NULL,
    state TEXT NOT NULL DEFAULT 'draft',
    requested_by TEXT NOT NULL,
    created_at TEXT NOT NULL,
    submitted_at TEXT,
    window_start TEXT,
    window_end TEXT,
    emergency INTEGER NOT NULL DEFAULT 0,
    justification TEXT NOT NULL DEFAULT '',
    patch_count INTEGER NOT NULL DEFAULT 0,
    asset_count INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE deployments (
    id {{ID}},
    change_request_id BIGINT NOT NULL REFERENCES change_requests(id),
    asset_id BIGINT NOT NULL REFERENCES assets(id),
    ring TEXT NOT NULL DEFAULT '',
    state TEXT NOT NULL DEFAULT 'pending',
    started_at TEXT,
    finished_at TEXT,
    detail TEXT NOT NULL DEFAULT ''
);

-- Append-only, hash-chained: each row stores the previous row's hash (see AuditLog).
CREATE TABLE audit_events (
    id {{ID}},
    at TEXT NOT NULL,
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    subject TEXT NOT NULL,
    details TEXT NOT NULL,
    previous_hash TEXT NOT NULL,
    hash TEXT NOT NULL
);
