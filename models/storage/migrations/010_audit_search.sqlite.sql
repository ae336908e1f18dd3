-- SQLite only: the action index, in SQLite's byte order.
CREATE INDEX audit_events_action ON audit_events(action, at);
