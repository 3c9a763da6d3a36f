#!/usr/bin/env bash
# Sets up a fresh machine, builds the bindingforge CLI (ReadyToRun, so it starts fast), generates thin bindings for
# the system sqlite3 from its header and safe bindings from contracts/sqlite3.yaml, and runs the example programs
# that use them.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --example
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
dotnet publish generator/BindingForge.Cli -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true \
    -o artifacts/cli --verbosity quiet -nologo
cli=artifacts/cli/bindingforge

echo "== thin: bindingforge generate --header /usr/include/sqlite3.h ..."
"$cli" generate --header /usr/include/sqlite3.h --library sqlite3 --namespace Examples.Sqlite3 \
    --class Sqlite3 --style thin --out examples/Sqlite3Thin/Generated
dotnet run --project examples/Sqlite3Thin -c Release

echo "== safe: bindingforge generate contracts/sqlite3.yaml --style safe ..."
"$cli" check contracts/sqlite3.yaml
"$cli" generate contracts/sqlite3.yaml --style safe --out examples/Sqlite3Safe/Generated
dotnet run --project examples/Sqlite3Safe -c Release
