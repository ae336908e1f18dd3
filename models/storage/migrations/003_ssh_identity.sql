-- Patchwright schema 3: the private key file an SSH asset logs in with (a path on the console's machine,
-- never the key itself; passwords live in the OS keychain, never here).
ALTER TABLE assets ADD COLUMN identity_file TEXT NOT NULL DEFAULT '';
