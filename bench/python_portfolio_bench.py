#!/usr/bin/env python3
"""Times zi.Portfolio.score() from Python on the 553 KPU satker: the Python side of
scripts/bench-python-vs-cpp.sh, whose C++ side is bench/capi_benchmark.cpp (the same
libzi_c call, from C++).

The workload is that of bench/portfolio_benchmark.cpp and bench/capi_benchmark.cpp: 553
synthetic satker plans (seed 2026) with synthetic evidence (plan p: seed 7 + p), scored as
of 2026-07-01. One timed call is portfolio.score(as_of, threads=T) -- the C scoring call
plus reading every result array (scores, has_score, ranking, status counts, component
offsets and scores) with one bulk C call each -- and freeing the result. The clock is
time.perf_counter; the median of many repetitions is reported.

    ZI_LIBRARY=build/release/capi/libzi_c.so PYTHONPATH=bindings/python \\
        /usr/bin/python3 bench/python_portfolio_bench.py [--threads 1,2] [--repetitions 300] [--json]
"""

import argparse
import datetime
import json
import os
import statistics
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "bindings", "python"))

import zi  # noqa: E402  (after the path set-up)


def build_workload():
    with zi.Portfolio.synthetic(553, seed=2026) as plans, plans.synthetic_evidence(seed=7) as evidence:
        return plans.with_evidence(evidence)


def time_score(portfolio, as_of, threads, repetitions, warmup):
    score = portfolio.score
    for _ in range(warmup):
        score(as_of, threads=threads).close()
    samples = []
    clock = time.perf_counter
    for _ in range(repetitions):
        t0 = clock()
        result = score(as_of, threads=threads)
        result.close()
        samples.append(clock() - t0)
    return samples


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--threads", default="1,2", help="comma-separated thread counts (default 1,2)")
    ap.add_argument("--repetitions", type=int, default=300, help="timed calls per thread count (default 300)")
    ap.add_argument("--warmup", type=int, default=20, help="untimed calls first (default 20)")
    ap.add_argument("--json", action="store_true", help="print one JSON object per thread count")
    args = ap.parse_args(argv)

    as_of = datetime.date(2026, 7, 1)
    portfolio = build_workload()
    if not args.json:
        print("zi %s (%s): %d satker, %d occurrences, %d evidence records" % (
            zi.version(), zi.library_path(), len(portfolio), portfolio.occurrence_count, portfolio.evidence_count))
    for threads in (int(t) for t in args.threads.split(",")):
        samples = time_score(portfolio, as_of, threads, args.repetitions, args.warmup)
        median_us = statistics.median(samples) * 1e6
        row = {"name": "python_portfolio_score", "threads": threads, "repetitions": len(samples),
               "median_us": median_us, "min_us": min(samples) * 1e6,
               "p90_us": sorted(samples)[int(0.9 * (len(samples) - 1))] * 1e6,
               "satker": len(portfolio), "occurrences": portfolio.occurrence_count}
        if args.json:
            print(json.dumps(row))
        else:
            print("threads=%d: median %.1f us, min %.1f us, p90 %.1f us over %d calls" % (
                threads, row["median_us"], row["min_us"], row["p90_us"], len(samples)))
    portfolio.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
