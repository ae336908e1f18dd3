#!/bin/sh
# Makes one simulated RPM host for tst_rpmdeployrun: an overlay over the cached root of rpm-endpoint-base.sh
# (its own rpm database, the base untouched), /proc mounted, the lab (rpm-lab.sh repos LAB) bind-mounted at
# the same path so the repositories' file:// addresses resolve inside, then rpm-lab.sh's Rocky-like (dnf) or
# SLES-like (zypper) host state written into it, and pw-fragile 1.0-1 installed by the host's own dnf or
# zypper. Run it inside a private mount namespace (unshare --mount): the mounts vanish with the test.
#
#   sh rpm-endpoint-host.sh BASE LAB HOSTDIR dnf|zypper      → the host's root is HOSTDIR/root
set -eu
base=$1 lab=$2 host=$3 kind=$4
mkdir -p "$host/upper" "$host/work" "$host/root"
mount -t overlay overlay -o "lowerdir=$base,upperdir=$host/upper,workdir=$host/work" "$host/root"
root=$host/root
mount -t proc proc "$root/proc"
mkdir -p "$root$lab"
mount --bind "$lab" "$root$lab"
sh "$(dirname "$0")/rpm-lab.sh" "$kind-host" "$lab" "$root" >"$host/setup.log" 2>&1
case "$kind" in
dnf) chroot "$root" dnf -q -y install pw-fragile-1.0-1 >>"$host/setup.log" 2>&1 ;;
zypper) chroot "$root" zypper --non-interactive --quiet install pw-fragile-1.0-1 >>"$host/setup.log" 2>&1 ;;
esac
