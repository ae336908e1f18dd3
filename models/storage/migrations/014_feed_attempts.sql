-- Patchwright schema 14: each feed's last sync attempt and how it ended (issue 14, Intel ▸ Feeds…), kept
-- apart from feed_state (the last successful import, written in the import's transaction) so a failed or
-- cancelled attempt never touches what was imported. `feed` is feed_state's key ("kev", "osv:Debian" ...).
CREATE TABLE feed_attempts (
    feed TEXT PRIMARY KEY,
    attempted_at TEXT NOT NULL,
    outcome TEXT NOT NULL DEFAULT '',
    error TEXT NOT NULL DEFAULT ''
);
