#!/usr/bin/env bash
# The worked example as a user meets it: install iterconf into a fresh prefix, configure the
# example as a separate project that finds it there, and run its conformance tests in both modes;
# then flip the example's bug on and see the conformance test fail on the rule it breaks.
# Usage: example_project_test.sh BUILD_DIR SOURCE_DIR
set -euo pipefail
build=$1
source=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)

cmake --install "$build" --prefix "$work/prefix" >/dev/null
echo "== installed iterconf into a fresh prefix"

configure_and_build() {  # variant, extra flags...
  local variant=$1; shift
  cmake -S "$source/examples/ring_buffer" -B "$work/$variant" -DCMAKE_PREFIX_PATH="$work/prefix" \
        "${launcher[@]}" "$@" >"$work/$variant.configure.log" 2>&1 || { cat "$work/$variant.configure.log"; exit 1; }
  cmake --build "$work/$variant" -j2 >"$work/$variant.build.log" 2>&1 || { cat "$work/$variant.build.log"; exit 1; }
}

configure_and_build correct
ctest --test-dir "$work/correct" -j2 --output-on-failure | grep 'tests passed'
[ "$(ctest --test-dir "$work/correct" -N | grep -c 'ring_gtest\.')" = 2 ] || { echo "GoogleTest mode: not one CTest test a subject"; exit 1; }
echo "== the correct example passes: runner, GoogleTest mode (one CTest test a subject), ITERCONF_TEST, conforms()"

# The harness alone: with neither GoogleTest nor RapidCheck to be found, the package still loads,
# without its cli and gtest components, and the plain program checks the ring buffer.
configure_and_build harness_only -DCMAKE_DISABLE_FIND_PACKAGE_GTest=ON -DCMAKE_DISABLE_FIND_PACKAGE_rapidcheck=ON
[ "$(ctest --test-dir "$work/harness_only" -N | grep -c 'Test *#')" = 1 ] || { ctest --test-dir "$work/harness_only" -N; exit 1; }
ctest --test-dir "$work/harness_only" --output-on-failure | grep 'tests passed'
echo "== the harness alone builds and checks without GoogleTest or RapidCheck"

# The scaffold `iterconf init` writes builds against the installed package and passes.
"$work/prefix/bin/iterconf" init "$work/scaffold" --name mylib >/dev/null
cmake -S "$work/scaffold" -B "$work/scaffold/build" -DCMAKE_PREFIX_PATH="$work/prefix" "${launcher[@]}" \
      >"$work/scaffold.configure.log" 2>&1 || { cat "$work/scaffold.configure.log"; exit 1; }
cmake --build "$work/scaffold/build" -j2 >"$work/scaffold.build.log" 2>&1 || { cat "$work/scaffold.build.log"; exit 1; }
[ "$(ctest --test-dir "$work/scaffold/build" -N | grep -c "Test *#")" = 2 ] || { echo "the scaffold has not both tests"; exit 1; }
ctest --test-dir "$work/scaffold/build" -j2 --output-on-failure | grep "tests passed"
echo "== iterconf init's project builds against the install and passes"

configure_and_build buggy -DRING_BUFFER_BUG=ON
if ctest --test-dir "$work/buggy" -R '^ring_conformance$' >"$work/buggy.ctest.log" 2>&1; then
  echo "the conformance test passed with RING_BUFFER_BUG on"; exit 1
fi
report="$work/buggy/ring_conformance-reports/ring_conformance.json"
# The off-by-one end must show as a failure of next.in-order on the wrapped ring buffer, with the
# item it lost expected and the end observed.
# (The report holds one result a line; the patterns allow either spacing of JSON.)
grep -qE '"subject": ?"ring::ring_buffer<int,4> \(wrapped\)"' "$report" || { echo "no wrapped ring buffer in $report"; exit 1; }
# One grep: a reader that stops at its first match would end the writer of a pipe early (SIGPIPE).
grep -qE '"outcome": ?"FAIL".*"next\.in-order"|"next\.in-order".*"outcome": ?"FAIL"' "$report" ||
  { echo "no next.in-order failure"; exit 1; }
grep -qE '"observed": ?"end"' "$report" || { echo "no failure observing the early end"; exit 1; }
if ctest --test-dir "$work/buggy" -R '^ring_gtest\.' --output-on-failure >"$work/buggy.gtest.log" 2>&1; then
  echo "the GoogleTest mode passed with RING_BUFFER_BUG on"; exit 1
fi
grep -c '^\[  FAILED  \]' "$work/buggy.gtest.log" | sed 's/^/== GoogleTest-mode failure lines with the bug: /'
# The properties are GoogleTest tests too, and they find the bug as well.
grep -qE '^\[  FAILED  \] ring__ring_buffer_int_4___wrapped_\.prop_[a-z]+' "$work/buggy.gtest.log" || { echo "no property test failed"; exit 1; }
# The failure is placed at the installed case file's line, never in iterconf's source tree.
grep -qE "^$work/prefix/share/iterconf/cases/[a-z]+\.yaml:[0-9]+: Failure" "$work/buggy.gtest.log" ||
  { echo "no failure at an installed case file's line"; grep -m3 ': Failure' "$work/buggy.gtest.log"; exit 1; }
# The one-line check in the library's own GoogleTest suite, and the plain program, fail too.
if ctest --test-dir "$work/buggy" -R '^ring_tests$' --output-on-failure >"$work/buggy.own.log" 2>&1; then
  echo "ITERCONF_TEST passed with RING_BUFFER_BUG on"; exit 1
fi
grep -q 'FAIL ring::ring_buffer<int,4> (wrapped) next.in-order' "$work/buggy.own.log" || { cat "$work/buggy.own.log"; exit 1; }
if "$work/buggy/ring_check" >"$work/buggy.check.log"; then echo "ring_check passed with RING_BUFFER_BUG on"; exit 1; fi
tail -1 "$work/buggy.check.log" | sed 's/^/== ring_check with the bug: /'
echo "== with RING_BUFFER_BUG on, the runner, GoogleTest mode, ITERCONF_TEST and conforms() fail on next.in-order"

# The same subjects with iterconf brought in by FetchContent from this source tree.
cmake -S "$source/tests/examples/fetchcontent" -B "$work/fetched" -DITERCONF_SOURCE="$source" "${launcher[@]}" \
      >"$work/fetched.configure.log" 2>&1 || { cat "$work/fetched.configure.log"; exit 1; }
cmake --build "$work/fetched" -j2 --target ring_conformance >"$work/fetched.build.log" 2>&1 || { cat "$work/fetched.build.log"; exit 1; }
ctest --test-dir "$work/fetched" --output-on-failure | grep 'tests passed'
echo "== through FetchContent the example passes too"

# The pkg-config file describes the installed headers and libraries.
if command -v pkg-config >/dev/null; then
  # A plain program built with pkg-config alone (no CMake) links and checks the ring buffer.
  export PKG_CONFIG_PATH="$work/prefix/lib/pkgconfig"
  # shellcheck disable=SC2046
  c++ -I "$source/examples/ring_buffer/include" "$source/examples/ring_buffer/check_ring.cpp" -o "$work/pc_check" \
      $(pkg-config --cflags --libs iterconf)
  ITERCONF_DATA_DIR="$(pkg-config --variable=datadir iterconf)" "$work/pc_check" | tail -1
  pkg-config --libs iterconf-cli iterconf-gtest >/dev/null
  echo "== pkg-config: iterconf builds a plain program; iterconf-cli and iterconf-gtest resolve"
fi
