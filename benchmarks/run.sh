#!/usr/bin/env bash
# Runs BindingForge's benchmarks and writes benchmarks/results/summary.{json,md,png} and calls.png.
#
#   benchmarks/run.sh [--quick] [--runs N] [--out DIR] [--generator | --no-generator] [-- BenchmarkDotNet arguments, e.g. --filter '*Handle*']
#
# Steps: build the suites (Release), smoke-check every benchmark once, compile the C floor (benchmarks/native/floor.c,
# gcc -O2), then N launches (default 3), interleaved: each launch runs the C floor and then BenchmarkDotNet over every
# variant, into its own folder. The report takes every ratio (safe/thin, thin/C, safe/C, the peers) inside each launch
# and gives its median and min-max over the launches; a ratio whose launches spread over 10% is a WARNING (stderr and
# summary.md). The run ends with the ratio table and the generator comparison (benchmarks/generator/run.sh).
# --quick: in-process BenchmarkDotNet with short iterations and 16 MiB of zlib input (3 short launches, ~10 minutes).
# Without it: one process per benchmark, longer iterations, 64 MiB of zlib input (10-15 minutes a launch).
# --runs N: the number of launches (at least 1; fewer than 3 gives no meaningful range).
# --generator: the generator comparison at its full configuration (sqlite3.h and 20k, 200k, 400k synthetic lines);
# by default a short one (3 runs, sqlite3.h and 20k lines); --no-generator skips it.
set -euo pipefail
cd "$(dirname "$0")/.."

quick=0
runs=3
out=benchmarks/results
generator=short
extra=()
while [ $# -gt 0 ]; do
    case "$1" in
        --quick) quick=1 ;;
        --out) out="$2"; shift ;;
        --runs) runs="$2"; shift ;;
        --generator) generator=full ;;
        --no-generator) generator=none ;;
        --) shift; extra=("$@"); break ;;
        *) echo "run.sh: unknown argument $1 (usage: run.sh [--quick] [--runs N] [--out DIR] [--generator | --no-generator] [-- BenchmarkDotNet args])" >&2; exit 2 ;;
    esac
    shift
done

case "$runs" in
    ''|*[!0-9]*|0) echo "run.sh: --runs needs a positive number" >&2; exit 2 ;;
esac
[ "$runs" -lt 3 ] && echo "run.sh: WARNING: $runs launch(es) give no meaningful min-max; use at least 3 (the default)" >&2
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

echo "== C floor (compiled here; each launch runs it right before its BenchmarkDotNet run, under the same load)"
gcc -O2 -Wall -Wextra -o "$work/floor" benchmarks/native/floor.c -lsqlite3 -lz
if [ $quick -eq 1 ]; then floor_args=(100000 16 5); else floor_args=(100000 64 9); fi

echo "== $runs launches (each: the C floor, then every variant in BenchmarkDotNet)"
rm -rf "$work/bdn"
mode_args=()
[ $quick -eq 1 ] && mode_args=(--quick)
for run in $(seq 1 "$runs"); do
    launch="$work/bdn/run-$run"
    mkdir -p "$launch"
    echo "-- launch $run of $runs: C floor"
    "$work/floor" "${floor_args[@]}" > "$launch/floor.json"
    cat "$launch/floor.json"
    echo "-- launch $run of $runs: BenchmarkDotNet"
    dotnet "$bench_dll" "${mode_args[@]}" --artifacts "$launch" "${extra[@]}"
done

echo "== report"
if [ $quick -eq 1 ]; then
    mode="quick (in-process, 4 warmup + 15 iterations of ~100 ms)"
else
    mode="full (a process per benchmark, 6 warmup + 15 iterations)"
fi
mode="$mode, $runs interleaved launches"
dotnet "$report_dll" --bdn "$work/bdn" --out "$out" \
    --fact "mode=$mode" --fact "gcc=$(gcc --version | head -1)" --fact "c-floor=gcc -O2, same loops, median of repetitions" \
    --fact "load-average-before=$load_before (1, 5, 15 min)" --fact "load-average-after=$(cut -d' ' -f1-3 /proc/loadavg) (1, 5, 15 min)"
cp "$(ls -t "$work"/bdn/run-*/results/*-report-github.md | head -1)" "$out/benchmarkdotnet.md"

case "$generator" in
    short) echo "== generator comparison (short: 3 runs, sqlite3.h and 20k synthetic lines; --generator for the full one)"
           bash benchmarks/generator/run.sh --runs 3 --lines 20000 --out "$out" ;;
    full)  echo "== generator comparison (full)"
           bash benchmarks/generator/run.sh --out "$out" ;;
    none)  ;;
esac

echo
echo "== ratios: each taken inside every launch; median and min-max over $runs launches ($out/ratios.md)"
cat "$out/ratios.md"
if [ "$generator" != none ]; then
    echo
    echo "== generator ($out/generator.md)"
    sed -n '/^| header/,/^$/p' "$out/generator.md"
fi
noisy=$(grep -c 'NOISY' "$out/ratios.md" || true)
if [ "$noisy" -gt 0 ]; then
    echo >&2
    echo "run.sh: WARNING: $noisy ratio(s) spread over 10% between launches (marked NOISY above and in $out/summary.md): do not quote them" >&2
fi
echo "run.sh: done in $(( $(date +%s) - start )) s; results in $out"
