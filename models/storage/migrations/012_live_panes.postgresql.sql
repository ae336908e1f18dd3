-- PostgreSQL only (team mode): every audit event appended NOTIFYs the channel patchwright_audit with
-- "ID ACTION", so a console LISTENing (app/changes/AuditNotifications) reads the new events when they
-- commit instead of polling. A notification is sent only when the appending transaction commits, and never
-- carries more than the event's id and action (both already readable by every Patchwright role).
CREATE FUNCTION patchwright_audit_notify() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('patchwright_audit', NEW.id::text || ' ' || NEW.action);
    RETURN NULL;
END;
$$;
CREATE TRIGGER audit_events_notify AFTER INSERT ON audit_events
    FOR EACH ROW EXECUTE FUNCTION patchwright_audit_notify();
