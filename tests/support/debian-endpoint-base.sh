#!/bin/sh
# Builds, once, the minimal Debian 12 root that the test endpoints start from, and caches it (CI runs as
# root; a rerun finds the cache and returns at once). Each test host then gets its own overlay over it.
# Besides minbase it holds openssh-server and sudo, so a test host can run its own sshd and give a
# non-root account exactly the sudo rights the README documents.
#
#   sh debian-endpoint-base.sh [DEST]      DEST defaults to /var/cache/patchwright-tests/bookworm-minbase-v2
#
# The mirror comes from this machine's apt configuration (deb822 debian.sources, else sources.list): never a
# hard-coded host. Inside the root, apt is left without any source: tests point it at their own local
# repository only, so scans and upgrades never leave the machine.
set -eu

dest=${1:-/var/cache/patchwright-tests/bookworm-minbase-v2}
[ -f "$dest/.complete" ] && exit 0

mkdir -p "$(dirname "$dest")"
exec 9>"$dest.lock"
flock 9
[ -f "$dest/.complete" ] && exit 0

mirror=
if [ -f /etc/apt/sources.list.d/debian.sources ]; then
    # The first URIs: of a stanza whose Suites: names bookworm (not bookworm-security/-updates only).
    mirror=$(awk '
        /^[[:space:]]*$/ { if (uri != "" && bookworm) { print uri; exit } uri = ""; bookworm = 0; next }
        /^URIs:/ { uri = $2 }
        /^Suites:/ { for (i = 2; i <= NF; i++) if ($i == "bookworm") bookworm = 1 }
        END { if (uri != "" && bookworm) print uri }' /etc/apt/sources.list.d/debian.sources | head -n 1)
fi
if [ -z "$mirror" ] && [ -f /etc/apt/sources.list ]; then
    mirror=$(awk '$1 == "deb" && $3 == "bookworm" { print $2; exit }' /etc/apt/sources.list)
fi
if [ -z "$mirror" ]; then
    echo "debian-endpoint-base: no bookworm mirror in this machine's apt configuration" >&2
    exit 1
fi

tmp="$dest.partial"
rm -rf "$tmp"
debootstrap --variant=minbase --include=openssh-server,sudo bookworm "$tmp" "$mirror" >"$dest.log" 2>&1 || {
    echo "debian-endpoint-base: debootstrap from $mirror failed; see $dest.log" >&2
    exit 1
}
rm -f "$tmp/etc/apt/sources.list" "$tmp"/etc/apt/sources.list.d/*
rm -rf "$tmp"/var/lib/apt/lists/* "$tmp"/var/cache/apt/archives/*.deb
touch "$tmp/.complete"
mv "$tmp" "$dest"
