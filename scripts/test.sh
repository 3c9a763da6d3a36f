#!/usr/bin/env bash
# Sets up a fresh machine and runs every test. This is what .ci/run calls.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
dotnet build BindingForge.sln -c Release --no-restore --verbosity quiet -nologo

log=$(mktemp)
trap 'rm -f "$log"' EXIT
status=0
dotnet test BindingForge.sln -c Release --no-build --verbosity quiet -nologo --logger "console;verbosity=minimal" \
    | tee "$log" || status=$?

# One closing line over all test assemblies: "Total: N passed, N failed".
awk '/(Passed|Failed)! +- Failed: / {
        for (i = 1; i <= NF; i++) { if ($i == "Failed:") f += $(i+1); if ($i == "Passed:") p += $(i+1) }
    }
    END { printf "Total: %d passed, %d failed\n", p, f }' "$log"
grep -q "Passed: *[1-9]" "$log" || { echo "test.sh: no test ran" >&2; exit 1; }

# The packages end to end, outside the repository (pack, MSBuild integration, dotnet tool); about a minute.
bash scripts/package-e2e.sh || status=1
exit "$status"
