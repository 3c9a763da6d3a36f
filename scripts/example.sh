#!/usr/bin/env bash
# Sets up a fresh machine, generates thin bindings for the system sqlite3 with the bindingforge CLI, and runs the
# example program that uses them.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
dotnet build generator/BindingForge.Cli -c Release --no-restore --verbosity quiet -nologo
cli=generator/BindingForge.Cli/bin/Release/net10.0/bindingforge
"$cli" generate --header /usr/include/sqlite3.h --library sqlite3 --namespace Examples.Sqlite3 \
    --class Sqlite3 --style thin --out examples/Sqlite3Thin/Generated
dotnet run --project examples/Sqlite3Thin -c Release
