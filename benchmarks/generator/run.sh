#!/usr/bin/env bash
# The generator's own speed and scale, against rust-bindgen (Debian's `bindgen`) on the same headers in the same run:
# the ReadyToRun CLI (the README's install) and the NativeAOT one, whose output must be byte-identical to it.
#
#   benchmarks/generator/run.sh [--runs N] [--lines "20000 200000 400000"] [--out DIR]
#
# Headers: sqlite3.h (thin, and safe from contracts/sqlite3.yaml) and synthetic headers of the given line counts
# (synth.sh: functions, macros, structs, enums, callbacks). Each tool runs N times (default 3) per header, interleaved
# (bindingforge, bindgen, bindingforge, ...) so both see the same machine. Per cell: the median wall time with its
# range, CPU time (user + sys), peak memory, and for the synthetic headers the cost per 1,000 lines, which stays flat
# when the cost is linear. A spread over 10% is flagged. Writes DIR/generator.md (default benchmarks/results).
set -euo pipefail
cd "$(dirname "$0")/../.."

runs=3
sizes="20000 200000 400000"
out=benchmarks/results
while [ $# -gt 0 ]; do
    case "$1" in
        --runs) runs="$2"; shift ;;
        --lines) sizes="$2"; shift ;;
        --out) out="$2"; shift ;;
        *) echo "run.sh: unknown argument $1 (usage: run.sh [--runs N] [--lines \"N ...\"] [--out DIR])" >&2; exit 2 ;;
    esac
    shift
done
case "$runs" in ''|*[!0-9]*|0) echo "run.sh: --runs needs a positive number" >&2; exit 2 ;; esac

bash scripts/setup.sh bindgen time >/dev/null
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
work=benchmarks/BenchmarkDotNet.Artifacts/generator
rm -rf "$work" && mkdir -p "$work" "$out"
cli="$work/cli/bindingforge"
echo "== publish the CLI (ReadyToRun, as the README's install)"
dotnet publish generator/BindingForge.Cli -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true \
    -o "$work/cli" --verbosity quiet -nologo >/dev/null
aot="$work/cli-aot/bindingforge"
echo "== publish the CLI (NativeAOT)"
dotnet publish generator/BindingForge.Cli -c Release -r linux-x64 -p:PublishAot=true \
    -o "$work/cli-aot" --verbosity quiet -nologo >/dev/null

load=$(cut -d' ' -f1 /proc/loadavg)
awk -v l="$load" 'BEGIN { exit !(l > 0.5) }' && echo "run.sh: load average is $load: other work is running, so times will be noisy" >&2

# case name|lines|bindingforge command|bindgen command (empty: none)
cases=()
sqlite=/usr/include/sqlite3.h
cases+=("sqlite3.h thin|$(wc -l < $sqlite)|generate --header $sqlite --library sqlite3 --namespace B.Sqlite --class Sqlite3 --style thin --out \$OUT|$sqlite -o \$OUT.rs")
cases+=("sqlite3.h safe|$(wc -l < $sqlite)|generate contracts/sqlite3.yaml --style safe --out \$OUT|")
for lines in $sizes; do
    bash benchmarks/generator/synth.sh "$lines" "$work/synth-$lines.h"
    cases+=("synthetic $lines lines|$lines|generate --header $work/synth-$lines.h --library synth --namespace B.Synth --class Synth --style thin --out \$OUT|$work/synth-$lines.h -o \$OUT.rs")
done

samples="$work/samples.tsv"
: > "$samples"
measure() { # name tool command...
    local name=$1 tool=$2; shift 2
    local stats="$work/time.txt"
    if ! /usr/bin/time -f "%e %U %S %M" -o "$stats" "$@" >/dev/null 2>"$work/stderr.txt"; then
        echo "run.sh: $tool failed on $name:" >&2; tail -n 5 "$work/stderr.txt" >&2; exit 1
    fi
    read -r wall user sys rss < "$stats"
    printf '%s\t%s\t%s\t%s\t%s\n' "$name" "$tool" "$wall" "$(awk -v u="$user" -v s="$sys" 'BEGIN { print u + s }')" "$rss" >> "$samples"
}

for run in $(seq 1 "$runs"); do
    echo "== run $run of $runs"
    for entry in "${cases[@]}"; do
        IFS='|' read -r name lines bf bg <<< "$entry"
        target="$work/out"; rm -rf "$target" "$target.rs"
        # shellcheck disable=SC2086 # the commands are words without spaces, split on purpose
        set -- ${bf//'$OUT'/$target}
        measure "$name" bindingforge "$cli" "$@"
        rm -rf "$target.r2r" && mv "$target" "$target.r2r"
        measure "$name" bindingforge-aot "$aot" "$@"
        diff -r "$target.r2r" "$target" >/dev/null || { echo "run.sh: the NativeAOT CLI's output differs from the ReadyToRun CLI's on $name" >&2; exit 1; }
        if [ -n "$bg" ]; then
            # shellcheck disable=SC2086
            set -- ${bg//'$OUT'/$target}
            measure "$name" bindgen bindgen "$@" --no-layout-tests
        fi
    done
done

report="$out/generator.md"
{
    echo "# Generator speed and scale"
    echo
    echo "$(date -u +%Y-%m-%d), $(nproc) cores, load average $load at the start; bindingforge: the ReadyToRun CLI;"
    echo "bindingforge-aot: the NativeAOT CLI (its output byte-identical to the ReadyToRun one's, checked every run);"
    echo "bindgen: $(bindgen --version 2>/dev/null | head -n 1) (Debian), \`--no-layout-tests\`. $runs interleaved runs per cell:"
    echo "median wall time (min-max), CPU time (user + sys, median), peak memory (median)."
    echo
    echo "| header | lines | tool | wall s | CPU s | peak MiB | ms per 1k lines | vs bindgen |"
    echo "|---|---:|---|---:|---:|---:|---:|---:|"
    for entry in "${cases[@]}"; do
        IFS='|' read -r name lines _ <<< "$entry"
        awk -F'\t' -v name="$name" -v lines="$lines" '
            function median(a, n,   i, j, t) {
                for (i = 2; i <= n; i++) { t = a[i]; for (j = i - 1; j >= 1 && a[j] > t; j--) a[j + 1] = a[j]; a[j + 1] = t }
                return n % 2 ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2
            }
            $1 == name { n[$2]++; k = n[$2]; w[$2, k] = $3; c[$2, k] = $4; m[$2, k] = $5; tools[$2] = 1 }
            END {
                for (t in tools) {
                    delete a; for (k = 1; k <= n[t]; k++) a[k] = w[t, k]; wall[t] = median(a, n[t]); lo[t] = a[1]; hi[t] = a[n[t]]
                    delete a; for (k = 1; k <= n[t]; k++) a[k] = c[t, k]; cpu[t] = median(a, n[t])
                    delete a; for (k = 1; k <= n[t]; k++) a[k] = m[t, k]; mem[t] = median(a, n[t]) / 1024
                }
                split("bindingforge bindingforge-aot bindgen", order, " ")
                for (o = 1; o <= 3; o++) {
                    t = order[o]; if (!(t in tools)) continue
                    flag = (wall[t] > 0 && (hi[t] - lo[t]) / wall[t] > 0.10) ? " (spread over 10%)" : ""
                    ratio = (t != "bindgen" && ("bindgen" in tools) && wall["bindgen"] > 0) ? sprintf("%.2fx", wall[t] / wall["bindgen"]) : ""
                    printf "| %s | %d | %s | %.2f (%.2f-%.2f)%s | %.2f | %.0f | %.1f | %s |\n", name, lines, t, wall[t], lo[t], hi[t], flag, cpu[t], mem[t], wall[t] * 1000000 / lines, ratio
                }
            }' "$samples"
    done
    echo
    echo "Linear cost shows as a flat \"ms per 1k lines\" column over the synthetic sizes; the raw samples are in"
    echo "\`$samples\` until the next run."
} > "$report"
cat "$report"
