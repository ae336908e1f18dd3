#pragma once

// Re-runs the program in a private mount namespace (`unshare --mount --propagation private`), so the
// overlay and /proc mounts of its test hosts die with it whatever happens. Call first thing in main():
// it returns true in the re-run (PW_TEST_MOUNT_NAMESPACE is set there) and, in the first run, only
// returns (false, after printing why) when unshare could not be started. Needs root.
#include <QtGlobal>

#include <cstdio>
#include <unistd.h>
#include <vector>

inline bool inPrivateMountNamespace(int argc, char **argv)
{
    if (qEnvironmentVariableIsSet("PW_TEST_MOUNT_NAMESPACE"))
        return true;
    std::vector<char *> args{
        const_cast<char *>("unshare"),       const_cast<char *>("--mount"),
        const_cast<char *>("--propagation"), const_cast<char *>("private"),
        const_cast<char *>("env"),           const_cast<char *>("PW_TEST_MOUNT_NAMESPACE=1")};
    for (int i = 0; i < argc; ++i)
        args.push_back(argv[i]);
    args.push_back(nullptr);
    execvp("unshare", args.data());
    perror("unshare");
    return false;
}
