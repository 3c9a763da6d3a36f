#!/usr/bin/env bash
# Benchmark your own library's hot functions, thin layer against safe layer (issue 6, item 4).
#
#   benchmarks/bench-contract.sh CONTRACT BENCH.cs [--quick] [--threading-checks check|lock|none] [-- BenchmarkDotNet args...]
#
# Builds the CLI, generates thin + safe bindings from CONTRACT into a temporary folder, creates a temporary
# BenchmarkDotNet console project there (referencing runtime/BindingForge.Runtime), copies BENCH.cs into it
# (your [Benchmark] methods, written once against the thin {Class}Native class and once against the safe
# classes) and runs every benchmark class in it, printing BenchmarkDotNet's table.
# --quick uses a short job (a few seconds per benchmark). BENCH_KEEP=1 keeps the temporary folder.
set -euo pipefail

usage() { echo "usage: $0 CONTRACT BENCH.cs [--quick] [--threading-checks check|lock|none] [-- BenchmarkDotNet args...]" >&2; exit 2; }
[[ $# -ge 2 ]] || usage
contract=$(realpath "$1"); bench=$(realpath "$2"); shift 2
quick=0; extra=(); checks=check
while [[ $# -gt 0 ]]; do
  case "$1" in
    --quick) quick=1; shift ;;
    --threading-checks) [[ $# -ge 2 ]] || usage; checks="$2"; shift 2 ;;
    --) shift; extra=("$@"); break ;;
    *) usage ;;
  esac
done
[[ -f "$contract" ]] || { echo "no such contract: $contract" >&2; exit 2; }
[[ -f "$bench" ]] || { echo "no such benchmark file: $bench" >&2; exit 2; }

repo=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/bindingforge-bench.XXXXXX")
if [[ "${BENCH_KEEP:-0}" != 1 ]]; then trap 'rm -rf "$work"' EXIT; else echo "keeping $work"; fi

echo "== building the CLI"
dotnet build "$repo/generator/BindingForge.Cli/BindingForge.Cli.csproj" -c Release -v quiet -nologo >"$work/cli-build.log" 2>&1 \
  || { cat "$work/cli-build.log"; exit 1; }
cli="$repo/generator/BindingForge.Cli/bin/Release/net10.0/bindingforge.dll"

echo "== generating thin + safe bindings from $contract"
mkdir -p "$work/Bench"
dotnet "$cli" generate "$contract" --style safe --threading-checks "$checks" --out "$work/Bench/Generated"

# The temporary project lives outside the repo, so it sees no Directory.Build.props / Directory.Packages.props:
# it takes BenchmarkDotNet's version from the repo's Directory.Packages.props and sets it explicitly.
bdn=$(sed -n 's/.*PackageVersion Include="BenchmarkDotNet" Version="\([^"]*\)".*/\1/p' "$repo/Directory.Packages.props")
[[ -n "$bdn" ]] || { echo "BenchmarkDotNet version not found in Directory.Packages.props" >&2; exit 1; }
cat >"$work/Directory.Build.props" <<'PROPS'
<Project />
PROPS
cat >"$work/Directory.Packages.props" <<'PROPS'
<Project>
  <PropertyGroup><ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally></PropertyGroup>
</Project>
PROPS
cat >"$work/Bench/Bench.csproj" <<PROJ
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
    <ImplicitUsings>enable</ImplicitUsings>
    <AllowUnsafeBlocks>true</AllowUnsafeBlocks>
    <Optimize>true</Optimize>
    <ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally>
    <NoWarn>\$(NoWarn);CS1591</NoWarn>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="BenchmarkDotNet" Version="$bdn" />
    <ProjectReference Include="$repo/runtime/BindingForge.Runtime/BindingForge.Runtime.csproj" />
  </ItemGroup>
</Project>
PROJ
cp "$bench" "$work/Bench/UserBenchmarks.cs"
cat >"$work/Bench/Program.cs" <<'MAIN'
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;

var quick = Environment.GetEnvironmentVariable("BENCH_QUICK") == "1";
var job = quick
    ? Job.ShortRun.WithWarmupCount(2).WithIterationCount(5).WithLaunchCount(1)
    : Job.Default;
var config = DefaultConfig.Instance.AddJob(job.AsDefault()).AddDiagnoser(MemoryDiagnoser.Default)
    .WithArtifactsPath(Path.Combine(AppContext.BaseDirectory, "BenchmarkDotNet.Artifacts"));
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).RunAll(config, args);
MAIN

echo "== building the benchmark project (BenchmarkDotNet $bdn)"
dotnet build "$work/Bench/Bench.csproj" -c Release -v quiet -nologo >"$work/bench-build.log" 2>&1 \
  || { cat "$work/bench-build.log"; exit 1; }

echo "== running"
# BenchmarkDotNet looks for Bench.csproj from the current directory to build its per-job child project.
cd "$work/Bench"
BENCH_QUICK=$quick dotnet bin/Release/net10.0/Bench.dll "${extra[@]}" | tee "$work/run.log"
