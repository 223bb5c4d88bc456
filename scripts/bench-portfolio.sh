#!/usr/bin/env bash
# Portfolio scoring throughput and thread scaling, measured in one run.
#
#   scripts/bench-portfolio.sh [BUILD_DIR] [SIZES]    (default: build/bench, 14|553|10000)
#
# Runs BM_PortfolioScore of BUILD_DIR/bench/zi_bench for every size with 1 thread and with
# every hardware thread, the repetitions of all cases randomly interleaved (so that a burst
# of load on a shared machine hits every case alike), and prints per case the median and
# the best repetition in occurrences per second, and the speed-up of all threads over one
# thread computed from the medians and from the best repetitions.
#
# Environment: ZI_BENCH_REPETITIONS (default 15), ZI_BENCH_MIN_TIME (seconds per
# repetition, default 0.3), ZI_PYTHON (default /usr/bin/python3).
# Build first: cmake -S . -B build/bench -DCMAKE_BUILD_TYPE=Release -DZI_BUILD_TESTS=OFF
#              cmake --build build/bench -j2 --target zi_bench
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
build="${1:-${root}/build/bench}"
sizes="${2:-14|553|10000}"
bench="${build}/bench/zi_bench"
python="${ZI_PYTHON:-/usr/bin/python3}"
if [[ ! -x "${bench}" ]]; then
  echo "bench-portfolio: ${bench} not found; build the zi_bench target first" >&2
  exit 2
fi

out="$(mktemp)"
trap 'rm -f "${out}"' EXIT
"${bench}" --benchmark_filter="BM_PortfolioScore/(${sizes})/" \
  --benchmark_repetitions="${ZI_BENCH_REPETITIONS:-15}" \
  --benchmark_min_time="${ZI_BENCH_MIN_TIME:-0.3}" \
  --benchmark_enable_random_interleaving=true \
  --benchmark_format=json > "${out}"

"${python}" - "${out}" <<'EOF'
import collections, json, statistics, sys

data = json.load(open(sys.argv[1]))
ctx = data["context"]
runs = collections.defaultdict(list)
for b in data["benchmarks"]:
    if b.get("run_type") != "iteration":
        continue
    size, threads = b["run_name"].split("/")[1:3]
    runs[(int(size), int(threads))].append(b)

print("machine: %d x %.0f MHz, load average %s" % (
    ctx["num_cpus"], ctx["mhz_per_cpu"], ", ".join("%.2f" % x for x in ctx.get("load_avg", []))))
print("%-8s %-8s %12s %14s %14s %9s" % ("satker", "threads", "occurrences", "median occ/s",
                                      "best occ/s", "peak RSS"))
best, median = {}, {}
for (size, threads), bs in sorted(runs.items()):
    rates = [b["items_per_second"] for b in bs]
    median[(size, threads)] = statistics.median(rates)
    best[(size, threads)] = max(rates)
    occ = bs[0]["items_per_second"] * bs[0]["real_time"] * 1e-6  # real_time in µs
    print("%-8d %-8d %12.0f %12.1f M %12.1f M %7.0f MB" % (
        size, threads, occ, median[(size, threads)] / 1e6, best[(size, threads)] / 1e6,
        max(b.get("peak_rss_MB", 0) for b in bs)))
for (size, threads) in sorted(runs):
    if threads > 1 and (size, 1) in runs:
        print("satker %d: %d threads / 1 thread = %.2fx (medians), %.2fx (best)" % (
            size, threads, median[(size, threads)] / median[(size, 1)],
            best[(size, threads)] / best[(size, 1)]))
EOF
