-- Patchwright schema 16: what the Assets pane shows of each asset's history, kept on the asset (issue 15, a
-- console that stays fluid at 100,000 assets). Before, the pane counted each asset's installed packages and
-- found its newest scan with a correlated subquery per asset: at 100,000 assets (5.2 M scans, and 200 M
-- installed rows on a real fleet) that alone took longer than the 2 s the whole launch may take. The scan
-- that writes the installed rows and the scan row (ScanRepository, in one transaction) now writes both here.
-- installed_count: the rows of installed_packages; last_scan_status: the newest scan's status (NULL: never
-- scanned).
ALTER TABLE assets ADD COLUMN installed_count BIGINT NOT NULL DEFAULT 0;
ALTER TABLE assets ADD COLUMN last_scan_status TEXT;
UPDATE assets SET installed_count = (SELECT COUNT(*) FROM installed_packages i WHERE i.asset_id = assets.id);
UPDATE assets SET last_scan_status = (SELECT s.status FROM scans s WHERE s.asset_id = assets.id
                                      ORDER BY s.started_at DESC, s.id DESC LIMIT 1);
-- The pending and security counts read this index alone (classification was a read of the patch's wide row
-- per pending patch: 9 s for 412,642 pending patches at 100,000 assets).
DROP INDEX asset_patches_state;
CREATE INDEX asset_patches_state ON asset_patches(state, asset_id, classification);
