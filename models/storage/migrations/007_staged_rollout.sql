-- Patchwright schema 7: staged rollout. Rings in order, each with its gate (what lets a run go on to the next
-- ring) and how many of its assets deploy at once; maintenance windows per ring or per asset; a change's own
-- ring plan; deployment runs that walk a change's rings, written before and after every step so a run
-- survives a restart or a crash; and every gate's verdict.

-- Rings in deployment order (assets name theirs in assets.ring; an asset without one is in the last stage).
CREATE TABLE rings (
    name TEXT PRIMARY KEY,
    position INTEGER NOT NULL,
    min_success_percent INTEGER NOT NULL DEFAULT 100,  -- of the ring's assets, for the run to go on
    halt_on_failed_verification INTEGER NOT NULL DEFAULT 1,
    soak_minutes INTEGER NOT NULL DEFAULT 0,          -- wait after the ring before the next one starts
    parallelism INTEGER NOT NULL DEFAULT 4,
    updated_by TEXT NOT NULL DEFAULT '',
    updated_at TEXT
);

-- When deployments may run: per ring or per asset (an asset's own windows replace its ring's), as
-- MaintenanceWindow text in an IANA time zone.
CREATE TABLE maintenance_windows (
    id {{ID}},
    scope TEXT NOT NULL CHECK (scope IN ('ring', 'asset')),
    target TEXT NOT NULL,
    spec TEXT NOT NULL,
    time_zone TEXT NOT NULL,
    created_by TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE INDEX maintenance_windows_target ON maintenance_windows(scope, target);

-- The rings a change goes to, in order (comma-separated); empty: every ring, in the rings' order.
ALTER TABLE change_requests ADD COLUMN ring_plan TEXT NOT NULL DEFAULT '';

-- One staged deployment (or rollback) of a change: its plan, where it stands, and which process drives it.
CREATE TABLE deployment_runs (
    id {{ID}},
    change_request_id BIGINT NOT NULL REFERENCES change_requests(id),
    kind TEXT NOT NULL,
    state TEXT NOT NULL,
    rings TEXT NOT NULL,
    current_stage INTEGER NOT NULL DEFAULT 0,
    created_by TEXT NOT NULL,
    created_at TEXT NOT NULL,
    scheduled_for TEXT,
    started_at TEXT,
    finished_at TEXT,
    owner TEXT NOT NULL DEFAULT '',
    detail TEXT NOT NULL DEFAULT ''
);
CREATE INDEX deployment_runs_state ON deployment_runs(state);
CREATE INDEX deployment_runs_change ON deployment_runs(change_request_id);

-- Which run an asset's deployment belongs to (none for deployments made before schema 7).
ALTER TABLE deployments ADD COLUMN run_id BIGINT REFERENCES deployment_runs(id);
CREATE INDEX deployments_run ON deployments(run_id);

-- Each gate's verdict between rings, and each admin's decision on a halted run.
CREATE TABLE gate_verdicts (
    id {{ID}},
    run_id BIGINT NOT NULL REFERENCES deployment_runs(id) ON DELETE CASCADE,
    stage INTEGER NOT NULL,
    ring TEXT NOT NULL,
    decided_at TEXT NOT NULL,
    verdict TEXT NOT NULL,
    decided_by TEXT NOT NULL,
    succeeded INTEGER NOT NULL DEFAULT 0,
    failed INTEGER NOT NULL DEFAULT 0,
    failed_verifications INTEGER NOT NULL DEFAULT 0,
    detail TEXT NOT NULL DEFAULT ''
);
CREATE INDEX gate_verdicts_run ON gate_verdicts(run_id, id);
