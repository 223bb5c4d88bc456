#!/usr/bin/env bash
# Python vs C++ on the portfolio scoring call of the C ABI, measured in one run.
#
#   scripts/bench-python-vs-cpp.sh [BUILD_DIR]        (default: build/release)
#
# Both sides score the same workload through the same libzi_c (BUILD_DIR/capi/libzi_c.so):
# the 553 KPU satker as synthetic plans (seed 2026) with synthetic evidence (seed 7), as of
# 2026-07-01, and read every result array with one bulk call each.
#
#   C++     BUILD_DIR/bench/zi_capi_bench (bench/capi_benchmark.cpp), Google Benchmark with
#           one call per repetition (--benchmark_min_time=1e-6), median over the repetitions
#   Python  bench/python_portfolio_bench.py: zi.Portfolio.score() timed with
#           time.perf_counter, one call per sample, median over the samples
#
# The two run alternately for ROUNDS rounds (the machine may be shared) and each side's
# figure is the median of its per-round medians. The ratio Python / C++ is printed against
# the C++ call that also reads the arrays (BM_CapiPortfolioScoreAndRead, like Python) and
# against the bare call (BM_CapiPortfolioScore). The target is Python within 1.2x.
#
# Environment: ZI_PYTHON (default /usr/bin/python3), ZI_BENCH_THREADS (default 1,2),
# ZI_BENCH_REPETITIONS (calls per round and side, default 300), ZI_BENCH_ROUNDS (default 3).
# Build first, e.g.: cmake --preset release && cmake --build --preset release -j2
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
build="${1:-${root}/build/release}"
lib="${build}/capi/libzi_c.so"
cxx_bench="${build}/bench/zi_capi_bench"
python="${ZI_PYTHON:-/usr/bin/python3}"
threads="${ZI_BENCH_THREADS:-1,2}"
reps="${ZI_BENCH_REPETITIONS:-300}"
rounds="${ZI_BENCH_ROUNDS:-3}"

for f in "${lib}" "${cxx_bench}"; do
  if [[ ! -e "${f}" ]]; then
    echo "bench-python-vs-cpp: ${f} not found; build ${build} with ZI_BUILD_BENCHMARKS=ON first" >&2
    exit 2
  fi
done

out="$(mktemp -d)"
trap 'rm -rf "${out}"' EXIT
filter="BM_CapiPortfolioScore(AndRead)?/($(echo "${threads}" | tr ',' '|'))/"

for ((r = 1; r <= rounds; ++r)); do
  echo "round ${r}/${rounds}: C++ ..." >&2
  "${cxx_bench}" --benchmark_filter="${filter}" --benchmark_min_time=0.000001 \
    --benchmark_repetitions="${reps}" --benchmark_report_aggregates_only=true \
    --benchmark_format=json > "${out}/cxx-${r}.json" 2> "${out}/cxx-${r}.log"
  echo "round ${r}/${rounds}: Python ..." >&2
  ZI_LIBRARY="${lib}" PYTHONPATH="${root}/bindings/python" PYTHONDONTWRITEBYTECODE=1 \
    "${python}" "${root}/bench/python_portfolio_bench.py" --json --threads "${threads}" \
    --repetitions "${reps}" > "${out}/py-${r}.json"
done

"${python}" - "${out}" "${rounds}" "${lib}" <<'EOF'
import json, os, statistics, sys

out, rounds, lib = sys.argv[1], int(sys.argv[2]), sys.argv[3]
cxx, py = {}, {}
for r in range(1, rounds + 1):
    with open(os.path.join(out, "cxx-%d.json" % r)) as f:
        for b in json.load(f)["benchmarks"]:
            if b.get("aggregate_name") != "median":
                continue
            name, threads = b["run_name"].split("/")[:2]
            assert b["time_unit"] == "us", b["time_unit"]
            cxx.setdefault((name, int(threads)), []).append(b["real_time"])
    with open(os.path.join(out, "py-%d.json" % r)) as f:
        for line in f:
            row = json.loads(line)
            py.setdefault(row["threads"], []).append(row["median_us"])

print("portfolio score, 553 satker, as of 2026-07-01, libzi_c = %s" % lib)
print("median of %d rounds of per-call medians (microseconds)" % rounds)
print("%-8s %14s %16s %14s %12s %12s" % ("threads", "C++ score", "C++ score+read", "Python", "Py/C++read", "Py/C++bare"))
worst = 0.0
for threads in sorted(py):
    p = statistics.median(py[threads])
    bare = statistics.median(cxx[("BM_CapiPortfolioScore", threads)])
    read = statistics.median(cxx[("BM_CapiPortfolioScoreAndRead", threads)])
    worst = max(worst, p / read)
    print("%-8d %14.1f %16.1f %14.1f %11.3fx %11.3fx" % (threads, bare, read, p, p / read, p / bare))
print("ratio Python / C++ (score + read): %.3f (target <= 1.2): %s" % (worst, "ok" if worst <= 1.2 else "ABOVE TARGET"))
EOF
