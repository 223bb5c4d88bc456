#!/usr/bin/env bash
# Installs every Debian package libzi needs to build, test and benchmark.
# Idempotent: packages already present are left alone; apt is only asked
# when something is missing. Needs root (or sudo).
set -euo pipefail

PACKAGES=(
  build-essential cmake pkg-config git
  libboost1.81-dev libboost-date-time1.81-dev libboost-json1.81-dev
  libabsl-dev libcli11-dev
  libgtest-dev libgmock-dev googletest
  libbenchmark-dev
  abigail-tools binutils
  python3 python3-icalendar python3-jsonschema
  # file formats: XLSX written with libxlsxwriter, read with minizip (ZIP) and expat (XML)
  libxlsxwriter-dev libminizip-dev libexpat1-dev zlib1g-dev
  # fuzzing (libFuzzer with clang) and the ThreadSanitizer build
  clang-14 libclang-rt-14-dev libfuzzer-14-dev
  # real readers and renderers the tests check generated files with
  python3-openpyxl libreoffice-calc-nogui chromium fonts-dejavu-core
  # the PHP binding (FFI is built into php8.2-cli)
  php8.2-cli
  # packaging: .deb files (CPack with dpkg-shlibdeps) and the Python wheel, built offline
  dpkg-dev file python3-setuptools python3-wheel python3-pip
)

missing=()
for p in "${PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#PACKAGES[@]} packages already installed"
  exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
