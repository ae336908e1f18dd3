-- Patchwright schema 2: what the rest of the flow needs — vulnerabilities and the CVEs a patch fixes,
-- change requests' contents and approvals, deployment step logs, users and roles, and the SSH host keys
-- the admin accepted. Portable SQL; engine-only parts live in 002_*.<dialect>.sql.

-- One row per CVE, filled from feeds (NVD, KEV, EPSS) and scanner imports.
CREATE TABLE vulnerabilities (
    cve_id TEXT PRIMARY KEY,
    published_at TEXT,
    description TEXT NOT NULL DEFAULT '',
    cvss_version TEXT NOT NULL DEFAULT '',
    cvss_base {{REAL}},
    cvss_vector TEXT NOT NULL DEFAULT '',
    epss {{REAL}},
    epss_percentile {{REAL}},
    epss_date TEXT,
    kev INTEGER NOT NULL DEFAULT 0,
    kev_date_added TEXT,
    kev_due_date TEXT,
    kev_ransomware INTEGER NOT NULL DEFAULT 0,
    updated_at TEXT NOT NULL
);

-- Which CVEs a pending patch on an asset closes, and who said so (advisory, OSV range, scanner).
CREATE TABLE patch_cves (
    asset_patch_id BIGINT NOT NULL REFERENCES asset_patches(id) ON DELETE CASCADE,
    cve_id TEXT NOT NULL,
    source TEXT NOT NULL,
    PRIMARY KEY (asset_patch_id, cve_id)
);
CREATE INDEX patch_cves_cve ON patch_cves(cve_id);

-- What a change request covers: a patch on an asset, with the version the rollback returns to.
CREATE TABLE change_request_patches (
    change_request_id BIGINT NOT NULL REFERENCES change_requests(id) ON DELETE CASCADE,
    asset_patch_id BIGINT NOT NULL REFERENCES asset_patches(id),
    rollback_version TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (change_request_id, asset_patch_id)
);

-- Each reviewer's decision on a change request (the engine enforces quorum and separation of duties).
CREATE TABLE approvals (
    id {{ID}},
    change_request_id BIGINT NOT NULL REFERENCES change_requests(id) ON DELETE CASCADE,
    reviewer TEXT NOT NULL,
    decision TEXT NOT NULL CHECK (decision IN ('approved', 'rejected', 'changes-requested')),
    comment TEXT NOT NULL DEFAULT '',
    decided_at TEXT NOT NULL
);
CREATE INDEX approvals_change ON approvals(change_request_id);

-- Every step of a deployment on an asset: commands run, versions before/after, verification, rollback.
CREATE TABLE deployment_steps (
    id {{ID}},
    deployment_id BIGINT NOT NULL REFERENCES deployments(id) ON DELETE CASCADE,
    at TEXT NOT NULL,
    step TEXT NOT NULL,
    status TEXT NOT NULL,
    exit_code INTEGER,
    detail TEXT NOT NULL DEFAULT ''
);
CREATE INDEX deployment_steps_deployment ON deployment_steps(deployment_id, id);

-- Local-mode users and their roles (team mode: database logins and PostgreSQL roles).
CREATE TABLE users (
    id {{ID}},
    name TEXT NOT NULL UNIQUE,
    role TEXT NOT NULL CHECK (role IN ('admin', 'reviewer', 'auditor')),
    created_at TEXT NOT NULL,
    disabled INTEGER NOT NULL DEFAULT 0
);

-- SSH host keys the admin accepted (first contact asks; a changed key refuses).
CREATE TABLE known_host_keys (
    host TEXT NOT NULL,
    port INTEGER NOT NULL,
    key_type TEXT NOT NULL,
    fingerprint_sha256 TEXT NOT NULL,
    accepted_by TEXT NOT NULL,
    accepted_at TEXT NOT NULL,
    PRIMARY KEY (host, port, key_type)
);
