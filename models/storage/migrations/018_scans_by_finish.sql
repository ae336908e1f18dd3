-- Patchwright schema 18: each asset's scans by the moment they finished (issue 15, the Compliance pane at
-- 100,000 assets). The figures of a window need, per asset, its last scan and its last good scan before the
-- window starts. With no index by finish time, that was a read of every scan before it: 5.2 M rows and 8.3 s
-- of the pane's first load at 100,000 assets. With this one it is two short walks down each asset's entries
-- (MetricHistory::lastScansBefore): id orders scans that finished at the same moment as they were made, and
-- status lets the walk for the last good scan stay in the index.
CREATE INDEX scans_asset_finished ON scans(asset_id, finished_at, id, status);
