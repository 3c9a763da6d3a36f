#!/usr/bin/env bash
# Fuzzes the contract loader with afl-fuzz through SharpFuzz (docs/fuzzing.md).
#   tests/fuzz/run-afl.sh [SECONDS]     default 600; findings go to tests/fuzz/findings (git-ignored)
# Installs afl++ (apt) and SharpFuzz.CommandLine (a local dotnet tool) when missing.
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:-600}
work=tests/fuzz/work
findings=tests/fuzz/findings
mkdir -p "$work/seeds" "$findings"

# afl++ from Debian, with the rest of the set-up (restore included).
bash scripts/setup.sh afl++
[ -x "$work/tools/sharpfuzz" ] || dotnet tool install --tool-path "$work/tools" SharpFuzz.CommandLine

# The seeds: every contract of the repository and the hostile corpus, flattened into one folder.
i=0
while IFS= read -r f; do cp "$f" "$work/seeds/$(printf '%03d' $i)-$(basename "$f")"; i=$((i + 1)); done < <(
    find contracts tests/native tests/golden tests/hostile -name '*.yaml' -not -path '*/build/*' | sort)

dotnet publish tests/fuzz/BindingForge.Fuzz -c Release -o "$work/bin" --nologo -v quiet
# Instrument the assemblies whose branches the fuzzer should see: the loader and its YAML parser.
"$work/tools/sharpfuzz" "$work/bin/BindingForge.Contracts.dll"
"$work/tools/sharpfuzz" "$work/bin/YamlDotNet.dll"

export AFL_SKIP_BIN_CHECK=1 AFL_NO_UI=1 AFL_SKIP_CPUFREQ=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1
timeout --preserve-status "$seconds" afl-fuzz -i "$work/seeds" -o "$findings" -t 10000 -m none -- \
    dotnet "$work/bin/BindingForge.Fuzz.dll" afl --header tests/native/fixture.h || true

crashes=$(find "$findings" -path '*crashes/id*' | wc -l)
echo "run-afl: $crashes crash(es) in $findings; replay one with:"
echo "  dotnet $work/bin/BindingForge.Fuzz.dll replay $findings/default/crashes"
