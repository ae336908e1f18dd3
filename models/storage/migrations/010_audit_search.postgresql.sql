-- PostgreSQL only: the action index in byte order ("C"), which `action COLLATE "C" >= ? AND < ?` reads.
CREATE INDEX audit_events_action ON audit_events(action COLLATE "C", at);

-- An auditor exports what it reads, and each export is an audit event (report.exported, with the file's
-- SHA-256). That event is the only row an auditor may write: it may append to the trail, under its own
-- login (audit_events_actor_is_login), and only that action.
CREATE FUNCTION patchwright_auditor_appends_exports_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF pg_has_role(session_user, 'patchwright_auditor', 'MEMBER')
       AND NOT pg_has_role(session_user, 'patchwright_admin', 'MEMBER')
       AND NOT pg_has_role(session_user, 'patchwright_reviewer', 'MEMBER')
       AND NEW.action IS DISTINCT FROM 'report.exported' THEN
        RAISE EXCEPTION 'an auditor records only its exports (report.exported) in the audit trail, not %',
            NEW.action USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END;
$$;
CREATE TRIGGER audit_events_auditor_exports_only BEFORE INSERT ON audit_events
    FOR EACH ROW EXECUTE FUNCTION patchwright_auditor_appends_exports_only();
GRANT INSERT ON audit_events TO patchwright_auditor;
