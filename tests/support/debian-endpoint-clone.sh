#!/bin/sh
# Makes many simulated Debian 12 hosts at once, cheaply, from one host debian-endpoint-host.sh prepared and
# that was unmounted since: each clone is an overlay whose lower layers are the prepared host's upper layer
# (its apt sources, repository copy, installed 1.0 packages, apt lists, reboot double) over the cached base
# root, with an empty upper layer of its own, so installs in one clone never reach another. Each gets /proc
# and a boot id of its own, as debian-endpoint-host.sh gives its host. Run it inside a private mount
# namespace (unshare --mount), as the hosts it clones from.
#
#   sh debian-endpoint-clone.sh BASE PREPARED_UPPER HOSTDIR...     → each clone's root is HOSTDIR/root
set -eu
base=$1 prepared=$2
shift 2
for host in "$@"; do
    mkdir -p "$host/upper" "$host/work" "$host/root"
    mount -t overlay overlay -o "lowerdir=$prepared:$base,upperdir=$host/upper,workdir=$host/work" "$host/root"
    mount -t proc proc "$host/root/proc"
    cat /proc/sys/kernel/random/uuid >"$host/root/run/pw-boot-id"
    mount --bind "$host/root/run/pw-boot-id" "$host/root/proc/sys/kernel/random/boot_id"
done
