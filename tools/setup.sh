#!/bin/sh
# setup.sh -- installs the Debian packages annalist needs to build and test,
# when they are missing. Run by `make setup` (and so by `make demo` and
# `make test`). Needs root (or sudo) only when something is missing.
set -e
PKGS="gcc make pkg-config libjansson-dev libyajl-dev libutf8proc-dev libxxhash-dev libcmocka-dev libsqlite3-dev libxml2-dev python3 cppcheck clang-tidy valgrind gnuplot-nox graphviz"
missing=""
for p in $PKGS; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
[ -z "$missing" ] && exit 0
echo "setup: installing$missing"
SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO="sudo"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq $missing
