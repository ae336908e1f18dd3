#!/bin/sh
# Makes one simulated Debian 12 host: an overlay over the cached base root (its own dpkg state, the base
# untouched), /proc mounted, apt pointed only at the test repositories (copied in under /srv/repo), the 1.0
# packages installed, and a reboot double at /usr/bin/systemctl (a chroot cannot reboot: `systemctl reboot`
# in the host gives it a new boot id and clears its reboot-required flag, as a real reboot would). Run it
# inside a private mount namespace (unshare --mount): the mounts then vanish with the test, whatever happens.
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

# The reboot double: the host's boot id is a file the double rewrites, mounted over the kernel's. The double
# is /usr/bin/systemctl itself (the base root has no systemd), the path the README's sudoers rule names, so
# `sudo -n -- systemctl reboot` runs exactly what the rule allows; nothing in /usr/local shadows it.
cat /proc/sys/kernel/random/uuid >"$root/run/pw-boot-id"
mount --bind "$root/run/pw-boot-id" "$root/proc/sys/kernel/random/boot_id"
if [ -e "$root/usr/bin/systemctl" ] || [ -e "$root/usr/local/sbin/systemctl" ] ||
    [ -e "$root/usr/local/bin/systemctl" ] || [ -e "$root/usr/sbin/systemctl" ]; then
    echo "debian-endpoint-host: the base root has a systemctl of its own; the double would not be the one run" >&2
    exit 1
fi
cat >"$root/usr/bin/systemctl" <<'DOUBLE'
#!/bin/sh
# Test double for `systemctl reboot` in a simulated host (a chroot cannot reboot). Every call is logged to
# /run/pw-reboot-calls with who ran it and how sudo named it. Without /run/pw-reboot-hook the host "comes
# back" at once: a new boot id, no reboot pending. With it (a FIFO a test holds open), the double tells the
# test, which takes the host down itself (its sshd stopped, every process in it killed, this one included)
# and boots it again, or not; like a real reboot, the command then never returns.
if [ "$#" -ne 1 ] || [ "$1" != reboot ]; then
    echo "systemctl (test double): only 'reboot' is simulated" >&2
    exit 1
fi
echo "uid=$(id -u) sudo_user=${SUDO_USER-} sudo_command=${SUDO_COMMAND-}" >>/run/pw-reboot-calls
if [ -p /run/pw-reboot-hook ]; then
    echo reboot >/run/pw-reboot-hook
    exec sleep infinity
fi
cat /proc/sys/kernel/random/uuid >/run/pw-boot-id
rm -f /run/reboot-required /run/reboot-required.pkgs
DOUBLE
chmod 0755 "$root/usr/bin/systemctl"
chroot "$root" apt-get -q update >>"$host/setup.log" 2>&1
