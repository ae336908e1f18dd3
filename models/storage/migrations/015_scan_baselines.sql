-- Patchwright schema 15: the fingerprint each asset printed at its last scan (ScanScript: a checksum of its
-- package databases and the metadata the scan reads) and the result that went with it (issue 15, warm
-- rescans). When the asset prints the same fingerprint again, the scan stores that result again without
-- reading or parsing anything, also after the console restarts and from the CLI. `record` is the scan
-- record as the asset reported it (zlib-compressed JSON, ScanBaselineRepository), so it stays exactly what
-- the asset said with that fingerprint whatever changed the asset's rows since.
CREATE TABLE scan_baselines (
    asset_id BIGINT PRIMARY KEY REFERENCES assets(id) ON DELETE CASCADE,
    fingerprint TEXT NOT NULL,
    record {{BLOB}} NOT NULL,
    recorded_at TEXT NOT NULL
);
