#pragma once

#include <cstdio>
#include <cstdlib>
#include <unistd.h>
#include <vector>

// Re-runs the test binary inside a private D-Bus session (dbus-run-session) with an unlocked
// gnome-keyring-daemon, as a desktop session has, so a test uses a real Secret Service keychain and never the
// user's own. Call first in main(): returns only inside the private session (PW_TEST_KEYRING_SESSION set);
// otherwise it replaces the process, or returns false when dbus-run-session cannot be started.
inline bool runInPrivateKeyring(int argc, char *argv[])
{
    if (std::getenv("PW_TEST_KEYRING_SESSION"))
        return true;
    std::vector<char *> args{
        const_cast<char *>("dbus-run-session"), const_cast<char *>("--"), const_cast<char *>("sh"),
        const_cast<char *>("-c"),
        const_cast<char *>("printf pw | gnome-keyring-daemon --unlock --components=secrets "
                           ">/dev/null && PW_TEST_KEYRING_SESSION=1 exec \"$0\" \"$@\"")};
    for (int i = 0; i < argc; ++i)
        args.push_back(argv[i]);
    args.push_back(nullptr);
    execvp("dbus-run-session", args.data());
    std::perror("dbus-run-session");
    return false;
}
