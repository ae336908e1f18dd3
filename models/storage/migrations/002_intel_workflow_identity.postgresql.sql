-- PostgreSQL only (team mode): what the server enforces by itself. The database owner applies this, in the
-- same transaction as the portable part of schema 2; other logins never migrate (Database refuses).

-- The audit trail is append-only at the engine level too: no UPDATE, DELETE or TRUNCATE, whoever asks.
-- (The owner can drop these triggers; the hash chain is what proves an edit, and `audit verify` finds it.)
CREATE FUNCTION patchwright_audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the audit trail is append-only';
END;
$$;
CREATE TRIGGER audit_events_no_update BEFORE UPDATE ON audit_events
    FOR EACH ROW EXECUTE FUNCTION patchwright_audit_append_only();
CREATE TRIGGER audit_events_no_delete BEFORE DELETE ON audit_events
    FOR EACH ROW EXECUTE FUNCTION patchwright_audit_append_only();
CREATE TRIGGER audit_events_no_truncate BEFORE TRUNCATE ON audit_events
    FOR EACH STATEMENT EXECUTE FUNCTION patchwright_audit_append_only();

-- In team mode the actor of an event is the database login, and nobody can write one in another's name.
CREATE FUNCTION patchwright_audit_actor_is_login() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.actor IS DISTINCT FROM session_user::text THEN
        RAISE EXCEPTION 'audit events are recorded under the database login (%), not %', session_user, NEW.actor
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END;
$$;
CREATE TRIGGER audit_events_actor_is_login BEFORE INSERT ON audit_events
    FOR EACH ROW EXECUTE FUNCTION patchwright_audit_actor_is_login();

-- The three group roles (cluster-wide, NOLOGIN). Creating them needs CREATEROLE, unless a superuser made
-- them beforehand; logins become members: GRANT patchwright_reviewer TO bob.
DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'patchwright_admin') THEN
        CREATE ROLE patchwright_admin NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'patchwright_reviewer') THEN
        CREATE ROLE patchwright_reviewer NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'patchwright_auditor') THEN
        CREATE ROLE patchwright_auditor NOLOGIN;
    END IF;
END
$$;

-- Only the three roles may connect, and nobody gets temporary tables (an auditor writes nothing at all).
DO $$
BEGIN
    EXECUTE format('REVOKE CONNECT, TEMPORARY ON DATABASE %I FROM PUBLIC', current_database());
    EXECUTE format('GRANT CONNECT ON DATABASE %I TO patchwright_admin, patchwright_reviewer, '
                   'patchwright_auditor', current_database());
END
$$;

-- Everyone reads everything.
GRANT SELECT ON ALL TABLES IN SCHEMA public TO patchwright_admin, patchwright_reviewer, patchwright_auditor;
-- Admins change everything except the schema version and the audit trail (append only).
GRANT INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO patchwright_admin;
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO patchwright_admin;
REVOKE INSERT, UPDATE, DELETE ON schema_migrations FROM patchwright_admin;
REVOKE UPDATE, DELETE ON audit_events FROM patchwright_admin;
-- Reviewers decide on change requests, and record that they did.
GRANT INSERT ON approvals, audit_events TO patchwright_reviewer;
GRANT USAGE ON SEQUENCE approvals_id_seq TO patchwright_reviewer;
GRANT UPDATE (state, submitted_at) ON change_requests TO patchwright_reviewer;
-- Auditors: SELECT only (above).

-- Tables later migrations create get the same defaults (they run as the owner, like this one).
ALTER DEFAULT PRIVILEGES IN SCHEMA public
    GRANT SELECT ON TABLES TO patchwright_admin, patchwright_reviewer, patchwright_auditor;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT INSERT, UPDATE, DELETE ON TABLES TO patchwright_admin;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO patchwright_admin;
