#!/usr/bin/env bash
# Sets up a fresh machine and runs every test. This is what .ci/run calls.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
dotnet build BindingForge.sln -c Release --no-restore --verbosity quiet -nologo
dotnet test BindingForge.sln -c Release --no-build --verbosity quiet -nologo --logger "console;verbosity=minimal"
