#!/usr/bin/env bash
# bootstrap.sh: from a fresh Debian 12 clone to a built newskg and a first
# graph.  Installs the missing Debian packages, builds in build-release/,
# exports samples/ to out/graph.ttl and prints the answer of one query.
# Safe to run again: it installs, regenerates and rebuilds only what is
# missing or out of date.
set -euo pipefail

cd "$(dirname "$0")"
top=$(pwd)
build="$top/build-release"

# ------------------------------------------------------------ packages
packages="build-essential autoconf automake libtool pkg-config \
librdf0-dev libraptor2-dev librasqal3-dev libunistring-dev \
liblzma-dev zlib1g-dev raptor2-utils rasqal-utils python3 time xz-utils"

missing=""
for p in $packages; do
  status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
  [[ $status == *"ok installed" ]] || missing="$missing $p"
done
if [ -n "$missing" ]; then
  sudo=""
  if [ "$(id -u)" -ne 0 ]; then sudo=sudo; fi
  echo "bootstrap: installing$missing"
  $sudo apt-get update -q
  # shellcheck disable=SC2086 # the list is meant to be split
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends $missing
fi

# --------------------------------------------------------------- build
if [ ! -x configure ] || [ configure.ac -nt configure ] ||
   [ Makefile.am -nt Makefile.in ]; then
  autoreconf -fi
fi
mkdir -p "$build"
if [ ! -f "$build/Makefile" ]; then
  (cd "$build" && ../configure -q)
fi
jobs=$(nproc 2>/dev/null || echo 2)
make -C "$build" -s -j"$jobs"
# src/newskg, as an in-tree build would have it, so that the commands of the
# documentation (src/newskg extract ...) work from the project's root.
ln -sfn ../build-release/src/newskg src/newskg

# ------------------------------------------------------ a first graph
mkdir -p out
echo "bootstrap: newskg extract -o out/graph.ttl samples/"
"$build/src/newskg" extract -o out/graph.ttl samples/

query=queries/examples/who-met-whom.rq
[ -f "$query" ] || query=queries/meetings.rq
echo "bootstrap: newskg query -D out/graph.ttl $query"
"$build/src/newskg" query -D out/graph.ttl "$query"
