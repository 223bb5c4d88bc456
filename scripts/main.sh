#!/usr/bin/env bash
# Installs what is needed, builds the release zi tool and runs the main job on the
# embedded default plan (KPU Provinsi Sulawesi Tengah 2026).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
cmake --preset release >/dev/null
cmake --build --preset release -j"$(nproc)" >/dev/null
zi=./build/release/zi
"${zi}" plan show
echo
"${zi}" plan lint
