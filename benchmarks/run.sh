#!/usr/bin/env bash
# Runs BindingForge's benchmarks and writes benchmarks/results/summary.{json,md,png} and calls.png.
#
#   benchmarks/run.sh [--quick] [--runs N] [--out DIR] [-- extra BenchmarkDotNet arguments, e.g. --filter '*Handle*']
#
# Steps: build the suites (Release), smoke-check every benchmark once, compile and run the C floor
# (benchmarks/native/floor.c, gcc -O2), run BenchmarkDotNet, then write the summary from its JSON export.
# --quick: in-process BenchmarkDotNet with short iterations and 16 MiB of zlib input (about 3-4 minutes on two cores).
# Without it: one process per benchmark, longer iterations, 64 MiB of zlib input (10-15 minutes).
# --runs N: run BenchmarkDotNet N times and report the median of the N medians (steadier on a busy machine).
set -euo pipefail
cd "$(dirname "$0")/.."

quick=0
runs=1
out=benchmarks/results
extra=()
while [ $# -gt 0 ]; do
    case "$1" in
        --quick) quick=1 ;;
        --out) out="$2"; shift ;;
        --runs) runs="$2"; shift ;;
        --) shift; extra=("$@"); break ;;
        *) echo "run.sh: unknown argument $1 (usage: run.sh [--quick] [--runs N] [--out DIR] [-- BenchmarkDotNet args])" >&2; exit 2 ;;
    esac
    shift
done

case "$runs" in
    ''|*[!0-9]*|0) echo "run.sh: --runs needs a positive number" >&2; exit 2 ;;
esac
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
work=benchmarks/BenchmarkDotNet.Artifacts
mkdir -p "$work" "$out"
start=$(date +%s)

if [ ! -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ]; then
    echo "run.sh: no DejaVu fonts: the charts will have no text. Install them with: apt-get install -y fonts-dejavu-core" >&2
fi

load_before=$(cut -d' ' -f1-3 /proc/loadavg)
if awk -v l="${load_before%% *}" 'BEGIN { exit !(l > 0.5) }'; then
    echo "run.sh: load average is $load_before: other work is running, so the numbers will be noisy" >&2
fi

echo "== build"
dotnet build benchmarks/BindingForge.Benchmarks/BindingForge.Benchmarks.csproj -c Release --verbosity quiet -nologo
dotnet build benchmarks/BindingForge.Benchmarks.Report/BindingForge.Benchmarks.Report.csproj -c Release --verbosity quiet -nologo
bench_dll=benchmarks/BindingForge.Benchmarks/bin/Release/net10.0/BindingForge.Benchmarks.dll
report_dll=benchmarks/BindingForge.Benchmarks.Report/bin/Release/net10.0/linux-x64/BindingForge.Benchmarks.Report.dll

echo "== smoke (every benchmark once, tiny sizes, results checked)"
dotnet "$bench_dll" --smoke | tail -1

echo "== C floor (compiled here; run before each BenchmarkDotNet run so both see the same machine load)"
gcc -O2 -Wall -Wextra -o "$work/floor" benchmarks/native/floor.c -lsqlite3 -lz
if [ $quick -eq 1 ]; then floor_args=(100000 16 5); else floor_args=(100000 64 9); fi
rm -f "$work"/floor-*.json

echo "== runs (C floor, then BenchmarkDotNet)"
rm -rf "$work/bdn"
mode_args=()
[ $quick -eq 1 ] && mode_args=(--quick)
floor_files=()
for run in $(seq 1 "$runs"); do
    echo "-- run $run of $runs: C floor"
    "$work/floor" "${floor_args[@]}" > "$work/floor-$run.json"
    cat "$work/floor-$run.json"
    floor_files+=(--floor "$work/floor-$run.json")
    echo "-- run $run of $runs: BenchmarkDotNet"
    dotnet "$bench_dll" "${mode_args[@]}" --artifacts "$work/bdn/run-$run" "${extra[@]}"
done

echo "== report"
if [ $quick -eq 1 ]; then
    mode="quick (in-process, 4 warmup + 15 iterations of ~100 ms)"
else
    mode="full (a process per benchmark, 6 warmup + 15 iterations)"
fi
[ "$runs" -gt 1 ] && mode="$mode, median of $runs runs"
dotnet "$report_dll" --bdn "$work/bdn" "${floor_files[@]}" --out "$out" \
    --fact "mode=$mode" --fact "gcc=$(gcc --version | head -1)" --fact "c-floor=gcc -O2, same loops, median of repetitions" \
    --fact "load-average-before=$load_before (1, 5, 15 min)" --fact "load-average-after=$(cut -d' ' -f1-3 /proc/loadavg) (1, 5, 15 min)"
cp "$(ls -t "$work"/bdn/run-*/results/*-report-github.md | head -1)" "$out/benchmarkdotnet.md"
echo "run.sh: done in $(( $(date +%s) - start )) s; results in $out"
