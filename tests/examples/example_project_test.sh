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
echo "== the correct example passes in both modes"

configure_and_build buggy -DRING_BUFFER_BUG=ON
if ctest --test-dir "$work/buggy" -R '^ring_conformance$' >"$work/buggy.ctest.log" 2>&1; then
  echo "the conformance test passed with RING_BUFFER_BUG on"; exit 1
fi
report="$work/buggy/ring_conformance-reports/ring_conformance.json"
# The off-by-one end must show as a failure of next.in-order on the wrapped ring buffer, with the
# item it lost expected and the end observed.
# (The report holds one result a line; the patterns allow either spacing of JSON.)
grep -qE '"subject": ?"ring::ring_buffer<int,4> \(wrapped\)"' "$report" || { echo "no wrapped ring buffer in $report"; exit 1; }
grep -E '"outcome": ?"FAIL"' "$report" | grep -q '"next.in-order"' || { echo "no next.in-order failure"; exit 1; }
grep -qE '"observed": ?"end"' "$report" || { echo "no failure observing the early end"; exit 1; }
if ctest --test-dir "$work/buggy" -R '^ring__ring_buffer' >"$work/buggy.gtest.log" 2>&1; then
  echo "the GoogleTest mode passed with RING_BUFFER_BUG on"; exit 1
fi
grep -c "Failed" "$work/buggy.gtest.log" | sed 's/^/== GoogleTest-mode tests failing with the bug: /'
# The properties are GoogleTest tests too, and they find the bug as well.
grep -E "ring__ring_buffer_int_4___wrapped_\.prop_[a-z]+ .*Failed" "$work/buggy.gtest.log" | sed 's/^.*- /== failing property test: /' | head -3
grep -qE "ring__ring_buffer_int_4___wrapped_\.prop_[a-z]+ .*Failed" "$work/buggy.gtest.log" || { echo "no property test failed"; exit 1; }
echo "== with RING_BUFFER_BUG on, both modes fail on next.in-order"

# The same subjects with iterconf brought in by FetchContent from this source tree.
cmake -S "$source/tests/examples/fetchcontent" -B "$work/fetched" -DITERCONF_SOURCE="$source" "${launcher[@]}" \
      >"$work/fetched.configure.log" 2>&1 || { cat "$work/fetched.configure.log"; exit 1; }
cmake --build "$work/fetched" -j2 --target ring_conformance >"$work/fetched.build.log" 2>&1 || { cat "$work/fetched.build.log"; exit 1; }
ctest --test-dir "$work/fetched" --output-on-failure | grep 'tests passed'
echo "== through FetchContent the example passes too"

# The pkg-config file describes the installed headers and libraries.
if command -v pkg-config >/dev/null; then
  PKG_CONFIG_PATH="$work/prefix/lib/pkgconfig" pkg-config --cflags --libs iterconf | grep -q -- "-literconf_harness"
  echo "== pkg-config finds iterconf"
fi
