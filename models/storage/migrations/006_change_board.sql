-- Patchwright schema 6: the change board's rules. A change request has a risk (the quorum may differ per
-- risk), the requester's rollback statement, and a revision raised by every edit: an approval counts only
-- for the revision it approved, so editing a change voids the approvals given before. The last editor, like
-- the requester, never approves it. An emergency change gets a review deadline when it is submitted and is
-- reviewed once the quorum approved it (or it was rejected). Portable SQL; the server's own enforcement in
-- team mode is in 006_change_board.postgresql.sql.
ALTER TABLE change_requests ADD COLUMN risk TEXT NOT NULL DEFAULT 'medium';
ALTER TABLE change_requests ADD COLUMN rollback_plan TEXT NOT NULL DEFAULT '';
ALTER TABLE change_requests ADD COLUMN revision INTEGER NOT NULL DEFAULT 1;
ALTER TABLE change_requests ADD COLUMN edited_by TEXT NOT NULL DEFAULT '';
ALTER TABLE change_requests ADD COLUMN edited_at TEXT;
ALTER TABLE change_requests ADD COLUMN review_due_at TEXT;
ALTER TABLE change_requests ADD COLUMN reviewed_at TEXT;
CREATE INDEX change_requests_state ON change_requests(state);

ALTER TABLE approvals ADD COLUMN revision INTEGER NOT NULL DEFAULT 1;
ALTER TABLE approvals ADD COLUMN self_approval INTEGER NOT NULL DEFAULT 0;
