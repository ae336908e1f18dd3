-- Patchwright schema 5: signed checkpoints of the audit trail (see AuditCheckpoint). Each row says which
-- event was the head of the trail when it was signed, with that event's hash and the number of events, and
-- carries the signer's Ed25519 public key and signature. Ids are given by the writer, 1, 2, 3 … with no gap.
CREATE TABLE audit_checkpoints (
    id BIGINT PRIMARY KEY,
    at TEXT NOT NULL,
    signer TEXT NOT NULL,
    event_id BIGINT NOT NULL,
    event_hash TEXT NOT NULL,
    event_count BIGINT NOT NULL,
    public_key TEXT NOT NULL,
    signature TEXT NOT NULL
);

-- Finding a signer's registered keys ("audit.key.registered" events) without reading the whole trail.
CREATE INDEX audit_events_key_registrations ON audit_events(id) WHERE action = 'audit.key.registered';
