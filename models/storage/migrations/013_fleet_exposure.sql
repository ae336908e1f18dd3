-- Patchwright schema 13: the cross-host views (Vulnerabilities pane, `vulns --by`). Each scanner finding's
-- CVEs as rows, so findings are counted per CVE and matched to the pending patches that close them in SQL
-- (scanner_findings.cves stays, as the report stated them); the engine-specific part copies the findings
-- imported before this version.
CREATE TABLE finding_cves (
    finding_id BIGINT NOT NULL REFERENCES scanner_findings(id) ON DELETE CASCADE,
    cve_id TEXT NOT NULL,
    PRIMARY KEY (finding_id, cve_id)
);
CREATE INDEX finding_cves_cve ON finding_cves(cve_id);

-- The hosts of one update row: an advisory's pending patches, a source package's binaries (then their patch
-- through the asset_patches key), and the patches of a binary named like the source. Partial on
-- advisory: most patches have none.
CREATE INDEX asset_patches_advisory ON asset_patches(advisory) WHERE advisory <> '';
CREATE INDEX asset_patches_package ON asset_patches(package, available_version);
CREATE INDEX installed_packages_source ON installed_packages(source);
-- Every column of a pending patch the cross-host views read (its id is the key each entry carries), so they
-- read this index instead of the table's wide rows (CVE lists, origins): on SQLCipher every page read is
-- a page decrypted.
CREATE INDEX asset_patches_pending ON asset_patches(state, asset_id, package, architecture, available_version,
                                                   advisory, detected_at);
