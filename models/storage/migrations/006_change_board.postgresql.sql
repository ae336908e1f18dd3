-- PostgreSQL only (team mode): the change board's rules enforced by the server, whatever client writes.
-- "Admin" here is whoever may write deployments (members of patchwright_admin, and the owner).

-- A decision is recorded under the login that makes it, never by the change's requester or last editor,
-- for the change's current revision, and only while the change can be decided on.
CREATE FUNCTION patchwright_approval_rules() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    change RECORD;
BEGIN
    IF NEW.reviewer IS DISTINCT FROM session_user::text THEN
        RAISE EXCEPTION 'decisions are recorded under the database login (%), not %', session_user,
            NEW.reviewer USING ERRCODE = 'insufficient_privilege';
    END IF;
    SELECT requested_by, edited_by, revision, state, emergency INTO change
        FROM change_requests WHERE id = NEW.change_request_id;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'there is no change request #%', NEW.change_request_id;
    END IF;
    IF NEW.reviewer = change.requested_by OR NEW.reviewer = change.edited_by THEN
        RAISE EXCEPTION '% requested or edited change #% and cannot also decide on it', NEW.reviewer,
            NEW.change_request_id USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF NEW.self_approval <> 0 THEN
        RAISE EXCEPTION 'self-approval is not available on a team database' USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF NEW.revision IS DISTINCT FROM change.revision THEN
        RAISE EXCEPTION 'change #% is at revision %, not %', NEW.change_request_id, change.revision,
            NEW.revision USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF NOT (change.state = 'submitted' OR
            (change.emergency <> 0 AND change.state IN ('deployed', 'failed', 'rolled-back'))) THEN
        RAISE EXCEPTION 'change #% is %, not submitted', NEW.change_request_id, change.state
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END;
$$;
CREATE TRIGGER approvals_rules BEFORE INSERT ON approvals
    FOR EACH ROW EXECUTE FUNCTION patchwright_approval_rules();
CREATE TRIGGER approvals_no_update BEFORE UPDATE ON approvals
    FOR EACH ROW EXECUTE FUNCTION patchwright_audit_append_only();
CREATE TRIGGER approvals_no_delete BEFORE DELETE ON approvals
    FOR EACH ROW EXECUTE FUNCTION patchwright_audit_append_only();

-- A change becomes approved only with its quorum of approvals for its current revision; a reviewer moves a
-- change only from submitted (to approved, rejected, or back to draft) and marks it reviewed.
CREATE FUNCTION patchwright_change_rules() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    needed integer;
    approved integer;
BEGIN
    IF NEW.state = 'approved' AND OLD.state IS DISTINCT FROM 'approved' THEN
        SELECT COALESCE((SELECT value::integer FROM settings WHERE key = 'board.quorum.' || NEW.risk), 1)
            INTO needed;
        SELECT count(DISTINCT reviewer) INTO approved FROM approvals
            WHERE change_request_id = NEW.id AND decision = 'approved' AND revision = NEW.revision;
        IF approved < needed THEN
            RAISE EXCEPTION 'change #% has % of the % approvals it needs', NEW.id, approved, needed
                USING ERRCODE = 'insufficient_privilege';
        END IF;
    END IF;
    IF NOT has_table_privilege(session_user, 'deployments', 'INSERT') THEN
        IF NOT (OLD.state = NEW.state OR
                (OLD.state = 'submitted' AND NEW.state IN ('approved', 'rejected', 'draft'))) THEN
            RAISE EXCEPTION 'only an admin moves change #% from % to %', NEW.id, OLD.state, NEW.state
                USING ERRCODE = 'insufficient_privilege';
        END IF;
    END IF;
    RETURN NEW;
END;
$$;
CREATE TRIGGER change_requests_rules BEFORE UPDATE ON change_requests
    FOR EACH ROW EXECUTE FUNCTION patchwright_change_rules();

GRANT UPDATE (state, submitted_at, reviewed_at) ON change_requests TO patchwright_reviewer;
REVOKE UPDATE, DELETE ON approvals FROM patchwright_admin;
