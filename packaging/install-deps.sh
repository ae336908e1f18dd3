#!/usr/bin/env bash
# Installs what Patchwright needs on Debian 12 / Ubuntu, for two audiences:
#   bash packaging/install-deps.sh          building and running the console and the CLI
#   bash packaging/install-deps.sh --tests  that, and the real peers the tests and benchmarks start (sshd,
#                                           PostgreSQL, debootstrap, dnf, zypper, debsecan, secret-tool,
#                                           Ansible, parallel-ssh, Xvfb...): what .ci/run installs
# Idempotent: when every package is present it only checks and returns within a second or two.
set -euo pipefail

with_tests=0
for arg in "$@"; do
  case "$arg" in
    --tests) with_tests=1 ;;
    -h | --help)
      sed -n '2,6p' "$0" | sed 's/^# \{0,1\}//'
      exit 0
      ;;
    *)
      echo "install-deps: unknown option '$arg' (use --tests to add the test peers, --help for more)" >&2
      exit 2
      ;;
  esac
done

packages=(
  # build
  build-essential cmake ninja-build pkg-config git
  # Qt 6 (Widgets, Charts, Network, Sql, Test, LinguistTools)
  qt6-base-dev qt6-charts-dev libqt6opengl6-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  libqt6sql6-sqlite libqt6sql6-psql libqt6svg6 qt6-qpa-plugins
  # storage, keys, endpoints
  qtkeychain-qt6-dev libsqlcipher-dev sqlcipher libssh-dev
  # feeds: gzip EPSS scores and osv.dev ZIP archives, gzip-encoded downloads
  zlib1g-dev
  # Ansible YAML inventories (yaml-cpp) and osv.dev ZIP archives (libzip)
  libyaml-cpp-dev libzip-dev
  # the KEV catalog and NVD responses parsed as a stream, chunk by chunk (yajl's push parser)
  libyajl-dev
  # audit checkpoints: Ed25519 signatures and PBKDF2 (OpenSSL libcrypto)
  libssl-dev
  # the IANA time zone database QTimeZone reads for maintenance windows (/usr/share/zoneinfo); slim
  # container images of Debian and Ubuntu leave it out
  tzdata
  # the Secret Service that holds the database key on a machine without a desktop keyring (desktops have one)
  dbus gnome-keyring
  # fonts for a readable window on a bare machine
  fonts-dejavu-core
  # Qt's own translations (standard buttons and dialogs in the user's language: app/setup/Translations)
  qt6-translations-l10n
  # the .deb (packaging/deb): PNG icons rendered from the SVG, the CLI's man page from its --help, and `file`
  # for CPack's dpkg-shlibdeps step (dpkg-dev comes with build-essential)
  librsvg2-bin help2man file
)

test_packages=(
  # a compiler cache (.ci/run keeps it under /var/cache so CI rebuilds only what changed) and the format check
  ccache clang-format
  # real peers used by the tests
  openssh-server openssh-client postgresql libsecret-tools debootstrap iproute2
  # reads the compliance report's PDF back (pdfinfo, pdftotext, pdffonts) in tst_compliancereport, tst_reportcli
  poppler-utils
  # the RPM endpoint of tst_rpmdeploy and the fixture recorders (real dnf, zypper, rpm/rpmbuild, createrepo_c)
  dnf zypper rpm createrepo-c
  # version-ordering oracles of tst_debianversion (dpkg's Dpkg::Version; rpm above answers tst_rpmversion)
  libdpkg-perl
  # the loopback HTTP server of tst_feeddownload (tests/support/feed-http-server.py)
  python3
  # the WinRM server double's checks (tests/support/winrm/check_double.py): pywinrm as the independent client
  # (Basic and NTLM with message encryption) and PyYAML for the recorded Windows exchanges
  python3-winrm python3-requests-ntlm python3-yaml
  # the WinRM tests' and pw_bench_winrm's listener certificates (openssl req -x509)
  openssl
  # systemd-analyze, which checks the daemon's user unit (packaging/systemd) in tst_systemdunit
  systemd
  # the peer of pw_bench_intel's correlation figures (Debian's vulnerable-package check; its smoke test runs it)
  debsecan
  # the peer of pw_bench_rollout's staged run (ansible-playbook with serial batches; its smoke test runs it),
  # and two of pw_bench_scan's peers (ansible raw and package_facts)
  ansible-core
  # pw_bench_scan's parallel-ssh peer (bench_scan_smoke runs it)
  pssh
  # a display for the GUI tests under CI
  xvfb xauth
  # the .deb's tests: desktop_files (desktop-file-validate, appstreamcli, man) and deb_package (xwininfo)
  desktop-file-utils appstream man-db x11-utils
  # the Windows compiler of windows_syntax (packaging/windows/syntax-check.sh: mingw-w64, -fsyntax-only)
  g++-mingw-w64-x86-64-posix
)
if [ "$with_tests" -eq 1 ]; then
  packages+=("${test_packages[@]}")
fi

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}\n' "$p" 2>/dev/null | grep -q '^install ok installed$'; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#packages[@]} packages present"
  exit 0
fi

echo "install-deps: installing ${missing[*]}"
sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then sudo_cmd=(sudo); fi
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -qq
"${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
