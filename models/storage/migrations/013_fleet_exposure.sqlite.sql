-- SQLite: split each stored finding's comma-separated CVEs into finding_cves rows.
INSERT INTO finding_cves (finding_id, cve_id)
WITH RECURSIVE split(id, cve, rest) AS (
    SELECT id, '', cves || ',' FROM scanner_findings WHERE cves <> ''
    UNION ALL
    SELECT id, substr(rest, 1, instr(rest, ',') - 1), substr(rest, instr(rest, ',') + 1) FROM split
    WHERE rest <> ''
)
SELECT DISTINCT id, cve FROM split WHERE cve <> '';
