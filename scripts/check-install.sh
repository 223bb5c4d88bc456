#!/usr/bin/env bash
# Installs libzi's Debian packages on this system with apt, checks that they work from the
# installed files alone, then purges them and checks that nothing is left (docs/install.md,
# "Checking a real install").
#
#   bash scripts/check-install.sh [--system] [--build-dir DIR] [--debs DIR]
#
# It changes the system (it installs into /usr and needs root), so it runs only in CI
# (CI=true) or when given --system; otherwise it says it is skipped and exits 0.
# --build-dir: a configured and built build directory without the sanitizers (default
# build/dev). The .deb files are those packaging.deb made there (tests-packaging/deb/debs)
# when they are at least as new as the build's libzi_c and zi; otherwise `cpack -G DEB`
# makes them from that build (nothing is compiled again). --debs: take the five .deb files
# in DIR instead (made from the same build: its zi is the reference for the score).
# ZI_CHECK_INSTALL_KEEP=1 keeps the temp dir (programs, logs) for a post-mortem.
#
# What it checks, against the installed system files only (a temp dir outside the
# repository holds copies of the example sources; the environment is emptied: no
# ZI_LIBRARY, LD_LIBRARY_PATH, PYTHONPATH or PKG_CONFIG_PATH):
#   - the Depends fields (dpkg-deb -f): libzi-c0 needs no bundled library; the -dev,
#     Python and PHP packages need libzi-c0 of the same version;
#   - apt-get install -y ./*.deb resolves and installs all five packages;
#   - C: examples/c/plan_walk.c and a scoring program built with
#     `cc x.c $(pkg-config --cflags --libs zi_c)`;
#   - C++: examples/cpp/plan_walk.cpp with CMake find_package(zi) (zi::core) and with
#     `pkg-config --cflags --libs zi`;
#   - the zi CLI: the embedded plan's score as of 2026-07-01 with the sample evidence equals
#     the build tree's zi's;
#   - Python (/usr/bin/python3, python3-zi) and PHP (php, php-zi): examples/*/plan_walk.* and
#     the same score; each loads /usr/lib/libzi_c.so.0;
#   - all plan_walk programs print the same lines;
#   - apt-get purge -y removes the five packages and every file and directory they brought
#     (dpkg -L fails, no /usr/lib/libzi*, /usr/lib/x86_64-linux-gnu/libzi*, no
#     __pycache__ left in the Python package's directory).
# Exits non-zero with a message saying what failed; the packages are purged on every exit.
# shellcheck disable=SC2034  # out_* and score_* are compared by name below (${!var})
set -euo pipefail
cd "$(dirname "$0")/.."
repo="$(pwd)"

system=0
build_dir="build/dev"
debs_from=""
while [[ $# -gt 0 ]]; do
  case "$1" in
    --system) system=1; shift ;;
    --build-dir) build_dir="${2:?--build-dir needs a directory}"; shift 2 ;;
    --debs) debs_from="${2:?--debs needs a directory}"; shift 2 ;;
    -h|--help) sed -n '2,/^# Exits non-zero/p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "check-install: unknown argument '$1' (usage: check-install.sh [--system] [--build-dir DIR] [--debs DIR])" >&2; exit 2 ;;
  esac
done

if [[ "${CI:-}" != "true" && "${system}" -ne 1 ]]; then
  echo "== check-install: skipped (it installs the .deb packages into /usr: runs when CI=true or with --system)"
  exit 0
fi

fail() {
  echo "check-install: FAILED: $*" >&2
  exit 1
}

[[ "$(id -u)" -eq 0 ]] || fail "needs root (apt-get install into /usr)"
for tool in apt-get dpkg dpkg-deb cpack cmake cc c++ pkg-config php /usr/bin/python3; do
  command -v "${tool}" >/dev/null || fail "needs ${tool}"
done
build="$(cd "${build_dir}" 2>/dev/null && pwd)" || fail "no build directory ${build_dir}"
[[ -f "${build}/CPackConfig.cmake" ]] || fail "${build} is not a configured build with packaging (no CPackConfig.cmake)"
[[ -x "${build}/zi" ]] || fail "${build}/zi is not built"
build_lib="$(readlink -f "${build}/capi/libzi_c.so.0" 2>/dev/null)" || true
[[ -f "${build_lib}" ]] || fail "${build}/capi/libzi_c.so.0 is not built"

packages=(libzi-c0 libzi-c-dev zi python3-zi php-zi)
for p in "${packages[@]}"; do
  if dpkg-query -W -f='${Status}' "${p}" 2>/dev/null | grep -q "installed"; then
    fail "package ${p} is already installed; this check needs a system without libzi (apt-get purge -y ${packages[*]})"
  fi
done

started=$(date +%s)
tmp="$(mktemp -d /tmp/zi-check-install.XXXXXX)"
chmod 755 "${tmp}"  # apt's _apt user reads the .deb files from here
installed=0
cleanup() {
  local rc=$?
  if [[ "${installed}" -eq 1 ]]; then
    echo "== check-install: purging the packages after a failure" >&2
    DEBIAN_FRONTEND=noninteractive apt-get purge -y "${packages[@]}" >&2 || true
  fi
  [[ -n "${ZI_CHECK_INSTALL_KEEP:-}" ]] || rm -rf "${tmp}"
  exit "${rc}"
}
trap cleanup EXIT

# ---- 1. The .deb files of the build --------------------------------------------------------
debs_dir="${build}/capi/tests-packaging/deb/debs"
reuse=1
shopt -s nullglob
debs=("${debs_dir}"/*.deb)
if [[ -n "${debs_from}" ]]; then
  debs_dir="${debs_from}"
  debs=("${debs_dir}"/*.deb)
  [[ ${#debs[@]} -gt 0 ]] || fail "no .deb files in ${debs_dir}"
elif [[ ${#debs[@]} -ne ${#packages[@]} ]]; then
  reuse=0
else
  for deb in "${debs[@]}"; do
    [[ "${deb}" -nt "${build_lib}" && "${deb}" -nt "${build}/zi" ]] || reuse=0
  done
fi
mkdir -p "${tmp}/debs"
if [[ "${reuse}" -eq 1 ]]; then
  echo "== check-install: the packages in ${debs_dir}"
  cp "${debs[@]}" "${tmp}/debs/"
else
  echo "== check-install: cpack -G DEB from ${build}"
  cpack -G DEB --config "${build}/CPackConfig.cmake" -B "${tmp}/cpack" >"${tmp}/cpack.log" 2>&1 ||
    { cat "${tmp}/cpack.log" >&2; fail "cpack -G DEB failed"; }
  cp "${tmp}"/cpack/*.deb "${tmp}/debs/"
fi
debs=("${tmp}"/debs/*.deb)
shopt -u nullglob
chmod 644 "${debs[@]}"

declare -A deb_of depends_of
version=""
for deb in "${debs[@]}"; do
  name="$(dpkg-deb -f "${deb}" Package)"
  deb_of["${name}"]="${deb}"
  depends_of["${name}"]="$(dpkg-deb -f "${deb}" Depends)"
  v="$(dpkg-deb -f "${deb}" Version)"
  [[ -z "${version}" || "${version}" == "${v}" ]] || fail "the packages have different versions (${version}, ${v})"
  version="${v}"
  echo "   ${name} ${v}: Depends: ${depends_of[${name}]}"
done
for p in "${packages[@]}"; do
  [[ -n "${deb_of[${p}]:-}" ]] || fail "no ${p} package among ${debs[*]}"
done
[[ ${#debs[@]} -eq ${#packages[@]} ]] || fail "expected ${#packages[@]} packages, found ${#debs[@]}: ${debs[*]}"
if grep -Eq 'boost|minizip|expat|zlib|libstdc\+\+|libgcc' <<<"${depends_of[libzi-c0]}"; then
  fail "libzi-c0 depends on a library that libzi_c carries inside: ${depends_of[libzi-c0]}"
fi
grep -q 'libc6' <<<"${depends_of[libzi-c0]}" || fail "libzi-c0 does not depend on libc6: ${depends_of[libzi-c0]}"
for p in libzi-c-dev python3-zi php-zi; do
  grep -Fq "libzi-c0 (= ${version})" <<<"${depends_of[${p}]}" ||
    fail "${p} does not depend on libzi-c0 (= ${version}): ${depends_of[${p}]}"
done

# Every path the packages hold, and which of their directories exist before (those that
# do not must be gone after the purge).
: >"${tmp}/paths"
for deb in "${debs[@]}"; do
  dpkg-deb --fsys-tarfile "${deb}" | tar -t | sed -e 's|^\./|/|' -e 's|/$||' | grep -v '^/\?$' >>"${tmp}/paths"
done
sort -u -o "${tmp}/paths" "${tmp}/paths"
: >"${tmp}/new_paths"
while IFS= read -r path; do
  [[ -e "${path}" || -L "${path}" ]] || echo "${path}" >>"${tmp}/new_paths"
done <"${tmp}/paths"
while IFS= read -r path; do  # only directories (/usr/lib, ...) may exist already
  if [[ -L "${path}" || (-e "${path}" && ! -d "${path}") ]]; then
    fail "${path} exists before the install (a leftover of another libzi install?)"
  fi
done <"${tmp}/paths"

# ---- 2. apt install ------------------------------------------------------------------------
echo "== check-install: apt-get install -y ./*.deb"
installed=1
(cd "${tmp}/debs" && DEBIAN_FRONTEND=noninteractive apt-get install -y ./*.deb) >"${tmp}/apt-install.log" 2>&1 ||
  { cat "${tmp}/apt-install.log" >&2; fail "apt-get install -y ./*.deb failed"; }
grep -E '^(Setting up|Unpacking) ' "${tmp}/apt-install.log" | sed 's/^/   /' || true
for p in "${packages[@]}"; do
  status="$(dpkg-query -W -f='${Status} ${Version}' "${p}" 2>/dev/null)" || fail "${p} is not installed after apt-get install"
  [[ "${status}" == "install ok installed ${version}" ]] || fail "${p}: ${status}"
done
lib="/usr/lib/libzi_c.so.0"
[[ -e "${lib}" ]] || fail "no ${lib} after the install"
lib_real="$(readlink -f "${lib}")"

# ---- 3. Programs against the installed files only ------------------------------------------
work="${tmp}/work"
mkdir -p "${work}/cpp"
cp examples/c/plan_walk.c examples/cpp/plan_walk.cpp examples/python/plan_walk.py \
   examples/php/plan_walk.php data/samples/kpu-sulteng-2026-bukti.csv "${work}/"
cp tests/packaging/cpp/CMakeLists.txt "${work}/cpp/"
cd "${work}"
# An empty environment: nothing may point back into the build tree or the checkout.
sys() {
  env -i PATH=/usr/bin:/bin:/usr/sbin:/sbin HOME="${work}" LANG=C.UTF-8 "$@"
}
run() {  # run WHAT CMD...: the command's standard output; fails showing both outputs
  local what="$1"; shift
  local out rc=0
  out="$(sys "$@" 2>"${tmp}/stderr")" || rc=$?
  if [[ "${rc}" -ne 0 ]]; then
    printf '%s\n' "${out}" >&2
    cat "${tmp}/stderr" >&2
    fail "${what}: \`$*\` failed (exit status ${rc})"
  fi
  printf '%s' "${out}"
}
uses_installed_lib() {  # the program loads /usr/lib/libzi_c.so.0 (ldd), nothing from the checkout
  local deps loaded
  deps="$(sys ldd "$1")"
  loaded="$(sed -n 's/^[[:space:]]*libzi_c\.so\.0 => \([^ ]*\) .*/\1/p' <<<"${deps}")"
  # (/lib/libzi_c.so.0 on a merged-/usr system: the same file)
  [[ -n "${loaded}" && "$(readlink -f "${loaded}")" == "${lib_real}" ]] ||
    fail "$1 does not load ${lib}:"$'\n'"${deps}"
  ! grep -q "${repo}" <<<"${deps}" || fail "$1 loads a library from ${repo}:"$'\n'"${deps}"
}

as_of="2026-07-01"
evidence="${work}/kpu-sulteng-2026-bukti.csv"

cat >"${work}/score.c" <<'EOF'
/* The embedded plan's score as of argv[1] with the evidence file argv[2] (rejected rows are
   left out, as `zi score --allow-rejects` does), through the C ABI. */
#include <stdio.h>
#include <string.h>
#include <zi/zi.h>

static int fail(const char *what) {
  fprintf(stderr, "%s: %s\n", what, zi_last_error_message());
  return 1;
}

int main(int argc, char **argv) {
  zi_plan *plan = NULL;
  zi_evidence_scope *scope = NULL;
  zi_evidence *evidence = NULL;
  zi_report *report = NULL;
  zi_date as_of;
  double score = 0;
  bool has_score = false;
  if (argc != 3) return 2;
  if (zi_date_parse_iso(&as_of, argv[1], strlen(argv[1])) != ZI_OK) return fail("zi_date_parse_iso");
  if (zi_plan_default(&plan) != ZI_OK) return fail("zi_plan_default");
  if (zi_evidence_scope_for_plan(&scope, plan, NULL) != ZI_OK) return fail("zi_evidence_scope_for_plan");
  if (zi_evidence_load_file(&evidence, argv[2], scope) != ZI_OK) return fail("zi_evidence_load_file");
  if (zi_score_plan(&report, plan, NULL, evidence, as_of, NULL) != ZI_OK) return fail("zi_score_plan");
  if (zi_report_score(&score, &has_score, report) != ZI_OK || !has_score) return fail("zi_report_score");
  printf("%.9f\n", score);
  zi_report_free(report);
  zi_evidence_free(evidence);
  zi_evidence_scope_free(scope);
  zi_plan_free(plan);
  return 0;
}
EOF

echo "== check-install: C (pkg-config zi_c)"
c_flags="$(run "pkg-config zi_c" pkg-config --cflags --libs zi_c)"
[[ "${c_flags}" != *"${repo}"* ]] || fail "pkg-config zi_c points into the checkout: ${c_flags}"
# shellcheck disable=SC2086
run "C plan_walk" cc -std=c99 -Wall -Werror plan_walk.c ${c_flags} -o plan_walk_c >/dev/null
# shellcheck disable=SC2086
run "C score" cc -std=c99 -Wall -Werror score.c ${c_flags} -o score_c >/dev/null
uses_installed_lib ./plan_walk_c
# No rpath: the dynamic linker finds /usr/lib/libzi_c.so.0 by its default search path.
dynamic="$(readelf -d plan_walk_c)"
! grep -Eq 'RPATH|RUNPATH' <<<"${dynamic}" || fail "plan_walk_c has an rpath (from pkg-config zi_c?):"$'\n'"${dynamic}"
uses_installed_lib ./score_c
out_c="$(run "C plan_walk" ./plan_walk_c)"
score_c="$(run "C score" ./score_c "${as_of}" "${evidence}")"

echo "== check-install: C++ (CMake find_package(zi), pkg-config zi)"
run "C++ CMake configure" cmake -S cpp -B cpp/build -DCMAKE_FIND_USE_PACKAGE_REGISTRY=OFF \
    "-DZI_EXAMPLE=${work}/plan_walk.cpp" >/dev/null
zi_dir="$(sed -n 's/^zi_DIR:PATH=//p' cpp/build/CMakeCache.txt)"
[[ "${zi_dir}" == "/usr/lib/cmake/zi" ]] || fail "find_package(zi) found ${zi_dir}, not /usr/lib/cmake/zi"
run "C++ CMake build" cmake --build cpp/build >/dev/null
out_cpp="$(run "C++ plan_walk (CMake)" ./cpp/build/plan_walk_cpp)"
cxx_flags="$(run "pkg-config zi" pkg-config --cflags --libs zi)"
[[ "${cxx_flags}" != *"${repo}"* ]] || fail "pkg-config zi points into the checkout: ${cxx_flags}"
# shellcheck disable=SC2086
run "C++ plan_walk (pkg-config)" c++ plan_walk.cpp ${cxx_flags} -o plan_walk_cpp_pc >/dev/null
out_cpp_pc="$(run "C++ plan_walk (pkg-config)" ./plan_walk_cpp_pc)"

echo "== check-install: the zi CLI"
[[ "$(sys sh -c 'command -v zi')" == "/usr/bin/zi" ]] || fail "zi on PATH is not /usr/bin/zi"
json_score() {  # the "score" of a zi score --json output on stdin, as %.9f
  sys /usr/bin/python3 -c 'import json, sys; print("%.9f" % json.load(sys.stdin)["score"])'
}
lint="$(run "zi plan lint" zi plan lint --json)"
grep -q '"errors": 0' <<<"${lint}" || fail "zi plan lint --json does not report 0 errors:"$'\n'"${lint}"
score_cli="$(run "zi score" zi score --as-of "${as_of}" --evidence "${evidence}" --allow-rejects --json | json_score)"
score_build="$("${build}/zi" score --as-of "${as_of}" --evidence "${evidence}" --allow-rejects --json 2>/dev/null | json_score)"

echo "== check-install: Python (/usr/bin/python3, python3-zi)"
out_py="$(run "Python plan_walk" /usr/bin/python3 plan_walk.py)"
py_check="$(run "Python score" /usr/bin/python3 -c '
import os, sys, zi
as_of, path = sys.argv[1], sys.argv[2]
with zi.Plan.default() as plan:
    evidence = zi.import_evidence(path, scope=plan)
    print("%.9f" % plan.score(as_of, evidence=evidence).score)
print(os.path.realpath(zi.__file__))
print(os.path.realpath(zi.library_path()))
' "${as_of}" "${evidence}")"
{ read -r score_py; read -r py_file; read -r py_lib; } <<<"${py_check}"
[[ "${py_file}" == /usr/lib/python3/dist-packages/zi/__init__.py ]] || fail "Python imported ${py_file}"
[[ "${py_lib}" == "${lib_real}" ]] || fail "Python loaded ${py_lib}, not ${lib_real}"

echo "== check-install: PHP (php, php-zi)"
# ZI_CC=/nonexistent: the package must use its installed zi_cdef.h, not preprocess zi.h.
out_php="$(run "PHP plan_walk" env ZI_CC=/nonexistent php plan_walk.php)"
cat >"${work}/score.php" <<'EOF'
<?php
declare(strict_types=1);
require '/usr/share/php/zi/src/autoload.php';
$plan = Zi\Plan::default();
printf("%.9f\n", $plan->score($argv[1], $plan->loadEvidence($argv[2]))->score());
echo realpath(Zi\Lib::libraryPath()), "\n";
EOF
php_check="$(run "PHP score" env ZI_CC=/nonexistent php score.php "${as_of}" "${evidence}")"
{ read -r score_php; read -r php_lib; } <<<"${php_check}"
[[ "${php_lib}" == "${lib_real}" ]] || fail "PHP loaded ${php_lib}, not ${lib_real}"

echo "== check-install: the same results everywhere"
[[ "${out_c}" =~ ^"KPU Provinsi Sulawesi Tengah, 2026: 0 errors, "[0-9]+" warnings"$'\n'"5 Penguatan Pengawasan"$'\n' ]] ||
  fail "unexpected C plan_walk output:"$'\n'"${out_c}"
for lang in cpp cpp_pc py php; do
  var="out_${lang}"
  [[ "${!var}" == "${out_c}" ]] || fail "plan_walk (${lang}) prints"$'\n'"${!var}"$'\n'"but C prints"$'\n'"${out_c}"
done
[[ "${score_build}" =~ ^[0-9]+\.[0-9]{9}$ && "${score_build}" != "0.000000000" ]] ||
  fail "the build tree's zi score is '${score_build}'"
for lang in c cli py php; do
  var="score_${lang}"
  [[ "${!var}" == "${score_build}" ]] || fail "the score as of ${as_of} is ${!var} (${lang}) but ${score_build} (build tree's zi)"
done
echo "   plan_walk: C, C++ (CMake, pkg-config), Python and PHP print the same $(wc -l <<<"${out_c}") lines"
echo "   score as of ${as_of} with the sample evidence: ${score_build} (C, CLI, Python, PHP and the build tree's zi)"

# ---- 4. apt purge: nothing left ------------------------------------------------------------
cd "${repo}"
echo "== check-install: apt-get purge -y ${packages[*]}"
DEBIAN_FRONTEND=noninteractive apt-get purge -y "${packages[@]}" >"${tmp}/apt-purge.log" 2>&1 ||
  { cat "${tmp}/apt-purge.log" >&2; fail "apt-get purge failed"; }
installed=0
grep -E '^(Removing|Purging) ' "${tmp}/apt-purge.log" | sed 's/^/   /' || true
for p in "${packages[@]}"; do
  if dpkg -L "${p}" >/dev/null 2>&1; then
    fail "dpkg -L ${p} still lists files after the purge"
  fi
done
left=""
while IFS= read -r path; do
  if [[ -e "${path}" || -L "${path}" ]]; then
    left+="${path}"$'\n'
  fi
done <"${tmp}/new_paths"
for path in /usr/lib/libzi* /usr/lib/x86_64-linux-gnu/libzi* /usr/lib/python3/dist-packages/zi \
            /usr/share/php/zi /usr/include/zi /usr/lib/cmake/zi /usr/bin/zi; do
  if [[ -e "${path}" || -L "${path}" ]] && ! grep -qxF "${path}" <<<"${left}"; then
    left+="${path}"$'\n'
  fi
done
[[ -z "${left}" ]] || fail "left on the system after apt-get purge:"$'\n'"${left}"
ld_cache="$(ldconfig -p)"  # (not piped into grep -q: with pipefail, SIGPIPE would count)
if grep -q 'libzi_c' <<<"${ld_cache}"; then
  fail "ldconfig's cache still lists libzi_c after the purge"
fi
echo "== check-install: passed in $(( $(date +%s) - started )) s (installed, used and purged ${packages[*]} ${version})"
