-- SQLite only: checkpoints are append-only like the trail, and the database gets its identity (signed into
-- every checkpoint, so one cannot be carried over from another database).
CREATE TRIGGER audit_checkpoints_no_update BEFORE UPDATE ON audit_checkpoints
BEGIN
    SELECT RAISE(ABORT, 'audit checkpoints are append-only');
END;
CREATE TRIGGER audit_checkpoints_no_delete BEFORE DELETE ON audit_checkpoints
BEGIN
    SELECT RAISE(ABORT, 'audit checkpoints are append-only');
END;
INSERT INTO settings (key, value) VALUES ('database_id', lower(hex(randomblob(16))));
