#!/usr/bin/env python3
"""The text side of packaging/windows/syntax-check.sh (which says what is checked and why).

  posix-scan.py select DIR...                     the .cpp files worth compiling for Windows
  posix-scan.py flags COMPILE_COMMANDS OUT FILE...  each FILE's flags of the real build, in OUT/<n>.flags
  posix-scan.py scan ROOT BUILD SOURCE II TREE    POSIX headers and names in our code as Windows sees it

II is SOURCE preprocessed for Windows with -E -fdirectives-only (conditionals decided, macros not expanded, so
STDIN_FILENO is still STDIN_FILENO), TREE the compiler's -H include tree.
"""
import json
import os
import re
import shlex
import sys

# Calls that POSIX has and Windows (MSVC) lacks; mingw declares several of them, so compiling proves nothing.
POSIX_CALLS = (
    "fork vfork execv execve execvp execl execlp waitpid wait4 kill killpg getuid geteuid getgid getegid "
    "getpwuid getpwnam getppid setsid setpgid umask fchmod chown mkstemp mkdtemp poll isatty fileno sigaction "
    "sigprocmask sigemptyset setenv unsetenv realpath setrlimit getrlimit socketpair pipe dup2 fcntl ioctl "
    "usleep nanosleep sysconf readlink symlink chroot mmap munmap flock lstat fsync fdatasync strerror_r "
    "localtime_r gmtime_r timegm strptime strcasecmp strncasecmp"
).split()
# Common member names too (file.open(), socket.read()...): only the global ::name( form counts.
POSIX_GLOBAL_CALLS = "read write close open stat fstat chmod mkdir unlink access".split()
# Types and constants, names that are never ours.
POSIX_NAMES = (
    "ssize_t pid_t uid_t gid_t mode_t STDIN_FILENO STDOUT_FILENO STDERR_FILENO O_CLOEXEC O_NOFOLLOW SIGKILL "
    "SIGHUP SIGPIPE SIGCHLD SIGUSR1 SIGUSR2 SIGALRM SIGQUIT SIGSTOP SIGCONT SA_RESTART"
).split()
# Headers MSVC does not have (mingw ships some: unistd.h, pthread.h, dirent.h, sys/time.h...).
POSIX_HEADER = re.compile(
    r"/(unistd|pwd|grp|poll|netdb|termios|dirent|dlfcn|spawn|syslog|pthread|strings|libgen|sched|semaphore|"
    r"ifaddrs)\.h$|/sys/(socket|wait|resource|time|mman|un|select|ioctl|file|uio|utsname|prctl)\.h$|"
    r"/(arpa|netinet|net)/\w+\.h$")

NOT_AFTER = r"(?<![\w.>:])"  # not a member (x.f, p->f, Foo::f) and not part of a longer name
CALL = re.compile(NOT_AFTER + r"(?:::)?(" + "|".join(POSIX_CALLS) + r")\s*\(")
GLOBAL_CALL = re.compile(r"(?<![\w:>])::(" + "|".join(POSIX_GLOBAL_CALLS) + r")\s*\(")
NAME = re.compile(NOT_AFTER + r"(" + "|".join(POSIX_NAMES) + r")(?!\w)")
# "int poll(" declares our own function of that name; "return poll(" calls one.
DECLARATION = re.compile(r"(?<![\w:])(?!(?:return|case|throw|else|do|co_return|and|or|not)\b)[A-Za-z_]\w*[\s*&>]+$")
# For choosing files: platform branches, system headers, or any of the names above.
SELECT = re.compile(
    r"Q_OS_|_WIN32|Q_CC_MSVC|#\s*include\s*<(unistd|pwd|grp|poll|fcntl|netdb|termios|dirent|dlfcn|spawn|"
    r"syslog|csignal|signal|arpa/|netinet/|sys/|windows|winsock|ws2|io\.h|process\.h)")
LITERAL_OR_COMMENT = re.compile(r'//[^\n]*|/\*.*?\*/|"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\'', re.S)


def blank(match):
    """A comment or literal becomes spaces, its newlines kept, so line numbers stay right."""
    return re.sub(r"[^\n]", " ", match.group(0))


def posix_names(text):
    """The POSIX names one line of code (comments and literals blanked) uses."""
    found = []
    for m in CALL.finditer(text):
        if not DECLARATION.search(text[: m.start()]):
            found.append(m.group(1))
    found += [m.group(1) for m in GLOBAL_CALL.finditer(text)]
    found += [m.group(1) for m in NAME.finditer(text)]
    return found


def select(dirs):
    for d in dirs:
        for base, _, names in os.walk(d):
            for name in sorted(names):
                if name.endswith(".cpp"):
                    path = os.path.join(base, name)
                    text = LITERAL_OR_COMMENT.sub(blank, open(path, encoding="utf-8").read())
                    if SELECT.search(text) or any(posix_names(line) for line in text.splitlines()):
                        yield path


def flags(commands, out, files):
    entries = {}
    for e in json.load(open(commands)):
        args = e.get("arguments") or shlex.split(e["command"])
        entries[os.path.realpath(os.path.join(e["directory"], e["file"]))] = args
    missing = []
    for i, f in enumerate(files):
        args = entries.get(os.path.realpath(f))
        if args is None:
            missing.append(f)
            continue
        kept, it = [], iter(args[1:])
        for a in it:
            if a in ("-o", "-c", "-MF", "-MT", "-MQ"):
                next(it, None)
            elif a in ("-isystem", "-I", "-include"):
                kept += [a, next(it)]
            elif a.startswith(("-D", "-I", "-W", "-std=")) and not a.startswith("-Wl,"):
                kept.append(a)
            # the rest (-O2, -g1, -fPIC, -MD, the source) is Linux code generation and output
        kept = [a.replace("/mkspecs/linux-g++", "/mkspecs/win32-g++") for a in kept]
        with open(os.path.join(out, f"{i}.flags"), "w") as fh:
            fh.write("\n".join(kept) + "\n")
    if missing:
        sys.exit("syntax-check: FAILED: not in the build's compile commands (a new file: run `cmake --preset "
                 "ci` again): " + " ".join(missing))


def ours(path, root, build):
    return path.startswith(root) and not path.startswith(build)


def scan(root, build, source, ii, tree):
    root, build = root.rstrip("/") + "/", build.rstrip("/") + "/"
    problems = []
    # Includes: "... /path" lines, one dot per level; the includer is the nearest line one level up.
    stack = {0: source}
    for line in open(tree, encoding="utf-8", errors="replace"):
        m = re.match(r"^(\.+) (\S+)$", line.rstrip("\n"))
        if not m:
            continue
        depth, path = len(m.group(1)), m.group(2)
        stack[depth] = path
        parent = stack.get(depth - 1, source)
        if POSIX_HEADER.search(path) and ours(parent, root, build):
            problems.append(f"{parent[len(root):]}: includes POSIX-only <{path}> on the Windows path "
                            "(put it under #ifdef Q_OS_UNIX, with a Windows branch)")
    # Our own lines of the preprocessed text, in runs between line markers.
    runs, current, where = [], [], None
    for raw in open(ii, encoding="utf-8", errors="replace"):
        m = re.match(r'^# (\d+) "([^"]*)"', raw)
        if m:
            if current:
                runs.append((where, current))
            where, current = (m.group(2), int(m.group(1))), []
        elif where and ours(where[0], root, build):
            current.append(raw.rstrip("\n"))
    if current:
        runs.append((where, current))
    for (path, first), lines in runs:
        text = LITERAL_OR_COMMENT.sub(blank, "\n".join(lines))
        for n, line in enumerate(text.split("\n")):
            names = posix_names(line)
            if names:
                problems.append(f"{path[len(root):]}:{first + n}: POSIX-only {', '.join(sorted(set(names)))} "
                                f"outside #ifdef Q_OS_UNIX: {lines[n].strip()}")
    print("\n".join(dict.fromkeys(problems)) if problems else "", end="\n" if problems else "")
    return 1 if problems else 0


if __name__ == "__main__":
    command, args = sys.argv[1], sys.argv[2:]
    if command == "select":
        print("\n".join(sorted(select(args))))
    elif command == "flags":
        flags(args[0], args[1], args[2:])
    elif command == "scan":
        sys.exit(scan(*args))
    else:
        sys.exit(f"posix-scan: unknown command {command}")
