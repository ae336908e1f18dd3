#pragma once

#include <QString>

// Folders and files only their owner may read, whatever the umask: the database's folder is created 0700
// (each folder Patchwright creates; existing ones are left as they are) and the database file 0600 before
// SQLite opens it, so its -wal and -shm files (SQLite gives them the database file's mode) are 0600 too.
// On Windows the files live in the user's profile, whose ACLs already restrict them: nothing is changed.
namespace PrivatePaths {

// Creates `path` and its missing parents, each created one 0700 (Unix). False when it could not.
bool makeFolder(const QString &path);
// Creates `path` empty and 0600 when it does not exist, and sets 0600 when it does (Unix). False when the
// file could not be created.
bool makeFile(const QString &path);

} // namespace PrivatePaths
