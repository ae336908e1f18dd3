#include "ScanHostSizes.h"

#include <QProcess>

namespace ScanHostSizes {

namespace {

// sh -c SCRIPT sh ROOT INSTALLED PENDING
const char Script[] = R"(set -eu
root=$1 installed=$2 pending=$3
status=$root/var/lib/dpkg/status
have=$(grep -c '^Package: ' "$status")
add=$((installed - have))
[ "$add" -ge "$pending" ] || { echo "the root already has $have packages: cannot reach $installed with $pending of them pending" >&2; exit 1; }

# Synthetic installed packages: dpkg-query and python3-apt read them as any other.
awk -v n="$add" 'BEGIN {
    for (i = 1; i <= n; i++)
        printf "Package: pw-sim-%04d\nStatus: install ok installed\nPriority: optional\nSection: misc\nInstalled-Size: %d\nMaintainer: Patchwright benchmark <bench@example.invalid>\nArchitecture: amd64\nSource: pw-sim-src-%03d\nVersion: 1.%d.0-1\nDescription: synthetic package %d of pw_bench_scan\n\n", i, 100 + i % 900, i % 300, i % 7, i
}' >>"$status"

# The recording apt-get answers the scan's simulation with: `pending` upgrades in apt's format.
mkdir -p "$root/var/lib/pw-bench"
awk -v n="$pending" 'BEGIN {
    print "NOTE: This is only a simulation!"
    print "Reading package lists..."
    print "Building dependency tree..."
    print "Reading state information..."
    print "Calculating upgrade..."
    if (n > 0) print "The following packages will be upgraded:"
    line = ""
    for (i = 1; i <= n; i++) { line = line sprintf("  pw-sim-%04d", i) ; if (i % 6 == 0 || i == n) { print line; line = "" } }
    printf "%d upgraded, 0 newly installed, 0 to remove and 0 not upgraded.\n", n
    for (i = 1; i <= n; i++)
        printf "Inst pw-sim-%04d [1.%d.0-1] (1.%d.0-1+deb12u1 Debian-Security:12/bookworm-security [amd64])\n", i, i % 7, i % 7
    for (i = 1; i <= n; i++)
        printf "Conf pw-sim-%04d (1.%d.0-1+deb12u1 Debian-Security:12/bookworm-security [amd64])\n", i, i % 7
}' >"$root/var/lib/pw-bench/dist-upgrade.txt"
if [ ! -e "$root/usr/bin/apt-get.real" ]; then
    mv "$root/usr/bin/apt-get" "$root/usr/bin/apt-get.real"
fi
cat >"$root/usr/bin/apt-get" <<'STUB'
#!/bin/sh
# pw_bench_scan: the scan's simulation answered from a recording (the endpoint kept cheap); anything else is
# the real apt-get.
if [ "$*" = "-s -o Debug::NoLocking=1 dist-upgrade" ]; then
    while IFS= read -r line; do printf '%s\n' "$line"; done </var/lib/pw-bench/dist-upgrade.txt
    exit 0
fi
exec /usr/bin/apt-get.real "$@"
STUB
chmod 755 "$root/usr/bin/apt-get"

# python3 and python3-apt for Ansible's modules: this machine's files of those packages, then every shared
# library they load that the root does not have.
for p in libpython3.11-minimal python3.11-minimal python3-minimal libpython3.11-stdlib python3.11 python3 python-apt-common python3-apt; do
    grep -q "^Package: $p\$" "$status" && continue
    dpkg -L "$p" | while IFS= read -r f; do
        if [ -f "$f" ] || [ -L "$f" ]; then printf '%s\n' "${f#/}"; fi
    done | tar -C / -cf - --no-recursion -T - | tar -C "$root" -xf -
done
{ echo /usr/bin/python3.11; find /usr/lib/python3.11/lib-dynload /usr/lib/python3/dist-packages -name '*.so'; } |
    xargs ldd 2>/dev/null | awk '$2 == "=>" && $3 ~ /^\// { print $3 }' | sort -u |
    while IFS= read -r lib; do
        [ -e "$root$lib" ] || { mkdir -p "$root${lib%/*}"; cp -L "$lib" "$root$lib"; }
    done
chroot "$root" /usr/bin/python3 -c 'import apt, json, zipfile, base64, tempfile, shutil'
)";

} // namespace

Status apply(const QString &root, int installed, int pending)
{
    QProcess sh;
    sh.setProcessChannelMode(QProcess::MergedChannels);
    sh.start(QStringLiteral("sh"), {QStringLiteral("-c"), QString::fromLatin1(Script), QStringLiteral("sh"),
                                    root, QString::number(installed), QString::number(pending)});
    if (!sh.waitForFinished(600000) || sh.exitStatus() != QProcess::NormalExit || sh.exitCode() != 0)
        return Error{QStringLiteral("Cannot size the simulated host %1: %2")
                         .arg(root, QString::fromUtf8(sh.readAll()).trimmed() + sh.errorString())};
    return {};
}

} // namespace ScanHostSizes
