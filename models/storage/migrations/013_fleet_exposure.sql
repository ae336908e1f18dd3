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
