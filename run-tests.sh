#!/usr/bin/env bash
# run-tests.sh: the whole test suite (unit tests and end-to-end scripts),
# built with AddressSanitizer, UndefinedBehaviorSanitizer and -Werror in
# build-check/.  Run ./bootstrap.sh once before (it installs the packages).
# Prints automake's summary; exits non-zero when a test fails.
set -euo pipefail

cd "$(dirname "$0")"
build="$(pwd)/build-check"

if [ ! -x configure ] || [ configure.ac -nt configure ] ||
   [ Makefile.am -nt Makefile.in ]; then
  autoreconf -fi
fi
mkdir -p "$build"
if [ ! -f "$build/Makefile" ]; then
  (cd "$build" && ../configure -q --enable-sanitizers --enable-werror)
fi
jobs=$(nproc 2>/dev/null || echo 2)
if ! make -C "$build" -s -j"$jobs" check; then
  echo "run-tests: failures; the logs are $build/tests/*.log and" \
       "$build/test-suite.log" >&2
  exit 1
fi
