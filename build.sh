#!/bin/sh
# hadath set-up: installs what is missing, configures, builds, then runs the
# demo or the tests.
#
#   ./build.sh demo              build the program, then run it on samples/astana into out/
#   ./build.sh test              build with the tests, then run every test (CTest)
#   ./build.sh test --sanitize   the same under AddressSanitizer and UndefinedBehaviorSanitizer
#   ./build.sh build             only build the program and the tests (build/hadath)
#
# The demo installs only what building and running hadath needs; the tests
# need more (Catch2, the Python and browser tools that check the outputs).
set -eu

cd "$(dirname "$0")"
action=${1:-build}
[ $# -gt 0 ] && shift
sanitize=no
for arg in "$@"; do
  case "$arg" in
    --sanitize) sanitize=yes ;;
    *) echo "build.sh: unknown option '$arg'" >&2; exit 2 ;;
  esac
done

# Debian packages building and running hadath need, and those the tests add.
build_packages="g++ cmake make libboost-graph-dev rapidjson-dev libicu-dev libgoogle-perftools-dev pkg-config"
test_packages="catch2 icu-devtools libxml2-utils iso-codes python3 python3-networkx python3-igraph chromium \
cmark-gfm clang libclang-rt-14-dev"
case "$action" in
  demo) packages="$build_packages"; tests=OFF ;;
  test|build) packages="$build_packages $test_packages"; tests=ON ;;
  *) echo "build.sh: unknown action '$action' (demo, test or build)" >&2; exit 2 ;;
esac

install_missing() {
  missing=""
  for package in $packages; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing="$missing $package"
  done
  [ -z "$missing" ] && return 0
  if [ "$(id -u)" = 0 ]; then
    echo "build.sh: installing$missing"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    # shellcheck disable=SC2086
    apt-get install -y -qq --no-install-recommends $missing >/dev/null
  else
    echo "build.sh: missing Debian packages. Install them with:" >&2
    echo "  sudo apt-get install -y$missing" >&2
    exit 1
  fi
}

install_missing

jobs=$(nproc 2>/dev/null || echo 2)
werror=OFF
[ "${CI:-}" = true ] && werror=ON
if [ "$sanitize" = yes ]; then
  # The tests scale their large inputs down under the sanitizers' slowdown.
  export HADATH_SANITIZED=1
  dir=build-sanitize
  cmake -S . -B "$dir" -DCMAKE_BUILD_TYPE=Debug -DHADATH_SANITIZE=ON -DHADATH_WERROR=$werror \
    -DHADATH_TESTS=$tests >/dev/null
else
  dir=build
  cmake -S . -B "$dir" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DHADATH_WERROR=$werror -DHADATH_TESTS=$tests >/dev/null
fi
cmake --build "$dir" -j "$jobs"

case "$action" in
  build) ;;
  demo)
    "$dir/hadath" build samples/astana -o out
    echo
    echo "Files written:"
    ls -l out
    ;;
  test)
    export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1
    export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
    status=0
    ctest --test-dir "$dir" --output-on-failure -j "$jobs" || status=$?
    # CTest says only "Skipped"; the reason is in the test's own output.
    awk '/^[0-9]+\/[0-9]+ Testing: / { sub(/^[0-9]+\/[0-9]+ Testing: /, ""); name = $0 }
         /^ *SKIPPED: / { sub(/^ *SKIPPED: */, ""); print "skipped: " name ": " $0 }' \
      "$dir/Testing/Temporary/LastTest.log" | sort -u
    exit $status
    ;;
esac
