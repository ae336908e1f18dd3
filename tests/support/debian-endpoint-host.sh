#!/bin/sh
# Makes one simulated Debian 12 host: an overlay over the cached base root (its own dpkg state, the base
# untouched), /proc mounted, apt pointed only at the test repositories (copied in under /srv/repo), the 1.0
# packages installed, and a reboot double (a chroot cannot reboot: `systemctl reboot` in the host gives it a
# new boot id and clears its reboot-required flag, as a real reboot would). Run it inside a private mount
# namespace (unshare --mount): the mounts then vanish with the test, whatever happens to it.
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
chroot "$root" dpkg -i /srv/repo/main/pw-demo_1.0_all.deb /srv/repo/main/pw-fragile_1.0_all.deb \
    /srv/repo/main/pw-kernel_1.0_all.deb >"$host/setup.log" 2>&1

# The reboot double: the host's boot id is a file the double rewrites, mounted over the kernel's.
cat /proc/sys/kernel/random/uuid >"$root/run/pw-boot-id"
mount --bind "$root/run/pw-boot-id" "$root/proc/sys/kernel/random/boot_id"
mkdir -p "$root/usr/local/sbin"
cat >"$root/usr/local/sbin/systemctl" <<'DOUBLE'
#!/bin/sh
# Test double for `systemctl reboot` in a simulated host: comes back with a new boot id, no reboot pending.
if [ "$1" != reboot ]; then
    echo "systemctl (test double): only 'reboot' is simulated" >&2
    exit 1
fi
cat /proc/sys/kernel/random/uuid >/run/pw-boot-id
rm -f /run/reboot-required /run/reboot-required.pkgs
DOUBLE
chmod 0755 "$root/usr/local/sbin/systemctl"
chroot "$root" apt-get -q update >>"$host/setup.log" 2>&1
