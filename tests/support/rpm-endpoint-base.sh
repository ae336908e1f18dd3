#!/bin/sh
# Builds, once, the root the RPM test endpoints of tst_rpmdeployrun start from, and caches it: the Debian 12
# root of debian-endpoint-base.sh (minbase, openssh-server, sudo) plus Debian's own dnf, zypper and rpm,
# installed with apt from this machine's apt sources — the same programs packaging/install-deps.sh --tests puts on
# this machine. rpm's database is put where RPM distributions keep it (/etc/rpm/macros: %_dbpath
# /var/lib/rpm; Debian's rpm would use ~/.rpmdb). Each test host is then an overlay over it
# (rpm-endpoint-host.sh), so a host has its own sshd, sudo, users, dnf, zypper and rpm database.
#
#   sh rpm-endpoint-base.sh DEBIAN_BASE [DEST]    DEST defaults to /var/cache/patchwright-tests/bookworm-rpm-v1
set -eu

base=$1
dest=${2:-/var/cache/patchwright-tests/bookworm-rpm-v1}
[ -f "$dest/.complete" ] && exit 0
[ -f "$base/.complete" ] || {
    echo "rpm-endpoint-base: $base is not a complete Debian root (run debian-endpoint-base.sh)" >&2
    exit 1
}

mkdir -p "$(dirname "$dest")"
exec 9>"$dest.lock"
flock 9
[ -f "$dest/.complete" ] && exit 0

tmp="$dest.partial"
rm -rf "$tmp"
cp -a "$base" "$tmp"
rm -f "$tmp/.complete"
# This machine's apt sources and name resolution, for the install only.
cp /etc/resolv.conf "$tmp/etc/resolv.conf"
if [ -f /etc/apt/sources.list ]; then cp /etc/apt/sources.list "$tmp/etc/apt/sources.list"; fi
cp -a /etc/apt/sources.list.d/. "$tmp/etc/apt/sources.list.d/"
cp -a /etc/apt/trusted.gpg.d/. "$tmp/etc/apt/trusted.gpg.d/"
unshare --mount sh -c '
    mount -t proc proc "$1/proc"
    chroot "$1" apt-get -q update &&
        DEBIAN_FRONTEND=noninteractive chroot "$1" apt-get -q -y --no-install-recommends install dnf zypper rpm
' rpm-endpoint-base "$tmp" >"$dest.log" 2>&1 || {
    echo "rpm-endpoint-base: installing dnf, zypper and rpm failed; see $dest.log" >&2
    exit 1
}
rm -f "$tmp/etc/resolv.conf" "$tmp/etc/apt/sources.list" "$tmp"/etc/apt/sources.list.d/*
rm -rf "$tmp"/var/lib/apt/lists/* "$tmp"/var/cache/apt/archives/*.deb "$tmp"/var/cache/apt/*.bin
mkdir -p "$tmp/etc/rpm"
printf '%%_dbpath /var/lib/rpm\n' >"$tmp/etc/rpm/macros"
touch "$tmp/.complete"
mv "$tmp" "$dest"
