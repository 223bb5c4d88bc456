#!/bin/sh
# The loading path beside its parsing floor (bench/load_benchmark.cpp), in one run: prints
# each stage's share of the full path and full ÷ floor, per size and thread count.
# Usage: scripts/bench-load.sh [BUILD_DIR] [SIZES_REGEX] [REPETITIONS]
#   e.g. scripts/bench-load.sh build/h-load-rel '553' 3
# Ratios use the median real time of the repetitions (randomly interleaved) and, beside it,
# the median CPU time of the calling thread (for one thread the better figure on a busy
# host: it leaves out the time the host gave to others).
set -eu
build=${1:-build/release}
sizes=${2:-553|10000}
reps=${3:-3}
out=$(mktemp)
"$build/bench/zi_bench" --benchmark_filter="BM_Load.*/($sizes)(/|\$)" \
  --benchmark_repetitions="$reps" --benchmark_enable_random_interleaving=true \
  --benchmark_report_aggregates_only=true --benchmark_format=json >"$out"
python3 - "$out" <<'PY'
import json, re, sys
runs = json.load(open(sys.argv[1]))["benchmarks"]
med = {}
for r in runs:
    if r.get("aggregate_name") != "median":
        continue
    name = r["run_name"].replace("/real_time", "")
    med[name] = (r["real_time"], r["cpu_time"])
sizes = sorted({int(n.split("/")[1]) for n in med})
for n in sizes:
    floor = med.get(f"BM_LoadFloor/{n}")
    if not floor:
        continue
    print(f"== {n} satker: floor {floor[0]:.1f} ms real, {floor[1]:.1f} ms cpu")
    for t in (1, 2):
        full = med.get(f"BM_LoadFull/{n}/{t}")
        if not full:
            continue
        print(f"  {t} thread(s): full {full[0]:.1f} ms real ({full[0]/floor[0]:.2f}x floor), "
              f"{full[1]:.1f} ms cpu ({full[1]/floor[1]:.2f}x floor)")
        stages = []
        for s in ("Read", "Validate", "Compile", "Evidence", "File", "Score"):
            k = f"BM_LoadStage{s}/{n}/{t}" if f"BM_LoadStage{s}/{n}/{t}" in med else f"BM_LoadStage{s}/{n}"
            if k in med:
                stages.append((s, med[k]))
        total = sum(v[0] for _, v in stages)
        print("    stages (real): " + ", ".join(f"{s} {v[0]:.1f} ms {100*v[0]/total:.0f}%" for s, v in stages))
    one, two = med.get(f"BM_LoadFull/{n}/1"), med.get(f"BM_LoadFull/{n}/2")
    if one and two:
        print(f"  full path, 2 threads vs 1: {one[0]/two[0]:.2f}x faster (real time)")
PY
rm -f "$out"
