#!/usr/bin/env bash
# Installs what BindingForge needs on a fresh Debian 12 machine with the .NET 10 SDK, then restores NuGet packages.
# Idempotent: packages already present are not reinstalled. Run as root (CI does); otherwise it prints the command.
#   scripts/setup.sh [EXTRA_PACKAGE ...]   also installs these Debian packages (the benchmarks ask for bindgen and time)
set -euo pipefail
cd "$(dirname "$0")/.."

need=()
have_pkg() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "install ok installed"; }
# libclang 19 (library, builtin headers, clang-c headers: libclang is also a library under test), the example
# libraries' headers (curl for the forms tests, APR for the pool tests in tests/pools), gcc for the C fixture, a font
# for the benchmark charts.
for pkg in libclang1-19 libclang-common-19-dev libclang-19-dev libsqlite3-dev zlib1g-dev libcurl4-openssl-dev libapr1-dev gcc libc6-dev fonts-dejavu-core "$@"; do
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
dotnet restore BindingForge.sln --verbosity quiet
