#!/bin/sh
# Builds the local apt repositories a test Debian endpoint is pointed at, with real dpkg-deb packages:
#
#   main/      pw-demo, pw-fragile, pw-kernel 1.0   Suite bookworm           (what is installed at first)
#   security/  pw-demo, pw-fragile, pw-kernel 1.1   Suite bookworm-security, Label Debian-Security
#
# pw-demo 1.1 is a clean security update; pw-fragile 1.1 fails in its postinst (the failure path); pw-kernel
# 1.1 asks for a reboot the way Debian's kernel packages do (/run/reboot-required and .pkgs). The 1.0
# versions stay in main, so a rollback can return to them. pw-slow (main only, not installed) holds the dpkg
# lock in its postinst until the test lets it go: another apt run, as unattended-upgrades would be.
#
#   sh debian-test-repo.sh OUTDIR
set -eu
out=$1
rm -rf "$out"
mkdir -p "$out/build" "$out/main" "$out/security"

package() { # name version suite postinst-exit
    name=$1 version=$2 suite=$3 postinst=$4
    dir="$out/build/${name}_$version"
    mkdir -p "$dir/DEBIAN" "$dir/usr/share/$name"
    echo "$name $version" >"$dir/usr/share/$name/VERSION"
    cat >"$dir/DEBIAN/control" <<CONTROL
Package: $name
Version: $version
Architecture: all
Maintainer: Patchwright tests <tests@patchwright.invalid>
Priority: optional
Section: misc
Description: Patchwright test package $name $version
CONTROL
    if [ "$postinst" = hold ]; then
        # Holds the dpkg lock while it waits: says it started, then blocks until the test opens its gate.
        printf '#!/bin/sh\ntouch /run/pw-slow-started\nread gate </run/pw-slow-gate\nexit 0\n' \
            >"$dir/DEBIAN/postinst"
    elif [ "$postinst" = reboot ]; then
        printf '#!/bin/sh\ntouch /run/reboot-required\necho %s >>/run/reboot-required.pkgs\n' "$name" \
            >"$dir/DEBIAN/postinst"
    else
        printf '#!/bin/sh\nexit %s\n' "$postinst" >"$dir/DEBIAN/postinst"
    fi
    chmod 0755 "$dir/DEBIAN/postinst"
    dpkg-deb --root-owner-group -Zgzip --build "$dir" "$out/$suite/${name}_${version}_all.deb" >/dev/null
}

release() { # suite-dir suite label
    dir=$1 suite=$2 label=$3
    (cd "$dir" && dpkg-scanpackages --multiversion . /dev/null 2>/dev/null >Packages)
    size=$(wc -c <"$dir/Packages")
    sum=$(sha256sum "$dir/Packages" | cut -d' ' -f1)
    cat >"$dir/Release" <<RELEASE
Origin: Debian
Label: $label
Suite: $suite
Codename: $suite
Architectures: all amd64
Date: $(LC_ALL=C date -u '+%a, %d %b %Y %H:%M:%S UTC')
SHA256:
 $sum $size Packages
RELEASE
}

package pw-demo 1.0 main 0
package pw-fragile 1.0 main 0
package pw-kernel 1.0 main 0
package pw-slow 1.0 main hold
package pw-demo 1.1 security 0
package pw-fragile 1.1 security 1
package pw-kernel 1.1 security reboot
release "$out/main" bookworm Debian
release "$out/security" bookworm-security Debian-Security
rm -rf "$out/build"
