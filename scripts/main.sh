#!/usr/bin/env bash
# Installs what is needed, builds the release zi tool and runs the main job on the
# embedded default plan (KPU Provinsi Sulawesi Tengah 2026): the plan's lint report, then
# its compliance report as of 1 July 2026 with the sample evidence (which holds two bad
# rows on purpose: they are listed, and scoring goes on with the rest).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
cmake --preset release >/dev/null
cmake --build --preset release -j"$(nproc)" >/dev/null
zi=./build/release/zi
"${zi}" plan lint
echo
"${zi}" score --as-of 2026-07-01 --evidence data/samples/kpu-sulteng-2026-bukti.csv --allow-rejects
