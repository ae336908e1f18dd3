-- Patchwright schema 17: installed packages are no longer indexed by their source package (issue 15, scan
-- client CPU). Every scan writes an asset's whole package list, and an index keyed by source put each of its
-- 2,000 rows on a different page of a fleet-wide index: a scan dirtied about a thousand pages there, each
-- read, decrypted, re-encrypted and written to the WAL (pw_bench_scan, 60 hosts: the client's CPU 5.5 -> 3.3
-- s, its store 3.5 -> 1.5 s). The one query that used it (the hosts of one source package's update,
-- FleetExposureRepository::hostsOfUpdate) now starts from the update's binary packages and the
-- asset_patches_package index.
DROP INDEX installed_packages_source;
