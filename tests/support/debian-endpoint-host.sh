#!/bin/sh
# Makes one simulated Debian 12 host: an overlay over the cached base root (its own dpkg state, the base
# untouched), /proc mounted, apt pointed only at the test repositories (copied in under /srv/repo), and the
# 1.0 packages installed. Run it inside a private mount namespace (unshare --mount): the mounts then vanish
# with the test, whatever happens to it.
#
#   sh debian-endpoint-host.sh BASE REPO HOSTDIR      → the host's root is HOSTDIR/root
set -eu
base=$1 repo=$2 host=$3
mkdir -p "$host/upper" "$host/work" "$host/root"
mount -t overlay overlay -o "lowerdir=$base,upperdir=$host/upper,workdir=$host/work" "$host/root"
mount -t proc proc "$host/root/proc"
root=$host/root
mkdir -p "$root/srv/repo"
cp -a "$repo/main" "$repo/security" "$root/srv/repo/"
cat >"$root/etc/apt/sources.list" <<SOURCES
deb [trusted=yes] file:/srv/repo/main ./
deb [trusted=yes] file:/srv/repo/security ./
SOURCES
chroot "$root" dpkg -i /srv/repo/main/pw-demo_1.0_all.deb /srv/repo/main/pw-fragile_1.0_all.deb >"$host/setup.log" 2>&1
chroot "$root" apt-get -q update >>"$host/setup.log" 2>&1
