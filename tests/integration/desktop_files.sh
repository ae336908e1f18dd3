#!/usr/bin/env bash
# The desktop integration files the .deb installs (packaging/deb/Package.cmake), checked with Debian's own
# tools: the desktop entry (desktop-file-validate), the AppStream metainfo (appstreamcli validate --no-net),
# the man pages (gzipped, and man renders them without a warning) and the PNG icons (the size their folder
# names). No root needed; deb_package.sh checks that the package holds them.
#
#   desktop_files.sh BUILD_DIR SOURCE_DIR
set -euo pipefail
build=$1 source_dir=$2
status=0
fail() {
    echo "desktop_files: FAIL: $*" >&2
    status=1
}

desktop="$source_dir/resources/org.patchwright.Patchwright.desktop"
metainfo="$source_dir/resources/org.patchwright.Patchwright.metainfo.xml"
# desktop-file-validate exits 0 on warnings and hints: any line it prints is a failure here.
out=$(desktop-file-validate "$desktop" 2>&1) || true
[ -z "$out" ] || fail "desktop-file-validate: $out"
appstreamcli validate --no-net "$metainfo" || fail "appstreamcli validate --no-net found problems (above)"
grep -q '<launchable type="desktop-id">org.patchwright.Patchwright.desktop</launchable>' "$metainfo" ||
    fail "the metainfo does not launch org.patchwright.Patchwright.desktop"
grep -qx 'Icon=org.patchwright.Patchwright' "$desktop" || fail "the desktop entry names another icon"
grep -q '<project_license>GPL-3.0-or-later</project_license>' "$metainfo" ||
    fail "the metainfo does not give the project's licence (LICENSE: GPL-3.0-or-later)"
cmp -s "$source_dir/LICENSE" /usr/share/common-licenses/GPL-3 || fail "LICENSE is not the GPL-3 text Debian ships"

for page in patchwright patchwright-cli; do
    gz="$build/packaging/man/$page.1.gz"
    gzip -t "$gz" || fail "$gz is not a gzip file"
    warnings=$(MANWIDTH=80 man --warnings -l "$gz" 2>&1 >"$build/packaging/man/$page.txt") || fail "man -l $gz failed"
    [ -z "$warnings" ] || fail "man -l $gz warns: $warnings"
    grep -q '^NAME' "$build/packaging/man/$page.txt" || fail "$page.1 has no NAME section"
    grep -q "^       $page - " "$build/packaging/man/$page.txt" || fail "$page.1 does not name $page"
done
# The CLI's page comes from its --help: every command the help lists is on it.
for command in "asset add" "scan" "deploy" "audit verify" "db rekey" "daemon"; do
    grep -q "^       $command" "$build/packaging/man/patchwright-cli.txt" || fail "patchwright-cli.1 lacks '$command'"
done

for size in 16 32 48 64 128 256; do
    png="$build/packaging/icons/${size}x${size}/org.patchwright.Patchwright.png"
    file -b "$png" | grep -q "^PNG image data, $size x $size, 8-bit/color RGBA" ||
        fail "$png: $(file -b "$png" 2>&1), not a ${size}x${size} RGBA PNG"
done
[ "$status" -eq 0 ] && echo "desktop_files: desktop entry, metainfo, 2 man pages and 6 icons pass"
exit "$status"
