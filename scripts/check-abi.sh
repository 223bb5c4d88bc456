#!/usr/bin/env bash
# The ABI gate of libzi_c: compares a built libzi_c.so with the committed baseline
# capi/abi/libzi_c.abi (libabigail's abidiff; Debian package abigail-tools, installed by
# scripts/install-deps.sh).
#
#   scripts/check-abi.sh build/dev/capi/libzi_c.so            check (ctest: capi.abi_check)
#   scripts/check-abi.sh --update build/dev/capi/libzi_c.so   rewrite the baseline
#
# abidiff's exit status is a bit mask: 1 error, 2 usage error, 4 ABI change, 8 incompatible
# change. Bits 1, 2 and 8 fail the check. Bit 4 is set both for additions and for changed
# types (a reordered struct field is "4", not "8"), so a bit-4 result is looked at again
# with --no-added-syms: if changes remain, the check fails; if only additions (new
# functions) remain, the report is printed as a notice and the check passes.
#
# Refresh the baseline only in a commit that also bumps the version (docs/c-api.md):
# a minor version for additions, ZI_ABI_VERSION (the SOVERSION) for a break.
#
# Where the public-header filter is applied: when the baseline is written. abidw reads
# the DWARF of libzi_c with --headers-dir capi/include --drop-private-types
# --exported-interfaces-only, so the baseline holds the zi_* functions and the types of
# zi.h only, and --no-show-locs (+ no paths) keeps it independent of line numbers and of
# where the tree is checked out. abidiff then compares that with the library, restricted
# to the exported interface (--exported-interfaces-only, --fail-no-debug-info). The
# header options are not given to abidiff, because with libabigail 2.2 (Debian 12) they
# defeat the check: --headers-dir1 with --drop-private-types aborts on an ABIXML input
# (assertion in abg-reader.cc, build_or_get_type_decl), and --headers-dir2 treats every
# type of a location-less (--no-show-locs) baseline as private, which hides all type
# changes (a reordered struct field then passes). Only zi.h types are reachable from the
# exported C functions (the handles are opaque), so nothing private is compared anyway.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
baseline="${root}/capi/abi/libzi_c.abi"
headers="${root}/capi/include"

update=0
if [[ "${1:-}" == "--update" ]]; then
  update=1
  shift
fi
if [[ $# -ne 1 ]]; then
  echo "usage: $0 [--update] path/to/libzi_c.so" >&2
  exit 2
fi
lib="$1"
if [[ ! -f "${lib}" ]]; then
  echo "check-abi: ${lib}: no such file" >&2
  exit 2
fi
for tool in abidw abidiff; do
  if ! command -v "${tool}" >/dev/null 2>&1; then
    echo "check-abi: ${tool} not found; install abigail-tools (scripts/install-deps.sh)" >&2
    exit 2
  fi
done

if [[ ${update} -eq 1 ]]; then
  mkdir -p "$(dirname "${baseline}")"
  # Only what the exported zi_* functions reach (the public C types); the translation
  # units' paths are made relative to the tree.
  abidw --no-show-locs --no-corpus-path --no-comp-dir-path --exported-interfaces-only \
        --headers-dir "${headers}" --drop-private-types "${lib}" |
    sed "s|path='${root}/|path='|" > "${baseline}.tmp"
  mv "${baseline}.tmp" "${baseline}"
  echo "check-abi: wrote ${baseline#"${root}"/}; commit it together with the version bump"
  exit 0
fi

if [[ ! -f "${baseline}" ]]; then
  echo "check-abi: no baseline ${baseline}; create it with: $0 --update ${lib}" >&2
  exit 1
fi

abidiff_args=(--fail-no-debug-info --exported-interfaces-only "${baseline}" "${lib}")
set +e
report="$(abidiff "${abidiff_args[@]}" 2>&1)"
rc=$?
changes_rc=0
if (( rc == 4 )); then
  abidiff --no-added-syms "${abidiff_args[@]}" >/dev/null 2>&1
  changes_rc=$?
fi
set -e

if (( rc & (1 | 2 | 8) )) || (( changes_rc != 0 )); then
  echo "${report}"
  echo
  echo "check-abi: FAILED (abidiff exit status ${rc}): libzi_c's ABI differs from" \
       "capi/abi/libzi_c.abi beyond added functions. Undo the change; if it is intended," \
       "refresh the baseline in the commit that bumps the version (ZI_ABI_VERSION, the" \
       "SOVERSION, for a break): see docs/c-api.md, 'ABI policy'."
  exit 1
fi
if (( rc & 4 )); then
  echo "${report}"
  echo
  echo "check-abi: notice: compatible ABI changes (additions) since the baseline;" \
       "refresh it with the next version bump: $0 --update <libzi_c.so>"
  exit 0
fi
echo "check-abi: OK, libzi_c matches capi/abi/libzi_c.abi"
