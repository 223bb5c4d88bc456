#!/usr/bin/env bash
# Installs what is needed, builds libzi and runs every test twice: in the developer
# build, then in the AddressSanitizer + UndefinedBehaviorSanitizer build; then the concurrency
# tests under ThreadSanitizer and a short run of every fuzz target.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
jobs="$(nproc)"
for preset in dev asan; do
  echo "== ${preset}: configure, build, test"
  cmake --preset "${preset}"
  cmake --build --preset "${preset}" -j"${jobs}"
  ctest --preset "${preset}" -j"${jobs}"
  if [[ "${preset}" == dev ]]; then
    # The dev build's .deb packages installed with apt, used and purged (CI=true only).
    bash scripts/check-install.sh --build-dir build/dev
  fi
done
# ThreadSanitizer: only the concurrency tests (label "concurrency") are built and run.
echo "== tsan: configure, build the concurrency tests, test"
cmake --preset tsan
cmake --build --preset tsan -j"${jobs}"
ctest --preset tsan -j"${jobs}"
# Fuzz smoke: every libFuzzer target for a few seconds from its seed corpus (docs/fuzzing.md).
echo "== fuzz: configure, build, smoke run"
cmake --preset fuzz
cmake --build --preset fuzz -j"${jobs}"
bash scripts/fuzz.sh --smoke "${ZI_FUZZ_SMOKE_SECONDS:-10}" --jobs "${jobs}" --build-dir build/fuzz
