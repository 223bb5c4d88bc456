#!/usr/bin/env bash
# Runs the libFuzzer targets of fuzz/ (docs/fuzzing.md) and writes a summary table.
#
#   scripts/fuzz.sh --smoke SECONDS [options] [TARGET...]   each target for SECONDS (CI)
#   scripts/fuzz.sh --campaign [SECONDS] [options] [TARGET...]   long run (default 3600 s each)
#
# Options:
#   --build-dir DIR   where the fuzz preset was built (default: build/fuzz, the preset's dir)
#   --jobs N          targets run at the same time (default 1)
#   --runs N          stop each target after N executions instead of (or before) the time
#   --summary FILE    the summary table (default: DIR/fuzz-summary.md)
# TARGETs are names without the fuzz_ prefix (plan_json, rrule, ...); default: every
# fuzz_* program in DIR/fuzz.
#
# Each target starts from the checked-in seeds (fuzz/corpus/<name>) plus the inputs it kept
# in earlier runs (DIR/fuzz-corpus/<name>; the checked-in corpus is never written) and uses
# fuzz/dict/<name>.dict when present. Crashes, leaks, timeouts and out-of-memory inputs go to
# DIR/fuzz-findings/<name>/. Exit status: 0 when no target found anything, 1 when one did,
# 2 for a wrong command line.
set -euo pipefail
cd "$(dirname "$0")/.."
root="$PWD"

usage() { sed -n '2,20p' "$0" | sed 's/^# \{0,1\}//' >&2; exit 2; }

mode=""
seconds=""
build_dir="build/fuzz"
jobs=1
runs=""
summary=""
targets=()
while (($#)); do
  case "$1" in
    --smoke) mode=smoke; seconds="${2:-}"; shift 2 || usage ;;
    --campaign)
      mode=campaign; seconds=3600
      if [[ "${2:-}" =~ ^[0-9]+$ ]]; then seconds="$2"; shift; fi
      shift ;;
    --build-dir) build_dir="${2:-}"; shift 2 || usage ;;
    --jobs) jobs="${2:-}"; shift 2 || usage ;;
    --runs) runs="${2:-}"; shift 2 || usage ;;
    --summary) summary="${2:-}"; shift 2 || usage ;;
    -h|--help) usage ;;
    -*) echo "fuzz.sh: unknown option $1" >&2; usage ;;
    *) targets+=("$1"); shift ;;
  esac
done
[[ -n "$mode" && "$seconds" =~ ^[0-9]+$ && "$jobs" =~ ^[1-9][0-9]*$ ]] || usage
[[ -z "$runs" || "$runs" =~ ^[0-9]+$ ]] || usage
bin_dir="$build_dir/fuzz"
if ((${#targets[@]} == 0)); then
  for exe in "$bin_dir"/fuzz_*; do
    [[ -x "$exe" && -f "$exe" ]] && targets+=("${exe##*/fuzz_}")
  done
fi
if ((${#targets[@]} == 0)); then
  echo "fuzz.sh: no fuzz_* program in $bin_dir (cmake --preset fuzz && cmake --build --preset fuzz)" >&2
  exit 2
fi
summary="${summary:-$build_dir/fuzz-summary.md}"
work="$build_dir/fuzz-work"
mkdir -p "$work"

# Phrase targets read short texts; JSON and CSV targets keep libFuzzer's default (the largest
# seed).
max_len_of() {
  case "$1" in
    schedule|rrule|target) echo 512 ;;
    *) echo "" ;;
  esac
}

run_one() {
  local name="$1"
  local exe="$bin_dir/fuzz_$name"
  local corpus="$build_dir/fuzz-corpus/$name"
  local findings="$build_dir/fuzz-findings/$name"
  local log="$work/$name.log"
  mkdir -p "$corpus" "$findings"
  if [[ ! -x "$exe" ]]; then
    echo "$name missing - - - 1" >"$work/$name.row"
    return
  fi
  local args=(-max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1
              -artifact_prefix="$findings/" -close_fd_mask=3)
  [[ -n "$runs" ]] && args+=(-runs="$runs")
  [[ -f "$root/fuzz/dict/$name.dict" ]] && args+=(-dict="$root/fuzz/dict/$name.dict")
  local max_len
  max_len="$(max_len_of "$name")"
  [[ -n "$max_len" ]] && args+=(-max_len="$max_len")
  local seeds=()
  [[ -d "$root/fuzz/corpus/$name" ]] && seeds+=("$root/fuzz/corpus/$name")
  local rc=0
  ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1}" \
    "$exe" "${args[@]}" "$corpus" "${seeds[@]}" >"$log" 2>&1 || rc=$?
  # Figures from libFuzzer's final stats and its last status line ("#N DONE cov: X ft: Y").
  local execs cov ft
  execs="$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)"
  cov="$(grep -o 'cov: [0-9]*' "$log" | tail -1 | cut -d' ' -f2)"
  ft="$(grep -o 'ft: [0-9]*' "$log" | tail -1 | cut -d' ' -f2)"
  local found
  found="$(find "$findings" -type f \( -name 'crash-*' -o -name 'leak-*' -o -name 'timeout-*' \
           -o -name 'oom-*' -o -name 'slow-unit-*' \) | wc -l)"
  if ((rc != 0 && found == 0)); then found=1; fi
  echo "$name ${execs:-?} ${cov:-?} ${ft:-?} $found $rc" >"$work/$name.row"
}

echo "== fuzz ($mode): ${#targets[@]} targets, ${seconds} s each${runs:+ or $runs runs}, $jobs at a time"
running=0
for name in "${targets[@]}"; do
  rm -f "$work/$name.row"
  run_one "$name" &
  running=$((running + 1))
  if ((running >= jobs)); then
    wait -n || true
    running=$((running - 1))
  fi
done
wait || true

status=0
{
  echo "| target | executions | cov | ft | findings |"
  echo "|---|---:|---:|---:|---:|"
  for name in "${targets[@]}"; do
    read -r t execs cov ft found rc <"$work/$name.row" || { t=$name; execs='?'; cov='?'; ft='?'; found=1; }
    echo "| $t | $execs | $cov | $ft | $found |"
    ((found == 0)) || status=1
  done
} >"$summary"
cat "$summary"
if ((status != 0)); then
  echo "fuzz.sh: findings in $build_dir/fuzz-findings (logs in $work)" >&2
  for name in "${targets[@]}"; do
    read -r _ _ _ _ found _ <"$work/$name.row" 2>/dev/null || continue
    if ((found != 0)); then
      echo "---- $name" >&2
      grep -m5 -A15 'ERROR\|property violated\|deadly signal' "$work/$name.log" >&2 || tail -20 "$work/$name.log" >&2
    fi
  done
fi
exit "$status"
