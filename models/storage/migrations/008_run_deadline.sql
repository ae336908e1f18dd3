-- Schema 8: the latest instant a scheduled run may start (the end of the maintenance window it waits for,
-- less one asset's expected deployment time, or the deadline `deploy --at` was given). A scheduler that
-- finds a run past it marks the run missed instead of starting it late.
ALTER TABLE deployment_runs ADD COLUMN start_by TEXT;
CREATE INDEX deployment_runs_due ON deployment_runs(state, scheduled_for);
