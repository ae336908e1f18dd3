#!/bin/sh
# A real RPM lab on Debian 12 (packages dnf, zypper, rpm, createrepo-c; run as root), used by the fixture
# recorders (tests/fixtures/dnf/record.sh, tests/fixtures/zypper/record.sh) and by tst_rpmdeploy through
# tests/support/RpmLab.h. See PLATFORM-NOTES.md, "Real dnf and zypper without an RPM host".
#
#   rpm-lab.sh repos LAB          builds tiny RPMs and two rpm-md repositories under LAB/repos:
#                                 base (old versions, the release packages) and updates (new versions, with
#                                 an updateinfo.xml: security advisory PW-SA-2026:0001, Important,
#                                 CVE-2026-1001 and CVE-2026-1002, fixing pw-crypto 1.0-1 -> 1.1-1).
#                                 Bug fix advisory PW-BA-2026:0002 (Moderate, no CVE) updates pw-daemon
#                                 0.9-3 -> 0.9.1-1 (x86_64); pw-tool 1.0-1 -> 1.1-1 has no advisory.
#                                 For deployments (tst_rpmdeployrun), installed by nothing here: pw-fragile
#                                 1.0-1 -> 1.1-1, whose %post fails (exit 1), and pw-slow 1.0-1, whose %pre
#                                 creates /run/pw-slow-started and then waits for a line on the FIFO
#                                 /run/pw-slow-gate (a transaction that holds the rpm database lock until the
#                                 test lets it finish).
#   rpm-lab.sh dnf-host LAB ROOT     a Rocky-like root: repositories in ROOT/etc/yum.repos.d, the old
#                                    versions installed with dnf --installroot, metadata cached.
#   rpm-lab.sh zypper-host LAB ROOT  a SLES-like root: rpm --initdb, zypper addrepo + refresh, the old
#                                    versions installed with zypper --root.
#
# Sourced (`. rpm-lab.sh`) it only defines the helpers lab_env, lab_mkrpm and lab_advisory.
#
# Debian's rpm keeps its database under $HOME unless told otherwise: lab_env writes $HOME/.rpmmacros with
# `%_dbpath /var/lib/rpm`, so HOME must be a throwaway folder (the test's own HOME under the build tree).
set -eu

lab_env() { # LAB: the macros rpmbuild, rpm, dnf and zypper read; the C locale for stable output
    export LC_ALL=C LANG=C
    mkdir -p "$HOME" "$1/rpmbuild/SPECS"
    printf '%%_dbpath /var/lib/rpm\n%%_topdir %s/rpmbuild\n' "$1" >"$HOME/.rpmmacros"
}

lab_mkrpm() { # LAB name epoch version release arch repo [extra spec header lines] [scriptlet sections]
    lab=$1 name=$2 epoch=$3 ver=$4 rel=$5 arch=$6 repo=$7 extra=${8:-} scripts=${9:-}
    spec=$lab/rpmbuild/SPECS/$name-$ver-$rel.spec
    {
        echo "Name: $name"
        if [ "$epoch" != 0 ]; then echo "Epoch: $epoch"; fi
        echo "Version: $ver"
        echo "Release: $rel"
        echo "Summary: Patchwright test package $name"
        echo "License: MIT"
        echo "BuildArch: $arch"
        if [ -n "$extra" ]; then echo "$extra"; fi
        echo "%description"
        echo "Test package for Patchwright fixtures."
        echo "%install"
        echo "mkdir -p %{buildroot}/usr/share/pw"
        echo "echo $name-$ver-$rel > %{buildroot}/usr/share/pw/$name"
        echo "%files"
        echo "/usr/share/pw/$name"
        if [ -n "$scripts" ]; then echo "$scripts"; fi
    } >"$spec"
    rpmbuild --quiet -bb --target "$arch" "$spec" >/dev/null
    mkdir -p "$lab/repos/$repo"
    cp "$lab/rpmbuild/RPMS/$arch/$name-$ver-$rel.$arch.rpm" "$lab/repos/$repo/"
}

# A release package: /etc/os-release of the distribution a root imitates, and the provide dnf reads
# the release version from (so no --releasever is needed).
lab_release_rpm() { # LAB name os-release-ID ID_LIKE pretty-name
    lab=$1 name=$2 id=$3 like=$4 pretty=$5
    spec=$lab/rpmbuild/SPECS/$name.spec
    cat >"$spec" <<EOF
Name: $name
Version: 1
Release: 1
Summary: Patchwright test release $id
License: MIT
BuildArch: noarch
Provides: system-release(releasever) = 1
# What bash provides on a real system: shell scriptlets require /bin/sh, and nothing else in the lab's rpm
# database does (the root's /bin/sh, if any, is not an rpm).
Provides: /bin/sh
%description
Release files of a Patchwright test root.
%install
mkdir -p %{buildroot}/etc
printf 'NAME="%s"\nID="%s"\nID_LIKE="%s"\nVERSION_ID="1"\nPRETTY_NAME="%s"\n' "$pretty" "$id" "$like" "$pretty" > %{buildroot}/etc/os-release
%files
/etc/os-release
EOF
    rpmbuild --quiet -bb "$spec" >/dev/null
    mkdir -p "$lab/repos/base"
    cp "$lab/rpmbuild/RPMS/noarch/$name-1-1.noarch.rpm" "$lab/repos/base/"
}

# Prints one <update> of an updateinfo.xml: a pkglist entry per "name epoch version release arch" line on
# stdin, with the sha256 of the file in REPO. CVES is a space-separated list (may be empty).
lab_advisory() { # REPO type id severity title CVES
    repo=$1 type=$2 id=$3 severity=$4 title=$5 cves=$6
    echo "  <update from=\"security@example.invalid\" status=\"stable\" type=\"$type\" version=\"1\">"
    echo "    <id>$id</id>"
    echo "    <title>$title</title>"
    echo "    <severity>$severity</severity>"
    echo "    <release>Patchwright Test 1</release>"
    echo "    <issued date=\"2026-11-20 00:00:00\"/>"
    echo "    <references>"
    for cve in $cves; do
        echo "      <reference href=\"https://www.cve.org/CVERecord?id=$cve\" id=\"$cve\" type=\"cve\" title=\"$cve\"/>"
    done
    echo "    </references>"
    echo "    <description>$title.</description>"
    echo "    <pkglist>"
    echo "      <collection short=\"pw\">"
    echo "        <name>Patchwright test</name>"
    while read -r name epoch ver rel arch; do
        file=$name-$ver-$rel.$arch.rpm
        sum=$(sha256sum "$repo/$file" | cut -d' ' -f1)
        echo "        <package name=\"$name\" version=\"$ver\" release=\"$rel\" epoch=\"$epoch\" arch=\"$arch\">"
        echo "          <filename>$file</filename>"
        echo "          <sum type=\"sha256\">$sum</sum>"
        echo "        </package>"
    done
    echo "      </collection>"
    echo "    </pkglist>"
    echo "  </update>"
}

lab_repos() { # LAB
    lab=$1
    lab_env "$lab"
    lab_release_rpm "$lab" pw-release-rocky rocky 'rhel centos fedora' 'Patchwright Rocky-like 1'
    lab_release_rpm "$lab" pw-release-sles sles suse 'Patchwright SLES-like 1'
    lab_mkrpm "$lab" pw-crypto 0 1.0 1 noarch base
    lab_mkrpm "$lab" pw-crypto 0 1.1 1 noarch updates
    lab_mkrpm "$lab" pw-tool 0 1.0 1 noarch base
    lab_mkrpm "$lab" pw-tool 0 1.1 1 noarch updates
    lab_mkrpm "$lab" pw-daemon 0 0.9 3 x86_64 base
    lab_mkrpm "$lab" pw-daemon 0 0.9.1 1 x86_64 updates
    lab_mkrpm "$lab" pw-fragile 0 1.0 1 noarch base
    lab_mkrpm "$lab" pw-fragile 0 1.1 1 noarch updates '' \
        "$(printf '%%post\necho "pw-fragile: post-installation configuration failed" >&2\nexit 1')"
    lab_mkrpm "$lab" pw-slow 0 1.0 1 noarch base '' \
        "$(printf '%%pre\ntouch /run/pw-slow-started\nread line </run/pw-slow-gate')"
    for r in base updates; do createrepo_c --quiet "$lab/repos/$r"; done
    {
        echo '<?xml version="1.0" encoding="UTF-8"?>'
        echo '<updates>'
        echo 'pw-crypto 0 1.1 1 noarch' | lab_advisory "$lab/repos/updates" security PW-SA-2026:0001 \
            Important 'Important: pw-crypto security update' 'CVE-2026-1001 CVE-2026-1002'
        echo 'pw-daemon 0 0.9.1 1 x86_64' | lab_advisory "$lab/repos/updates" bugfix PW-BA-2026:0002 \
            Moderate 'Moderate: pw-daemon bug fix update' ''
        echo '</updates>'
    } >"$lab/updateinfo.xml"
    modifyrepo_c "$lab/updateinfo.xml" "$lab/repos/updates/repodata/" >/dev/null
}

lab_dnf_host() { # LAB ROOT
    lab=$1 root=$2
    lab_env "$lab"
    mkdir -p "$root/etc/yum.repos.d"
    for r in base updates; do
        printf '[%s]\nname=%s\nbaseurl=file://%s/repos/%s\ngpgcheck=0\n' "$r" "$r" "$lab" "$r"
    done >"$root/etc/yum.repos.d/lab.repo"
    dnf --installroot="$root" --releasever=1 --disablerepo=updates -q -y \
        install pw-release-rocky pw-crypto-1.0-1 pw-tool-1.0-1 pw-daemon-0.9-3 >/dev/null
    dnf --installroot="$root" -q makecache >/dev/null
}

lab_zypper_host() { # LAB ROOT
    lab=$1 root=$2
    lab_env "$lab"
    mkdir -p "$root"
    rpm --root "$root" --initdb
    for r in base updates; do
        zypper --root "$root" --non-interactive --quiet addrepo --no-gpgcheck "file://$lab/repos/$r" "$r"
    done
    zypper --root "$root" --non-interactive --quiet refresh
    # Debian's rpm prints "RPM should not be used directly ... use Alien" through zypper; only noise here.
    zypper --root "$root" --non-interactive --quiet install pw-release-sles pw-crypto-1.0-1 pw-tool-1.0-1 pw-daemon-0.9-3 \
        >/dev/null 2>&1
}

case "${1:-}" in
repos) lab_repos "$2" ;;
dnf-host) lab_dnf_host "$2" "$3" ;;
zypper-host) lab_zypper_host "$2" "$3" ;;
'') ;; # sourced for the helpers
*)
    echo "usage: rpm-lab.sh repos LAB | dnf-host LAB ROOT | zypper-host LAB ROOT" >&2
    exit 2
    ;;
esac
