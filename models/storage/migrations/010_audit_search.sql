-- Schema 10: searching the audit trail (`audit list --from --to --actor --action --subject`, the Audit pane's
-- filters) reads indexes, not the whole trail. The action index is per engine (byte order on PostgreSQL, so
-- a prefix such as `change.` is a range on it).
CREATE INDEX audit_events_at ON audit_events(at);
CREATE INDEX audit_events_actor ON audit_events(actor, at);
