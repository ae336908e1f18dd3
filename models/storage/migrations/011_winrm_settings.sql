-- Patchwright schema 11: how the console talks to a WinRM asset (issue 13). Paths of files on the console's
-- machine only: passwords stay in the OS keychain, pinned certificate fingerprints in known_host_keys.
ALTER TABLE assets ADD COLUMN winrm_auth TEXT NOT NULL DEFAULT 'ntlm';
ALTER TABLE assets ADD COLUMN winrm_allow_http INTEGER NOT NULL DEFAULT 0;
ALTER TABLE assets ADD COLUMN winrm_ca_file TEXT NOT NULL DEFAULT '';
ALTER TABLE assets ADD COLUMN winrm_client_cert TEXT NOT NULL DEFAULT '';
ALTER TABLE assets ADD COLUMN winrm_client_key TEXT NOT NULL DEFAULT '';
