#!/usr/bin/env bash
# Compiles Patchwright's platform code for Windows, with mingw-w64 and -fsyntax-only, on this Linux machine.
#
#   bash packaging/windows/syntax-check.sh [--build-dir DIR] [--list] [FILE...]
#
# What it checks: every .cpp of app/, models/ and ui/ that has a platform branch (Q_OS_*, _WIN32), includes a
# POSIX or Windows header, or names a POSIX call (fork, kill, isatty, getuid, umask, poll...) — or the FILEs
# given. Each is compiled as Windows sees it (x86_64-w64-mingw32-g++-posix, _WIN32 and Qt's Windows defines)
# with the flags of the real build: the defines, include folders and warnings of its compile command in
# DIR/compile_commands.json (default build/ci; configure it first with `cmake --preset ci`), -Werror included.
# Three failures per file:
#   1. a compile error or warning;
#   2. a POSIX-only header (<unistd.h>, <sys/socket.h>, <pwd.h>, <poll.h>...) included by Patchwright's own
#      code on the Windows path, even one mingw happens to ship (MSVC does not);
#   3. a POSIX-only name (::isatty, fork, kill, getuid, umask, ssize_t, STDIN_FILENO...) in Patchwright's own
#      code that Windows compiles, i.e. outside #ifdef Q_OS_UNIX — mingw declares some of them, MSVC none.
# 2 and 3 read the file preprocessed for Windows (-E -fdirectives-only: #if decided, macros kept) and its
# include tree (-H); posix-scan.py beside this script holds the lists of names and headers.
# Qt and the libraries are the Linux headers of this machine (Qt's own headers branch on _WIN32 themselves);
# the libraries' headers are reached through a private folder of links, never all of /usr/include, so glibc's
# headers cannot stand in for Windows ones. This is a syntax check, not a Windows build: nothing is linked
# and nothing runs (README, "Building on Windows").
# Needs g++-mingw-w64-x86-64-posix (`bash packaging/install-deps.sh --tests`); fails, never skips, without it.
set -euo pipefail

root="$(cd "$(dirname "$0")/../.." && pwd)"
build_dir="$root/build/ci"
list_only=0
files=()
while [ $# -gt 0 ]; do
  case "$1" in
    --build-dir) build_dir="$(cd "$2" && pwd)"; shift 2 ;;
    --list) list_only=1; shift ;;
    -h | --help) awk 'NR > 1 && !/^#/ { exit } NR > 1' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    -*) echo "syntax-check: unknown option '$1' (--help)" >&2; exit 2 ;;
    *) files+=("$1"); shift ;;
  esac
done

cxx=x86_64-w64-mingw32-g++-posix
if ! command -v "$cxx" >/dev/null; then
  echo "syntax-check: FAILED: $cxx is not installed, so nothing was checked." >&2
  echo "  Install it with: bash packaging/install-deps.sh --tests   (Debian package g++-mingw-w64-x86-64-posix)" >&2
  exit 1
fi
commands="$build_dir/compile_commands.json"
if [ ! -f "$commands" ]; then
  echo "syntax-check: FAILED: no $commands; configure first: cmake --preset ci" >&2
  exit 1
fi

cd "$root"
scan="$root/packaging/windows/posix-scan.py"
if [ ${#files[@]} -eq 0 ]; then
  mapfile -t files < <(python3 "$scan" select app models ui)
fi
if [ "$list_only" -eq 1 ]; then
  printf '%s\n' "${files[@]}"
  exit 0
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# The libraries' headers that sit directly in /usr/include, linked one by one (see above).
mkdir -p "$work/include/arch"
for name in libssh openssl qt6keychain sqlcipher yajl yaml-cpp zip.h zipconf.h zlib.h zconf.h; do
  for dir in /usr/include/x86_64-linux-gnu /usr/include; do
    if [ -e "$dir/$name" ]; then ln -s "$dir/$name" "$work/include/$name"; break; fi
  done
done
[ -d /usr/include/x86_64-linux-gnu/openssl ] && ln -s /usr/include/x86_64-linux-gnu/openssl "$work/include/arch/openssl"

# Each file's flags from its compile command: defines, include folders (Linux mkspec swapped for Windows's)
# and warnings; the Linux code-generation flags (-fPIC, -O, -g) and outputs are dropped.
python3 "$scan" flags "$commands" "$work" "${files[@]}"

check_one() {
  local i="$1" file="$2" work="$WORK" root="$ROOT" build="$BUILD"
  local out="$work/$i.out"
  local -a flags
  mapfile -t flags <"$work/$i.flags"
  # Qt6::Platform's definitions for a mingw target (WIN32 UNICODE ... MINGW_HAS_SECURE_API), Windows 10.
  local -a win=(-DWIN32 -DWIN64 -D_WIN64 -DUNICODE -D_UNICODE -D_ENABLE_EXTENDED_ALIGNED_STORAGE
    -DMINGW_HAS_SECURE_API=1 -D_WIN32_WINNT=0x0A00 -isystem "$work/include" -isystem "$work/include/arch")
  : >"$out"
  if ! "$cxx" -fsyntax-only "${win[@]}" "${flags[@]}" "$root/$file" >>"$out" 2>&1; then
    echo "$file: does not compile for Windows (above)" >>"$out"
    return 1
  fi
  if [ -s "$out" ]; then
    echo "$file: warnings for Windows (above)" >>"$out"
    return 1
  fi
  # Preprocessed as Windows sees it, with the include tree (-H) on stderr.
  "$cxx" -E -fdirectives-only -H "${win[@]}" "${flags[@]}" "$root/$file" -o "$work/$i.ii" 2>"$work/$i.tree" || true
  # 2. and 3.: POSIX headers our code includes, POSIX names in our code, as Windows sees them.
  python3 "$SCAN" scan "$root" "$build" "$root/$file" "$work/$i.ii" "$work/$i.tree" >>"$out" 2>&1 || true
  [ ! -s "$out" ]
}
export -f check_one
export cxx WORK="$work" ROOT="$root" BUILD="$build_dir" SCAN="$scan"

started=$(date +%s)
jobs="$(nproc 2>/dev/null || echo 2)"
for i in "${!files[@]}"; do printf '%s\0%s\0' "$i" "${files[$i]}"; done |
  xargs -0 -n 2 -P "$jobs" bash -c 'check_one "$1" "$2"' _ || true
failed=0
for i in "${!files[@]}"; do
  if [ -s "$work/$i.out" ]; then
    cat "$work/$i.out"
    failed=$((failed + 1))
  fi
done
elapsed=$(($(date +%s) - started))
if [ "$failed" -ne 0 ]; then
  echo "syntax-check: FAILED: $failed of ${#files[@]} files are not ready for Windows (${elapsed}s)"
  exit 1
fi
echo "syntax-check: every file compiles for Windows (${#files[@]}; mingw-w64, -fsyntax-only, ${elapsed}s):"
printf '  %s\n' "${files[@]}"
