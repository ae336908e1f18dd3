-- SQLite only: the audit trail is append-only at the engine level too. (Whoever holds the key can drop
-- these triggers; the hash chain is what proves an edit, and `audit verify` finds it.)
CREATE TRIGGER audit_events_no_update BEFORE UPDATE ON audit_events
BEGIN
    SELECT RAISE(ABORT, 'the audit trail is append-only');
END;
CREATE TRIGGER audit_events_no_delete BEFORE DELETE ON audit_events
BEGIN
    SELECT RAISE(ABORT, 'the audit trail is append-only');
END;
