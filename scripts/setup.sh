#!/usr/bin/env bash
# Installs what BindingForge needs on a fresh Debian 12 machine with the .NET 10 SDK, then restores NuGet packages.
# Idempotent: packages already present are not reinstalled. Run as root (CI does); otherwise it prints the command.
#   scripts/setup.sh [EXTRA_PACKAGE ...]   also installs these Debian packages (the benchmarks ask for bindgen and time)
#   scripts/setup.sh --example             only what the example needs: the published CLI carries the NuGet libclang
set -euo pipefail
cd "$(dirname "$0")/.."

need=()
have_pkg() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "install ok installed"; }
# The example libraries' headers and gcc (the shim, the C fixture, and the NuGet libclang's builtin headers); for the
# tests also libclang 19 (library, builtin headers, clang-c headers: libclang is also a library under test; the tests
# pin its behaviour), libcurl's and APR's headers (real libraries the tests bind beyond the bundled ones: forms, and
# the pools of tests/pools) and a font for the benchmark charts.
packages=(libsqlite3-dev zlib1g-dev gcc libc6-dev)
if [ "${1:-}" = "--example" ]; then
    shift
else
    packages+=(libclang1-19 libclang-common-19-dev libclang-19-dev libcurl4-openssl-dev libapr1-dev fonts-dejavu-core)
    # annotated GObject-Introspection libraries of different maintainers, with their .gir files: the measurement of
    # init's annotation and .gir import (GirMeasurementTests, docs/inference.md)
    packages+=(libgirepository1.0-dev libjson-glib-dev libharfbuzz-dev libgdk-pixbuf-2.0-dev libnotify-dev pkg-config)
    # Libraries the inference is measured on and never tuned on (tests/ground-truth): headers and section-3 manual
    # pages, the source `init` cites.
    packages+=(libpcre2-dev libselinux1-dev libmagic-dev libcap-dev libacl1-dev libarchive-dev libudev-dev libpopt-dev libpcap-dev uuid-dev)
fi
for pkg in "${packages[@]}" "$@"; do
    have_pkg "$pkg" || need+=("$pkg")
done

if [ ${#need[@]} -gt 0 ]; then
    cmd="apt-get update && apt-get install -y --no-install-recommends ${need[*]}"
    if [ "$(id -u)" -eq 0 ]; then
        echo "setup: installing ${need[*]}"
        export DEBIAN_FRONTEND=noninteractive
        apt-get update -qq >/dev/null
        apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
    else
        echo "setup: missing packages; run as root: $cmd" >&2
        exit 1
    fi
fi

command -v dotnet >/dev/null || { echo "setup: the .NET 10 SDK (dotnet) is not on PATH" >&2; exit 1; }
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
# The NativeAOT compiler packages too (scripts/package-e2e.sh publishes a program with PublishAot from local sources
# only); the solution's own restore comes last, so its assets files are the ones builds use.
dotnet restore generator/BindingForge.Cli -r linux-x64 -p:PublishAot=true --verbosity quiet
dotnet restore BindingForge.sln --verbosity quiet
