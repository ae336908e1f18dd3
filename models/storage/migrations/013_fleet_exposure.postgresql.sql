-- PostgreSQL: split each stored finding's comma-separated CVEs into finding_cves rows.
INSERT INTO finding_cves (finding_id, cve_id)
SELECT DISTINCT f.id, c.cve FROM scanner_findings f, unnest(string_to_array(f.cves, ',')) AS c(cve)
WHERE c.cve <> '';
