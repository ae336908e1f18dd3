-- PostgreSQL only (team mode): checkpoints are append-only, each is written under the database login that
-- signs it, and the database gets its identity (signed into every checkpoint).
CREATE TRIGGER audit_checkpoints_no_update BEFORE UPDATE ON audit_checkpoints
    FOR EACH ROW EXECUTE FUNCTION patchwright_audit_append_only();
CREATE TRIGGER audit_checkpoints_no_delete BEFORE DELETE ON audit_checkpoints
    FOR EACH ROW EXECUTE FUNCTION patchwright_audit_append_only();
CREATE TRIGGER audit_checkpoints_no_truncate BEFORE TRUNCATE ON audit_checkpoints
    FOR EACH STATEMENT EXECUTE FUNCTION patchwright_audit_append_only();

CREATE FUNCTION patchwright_checkpoint_signer_is_login() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.signer IS DISTINCT FROM session_user::text THEN
        RAISE EXCEPTION 'audit checkpoints are signed under the database login (%), not %', session_user,
            NEW.signer USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END;
$$;
CREATE TRIGGER audit_checkpoints_signer_is_login BEFORE INSERT ON audit_checkpoints
    FOR EACH ROW EXECUTE FUNCTION patchwright_checkpoint_signer_is_login();

-- Admins and reviewers write checkpoints (append only); auditors read them.
REVOKE UPDATE, DELETE ON audit_checkpoints FROM patchwright_admin;
GRANT INSERT ON audit_checkpoints TO patchwright_admin, patchwright_reviewer;

INSERT INTO settings (key, value) VALUES ('database_id', md5(random()::text || clock_timestamp()::text));
