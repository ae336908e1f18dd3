#!/usr/bin/env bash
# The .deb in a clean Debian 12 root (issue 16): builds the package with cpack in a temporary folder, checks
# what is in it (files, Depends, no tests, benches or build paths, stripped, no RUNPATH), copies the cached
# minbase root of the tests (tests/support/debian-endpoint-base.sh; the cache itself is never written), installs
# the package there with apt-get from the Debian mirror this machine uses, and then, from the installed files
# only: `patchwright-cli --version`, a new database in passphrase mode (the passphrase in a 0600 file, never an
# argument), and the console under Xvfb, which must show its main window and open that database. Prints the
# .deb's size, its Depends line and the time from `apt-get install ./patchwright_*.deb` to a running console.
#
#   deb_package.sh BUILD_DIR SOURCE_DIR      (ctest runs it; needs root, as the other chroot tests)
#
# The X server is the host's Xvfb, reached through its abstract socket (a chroot keeps the network namespace):
# the console itself and every library and Qt plugin it maps come from the root, which the test checks in
# /proc/PID/maps. Mounts live in a private mount namespace, so they die with the test whatever happens.
set -euo pipefail

build=$(realpath "$1")
source_dir=$(realpath "$2")
if [ "$(id -u)" -ne 0 ]; then
    echo "deb_package: a chroot with /proc and /dev mounted needs root, as CI has" >&2
    exit 1
fi
if [ -z "${PW_TEST_MOUNT_NAMESPACE:-}" ]; then
    exec unshare --mount --propagation private env PW_TEST_MOUNT_NAMESPACE=1 bash "$0" "$@"
fi

fail() {
    echo "deb_package: FAIL: $*" >&2
    exit 1
}
now() { echo "$EPOCHREALTIME"; }
seconds_since() { awk -v a="$1" -v b="$EPOCHREALTIME" 'BEGIN { printf "%.1f", b - a }'; }
# Polls `check` (a function name) every 0.2 s until it succeeds or `limit` seconds pass.
wait_for() {
    local limit=$1 check=$2 start=$EPOCHREALTIME
    until "$check"; do
        if awk -v a="$start" -v b="$EPOCHREALTIME" -v l="$limit" 'BEGIN { exit !(b - a > l) }'; then
            return 1
        fi
        sleep 0.2
    done
}

work=$(mktemp -d "${TMPDIR:-/var/tmp}/pw-deb.XXXXXX")
root="$work/root"
gui_pid='' xvfb_pid=''
cleanup() {
    set +e # every step, whatever the one before said (a killed process's wait returns 143)
    if [ -n "$gui_pid" ]; then kill "$gui_pid" 2>/dev/null; wait "$gui_pid" 2>/dev/null; fi
    if [ -n "$xvfb_pid" ]; then kill "$xvfb_pid" 2>/dev/null; wait "$xvfb_pid" 2>/dev/null; fi
    # Anything else the test started in the root (a helper the console spawned) would keep its mounts busy.
    local proc
    for proc in /proc/[0-9]*; do
        [ "$(readlink "$proc/root" 2>/dev/null)" = "$root" ] && kill -KILL "${proc#/proc/}" 2>/dev/null
    done
    # Innermost first; the folder is removed only when nothing is mounted under it any more (a bound /dev).
    awk -v w="$work/" 'index($2, w) == 1 { print $2 }' /proc/self/mounts | sort -r | while read -r m; do
        umount "$m" || umount -l "$m"
    done
    if awk -v w="$work/" 'index($2, w) == 1 { found = 1 } END { exit !found }' /proc/self/mounts; then
        echo "deb_package: still mounted under $work; left in place" >&2
    else
        rm -rf --one-file-system "$work"
    fi
}
trap cleanup EXIT
trap 'exit 1' INT TERM

# --- The package --------------------------------------------------------------------------------------------
# cpack packs what is built: first the targets with install rules (in CI everything is built, so this is quick).
start=$(now)
if ! cmake --build "$build" --target patchwright patchwright-cli pw_desktop_files >"$work/cpack.log" 2>&1 ||
    ! (cd "$build" && cpack -G DEB -B "$work/pkg" >>"$work/cpack.log" 2>&1); then
    cat "$work/cpack.log" >&2
    fail "building the programs or cpack -G DEB failed"
fi
debs=("$work"/pkg/patchwright_*.deb)
if [ ${#debs[@]} -ne 1 ] || [ ! -f "${debs[0]}" ]; then fail "cpack made no single patchwright_*.deb: ${debs[*]}"; fi
deb=${debs[0]}
echo "deb_package: built and packed in $(seconds_since "$start") s"
version=$(dpkg-deb -f "$deb" Version)
depends=$(dpkg-deb -f "$deb" Depends)
size=$(stat -c %s "$deb")
echo "deb_package: $(basename "$deb"): $size bytes ($(awk -v s="$size" 'BEGIN { printf "%.1f", s / 1048576 }') MiB)"
echo "deb_package: Depends: $depends"
echo "deb_package: Recommends: $(dpkg-deb -f "$deb" Recommends)"
[ "$(dpkg-deb -f "$deb" Package)" = patchwright ] || fail "the package is not named patchwright"
[ "$(dpkg-deb -f "$deb" Section)" = admin ] || fail "the section is not admin"

dpkg-deb -c "$deb" | awk '{ print $6 }' | sed 's|^\./|/|' >"$work/contents"
for path in /usr/bin/patchwright /usr/bin/patchwright-cli \
    /usr/share/applications/org.patchwright.Patchwright.desktop \
    /usr/share/metainfo/org.patchwright.Patchwright.metainfo.xml \
    /usr/share/icons/hicolor/scalable/apps/org.patchwright.Patchwright.svg \
    /usr/share/icons/hicolor/{16x16,32x32,48x48,64x64,128x128,256x256}/apps/org.patchwright.Patchwright.png \
    /usr/share/man/man1/patchwright.1.gz /usr/share/man/man1/patchwright-cli.1.gz \
    /usr/lib/systemd/user/patchwright-daemon.service /usr/share/doc/patchwright/copyright; do
    grep -qxF "$path" "$work/contents" || fail "the package lacks $path"
done
dpkg-deb --fsys-tarfile "$deb" | tar -xO ./usr/share/doc/patchwright/copyright >"$work/copyright"
grep -qx 'License: GPL-3.0-or-later' "$work/copyright" || fail "the copyright file does not give the GPL-3.0-or-later"
grep -q '/usr/share/common-licenses/GPL-3' "$work/copyright" || fail "the copyright file does not point to the GPL's text"
if grep -Ei '(^|/)(tst_|pw_bench|bench|tests?/|fixtures|include/)|\.(a|h|cmake)$' "$work/contents"; then
    fail "the package holds tests, benches or build files (above)"
fi
# No test peer in Depends: each alternative's package name against the list install-deps.sh --tests adds.
peers=' openssh-server openssh-client postgresql libsecret-tools debootstrap poppler-utils dnf zypper rpm
 createrepo-c libdpkg-perl python3 python3-winrm python3-requests-ntlm python3-yaml openssl systemd debsecan
 ansible-core pssh xvfb xauth ccache clang-format '
for name in $(echo "$depends" | tr ',|' '\n' | awk '{ print $1 }'); do
    case "$peers" in *" $name "*) fail "Depends names the test peer $name" ;; esac
done

dpkg-deb -x "$deb" "$work/unpacked"
for program in patchwright patchwright-cli; do
    file -b "$work/unpacked/usr/bin/$program" | grep -q ', stripped' || fail "$program is not stripped"
    if readelf -d "$work/unpacked/usr/bin/$program" | grep -Eq 'R(UN)?PATH'; then
        fail "$program keeps an RPATH/RUNPATH: $(readelf -d "$work/unpacked/usr/bin/$program" | grep PATH)"
    fi
done
if grep -rlaF -e "$source_dir" -e "$build" "$work/unpacked"; then
    fail "the files above name the source or build folder"
fi

# --- A clean Debian 12 root ---------------------------------------------------------------------------------
sh "$source_dir/tests/support/debian-endpoint-base.sh"
base=/var/cache/patchwright-tests/bookworm-minbase-v2
start=$(now)
cp -a "$base" "$root"
echo "deb_package: copied the cached minbase root in $(seconds_since "$start") s"
rm -f "$root/.complete"
# apt as on this machine: its Debian sources (the root was left without any), name resolution, and no service
# started by a maintainer script inside a chroot.
[ -f /etc/apt/sources.list.d/debian.sources ] && cp /etc/apt/sources.list.d/debian.sources "$root/etc/apt/sources.list.d/"
[ -f /etc/apt/sources.list ] && cp /etc/apt/sources.list "$root/etc/apt/sources.list"
cp -L /etc/resolv.conf "$root/etc/resolv.conf"
printf '#!/bin/sh\nexit 101\n' >"$root/usr/sbin/policy-rc.d"
chmod 755 "$root/usr/sbin/policy-rc.d"
mount -t proc proc "$root/proc"
mount --bind /dev "$root/dev"
cp "$deb" "$root/tmp/"
in_root() {
    chroot "$root" env -i PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 \
        DEBIAN_FRONTEND=noninteractive "$@"
}

start=$(now)
in_root apt-get -q update >"$work/apt-update.log" 2>&1 || {
    cat "$work/apt-update.log" >&2
    fail "apt-get update in the root failed"
}
echo "deb_package: apt-get update in $(seconds_since "$start") s"

installed_at=$(now)
in_root sh -c 'cd /tmp && apt-get install -y -q -o Dpkg::Use-Pty=0 ./patchwright_*.deb' >"$work/apt-install.log" 2>&1 || {
    tail -n 40 "$work/apt-install.log" >&2
    fail "apt-get install ./patchwright_*.deb failed in the root"
}
install_seconds=$(seconds_since "$installed_at")
echo "deb_package: apt-get install ./$(basename "$deb") in $install_seconds s:" \
    "$(grep -Eo '[0-9]+ newly installed' "$work/apt-install.log");" \
    "$(grep -E '^(Need to get|Fetched) ' "$work/apt-install.log" | tr '\n' ' ')"
# shellcheck disable=SC2016 # dpkg-query's own ${Field} syntax
[ "$(in_root dpkg-query -W -f '${Status} ${Version}' patchwright)" = "install ok installed $version" ] ||
    fail "dpkg does not list patchwright $version as installed"

# --- From the installed files -------------------------------------------------------------------------------
cli_version=$(in_root patchwright-cli --version)
echo "deb_package: $cli_version"
[ "$cli_version" = "patchwright-cli ${version%%-*}" ] || fail "patchwright-cli --version says '$cli_version'"

passphrase="deb test passphrase $$ $RANDOM"
(umask 077 && printf '%s\n' "$passphrase" >"$root/root/db-passphrase")
in_root patchwright-cli --db /root/patchwright.db --passphrase-file /root/db-passphrase db info --format json \
    >"$work/db-info.json" || fail "patchwright-cli could not create a database in passphrase mode"
grep -q '"key": "passphrase"' "$work/db-info.json" || fail "the new database is not in passphrase mode: $(cat "$work/db-info.json")"
[ "$(head -c 15 "$root/root/patchwright.db")" != "SQLite format 3" ] || fail "the database file is not encrypted"
if in_root sh -c 'PATCHWRIGHT_DB_PASSPHRASE="not the passphrase" patchwright-cli --db /root/patchwright.db db info' \
    >/dev/null 2>"$work/wrong-key.txt"; then
    fail "the database opened with a wrong passphrase"
fi
echo "deb_package: database in passphrase mode: $(tr -d '\n ' <"$work/db-info.json" | grep -Eo '"engine":"[^"]*"')"

exec 4>"$work/display"
Xvfb -displayfd 4 -screen 0 1280x800x24 -nolisten tcp >"$work/xvfb.log" 2>&1 &
xvfb_pid=$!
exec 4>&-
display_ready() { [ -s "$work/display" ]; }
wait_for 30 display_ready || fail "Xvfb gave no display: $(cat "$work/xvfb.log")"
display=":$(head -n 1 "$work/display")"

gui_started=$(now)
mkdir -p "$root/run/user" && mkdir -m 700 "$root/run/user/0"
chroot "$root" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 XDG_RUNTIME_DIR=/run/user/0 \
    DISPLAY="$display" QT_QPA_PLATFORM=xcb PATCHWRIGHT_DB_PASSPHRASE="$passphrase" \
    patchwright --db /root/patchwright.db >"$work/gui.log" 2>&1 &
gui_pid=$!
# The main window: a top-level window named "Patchwright", mapped and viewable.
main_window_shown() {
    kill -0 "$gui_pid" 2>/dev/null || fail "the console exited: $(cat "$work/gui.log")"
    local id
    for id in $(xwininfo -display "$display" -root -tree 2>/dev/null | awk '$2 == "\"Patchwright\":" { print $1 }'); do
        if xwininfo -display "$display" -id "$id" 2>/dev/null | grep -q 'Map State: IsViewable'; then
            window_id=$id
            return 0
        fi
    done
    return 1
}
wait_for 90 main_window_shown || fail "no Patchwright window within 90 s: $(cat "$work/gui.log")"
gui_seconds=$(seconds_since "$gui_started")
total_seconds=$(seconds_since "$installed_at")
geometry=$(xwininfo -display "$display" -id "$window_id" | awk '/Width:/ { w = $2 } /Height:/ { h = $2 } END { print w "x" h }')
echo "deb_package: the console's window $window_id ($geometry) shown $gui_seconds s after its start"

# Every shared object the console mapped is a file of the root (/proc/PID/maps names them from outside it).
awk '$6 ~ /\.so/ { print $6 }' "/proc/$gui_pid/maps" | sort -u >"$work/maps"
grep -q '/qt6/plugins/platforms/libqxcb\.so' "$work/maps" || fail "the console did not load Qt's xcb plugin"
if grep -v "^$root/" "$work/maps"; then
    fail "the console mapped the host's libraries above, not the root's"
fi
echo "deb_package: the console mapped $(wc -l <"$work/maps") shared objects, all from the root"

# The console opened the database the CLI made: its session is in the audit trail.
in_root patchwright-cli --db /root/patchwright.db --passphrase-file /root/db-passphrase audit list \
    --action session.opened --format csv >"$work/sessions.csv" || fail "audit list failed"
grep -q 'Patchwright console' "$work/sessions.csv" || fail "the console's session is not audited: $(cat "$work/sessions.csv")"

echo "deb_package: from apt-get install ./$(basename "$deb") to a running console: $total_seconds s" \
    "(install $install_seconds s, CLI checks, console start to window $gui_seconds s)"
