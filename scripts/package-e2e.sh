#!/usr/bin/env bash
# End-to-end test of the three packages as a .NET developer meets them, outside the repository: pack them into a
# temporary feed; `dotnet new console`; add BindingForge.MSBuild and a BindingForgeContract item for the bundled zlib
# contract; build and run a program calling the generated safe API (its crc32 checked against Python's zlib);
# publish it with PublishAot and run the native program (no trimming or AOT warning); build again with nothing
# changed and prove no generation ran; break the YAML and see the build fail at the YAML's
# file(line,col); install BindingForge.Tool from the feed into a tool path and run `bindingforge doctor` and
# `bindingforge generate`. Called by scripts/test.sh after the solution is built (packs with --no-build).
#   scripts/package-e2e.sh [--keep]   --keep leaves the work folder for a look
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
work=$(mktemp -d /tmp/bindingforge-e2e.XXXXXX)
[ "${1:-}" = "--keep" ] && echo "e2e: work folder $work" || trap 'rm -rf "$work"' EXIT
fail() { echo "package-e2e: FAILED: $*" >&2; exit 1; }
step() { echo "== e2e: $*"; }

# A version of its own per run: NuGet never re-extracts a version it has cached, so a fixed one would test old bits.
# Restores go to a package folder of the run's own, fed from the feed and the machine's packages folder (which holds
# libclang.runtime.linux-x64 since the solution's restore), so nothing is downloaded and nothing is left behind.
version="0.1.0-e2e.$(date +%s)"
feed=$work/feed
global=$(dotnet nuget locals global-packages --list | sed 's/^global-packages: //')
export NUGET_PACKAGES=$work/packages
step "pack $version into $feed"
dotnet pack "$repo/BindingForge.sln" -c Release --no-build -nologo -v q -p:Version="$version" -o "$feed" >"$work/pack.log" 2>&1 \
    || { cat "$work/pack.log"; fail "dotnet pack"; }
for id in BindingForge.Runtime BindingForge.Tool BindingForge.MSBuild; do
    [ -f "$feed/$id.$version.nupkg" ] || fail "no $id package in the feed"
done

cat >"$work/nuget.config" <<XML
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <clear />
    <add key="bindingforge-e2e" value="$feed" />
    <add key="machine" value="$global" />
  </packageSources>
</configuration>
XML

app=$work/app
step "dotnet new console; PackageReference BindingForge.MSBuild; BindingForgeContract native/zlib.yaml"
dotnet new console -o "$app" -n E2eApp >/dev/null
mkdir -p "$app/native"
cp "$repo/contracts/zlib.yaml" "$app/native/zlib.yaml"
dotnet add "$app/E2eApp.csproj" package BindingForge.MSBuild --version "$version" --no-restore >/dev/null
# A second contract whose one function is static inline: generation builds the C shim, the build copies it.
cat >"$app/native/norm.h" <<'C'
#include <math.h>
/** The length of (x, y, z), computed in the header: libm exports no such symbol. */
static inline double norm_3(double x, double y, double z) { return sqrt(x * x + y * y + z * z); }
C
cat >"$app/native/norm.yaml" <<'YAML'
bindingforge: 1
library:
  name: m
  headers: [norm.h]
  include_dirs: [.]
  namespace: E2e.Norm
  class: Norm
YAML
sed -i 's|</Project>|  <ItemGroup>\n    <BindingForgeContract Include="native/zlib.yaml" Style="safe" />\n    <BindingForgeContract Include="native/norm.yaml" Style="safe" />\n  </ItemGroup>\n</Project>|' "$app/E2eApp.csproj"
cat >"$app/Program.cs" <<'CS'
using System.Text;
using BindingForge.Zlib;
using E2e.Norm;

var input = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("BindingForge from a package. ", 200)));
var packed = new byte[(int)Zlib.CompressBound((nuint)input.Length)];
int packedLength = Zlib.Compress2(packed, input, ZlibNative.Z_BEST_COMPRESSION);
var unpacked = new byte[input.Length];
int unpackedLength = Zlib.Uncompress(unpacked, packed.AsSpan(0, packedLength));
Console.WriteLine(unpacked.AsSpan(0, unpackedLength).SequenceEqual(input) ? "round trip ok" : "round trip FAILED");
Console.WriteLine($"crc32 {Zlib.Crc32(0, input):x8}");
try
{
    Zlib.Uncompress(new byte[16], packed.AsSpan(0, packedLength));
    Console.WriteLine("no exception");
}
catch (ZlibException e)
{
    Console.WriteLine($"ZlibException {e.Message}");
}
Console.WriteLine($"norm {Norm.Norm3(1, 2, 2)}");
CS

step "build"
(cd "$app" && dotnet build -c Release -nologo -v n >"$work/build1.log" 2>&1) || { tail -40 "$work/build1.log"; fail "first build"; }
grep -q "BindingForge: generating zlib.yaml" "$work/build1.log" || fail "the first build did not generate"
generated=$app/obj/Release/net10.0/BindingForge/zlib
ls "$generated"/*.cs >/dev/null 2>&1 || fail "nothing generated into $generated"
grep -q "libclang.runtime.linux-x64" "$generated.stamp" || fail "the build did not use the NuGet libclang"
[ -e "$app/bin/Release/net10.0/runtimes/linux-x64/native/libclang.so" ] && fail "libclang.so was copied into the application's output"

step "run"
out=$(dotnet "$app/bin/Release/net10.0/E2eApp.dll")
echo "$out"
# The same bytes' CRC-32 from gzip's trailer (little-endian, as od reads it on this machine).
expected=$(for _ in $(seq 200); do printf 'BindingForge from a package. '; done | gzip -c | tail -c8 | head -c4 | od -An -tx4 | tr -d ' \n')
grep -qx "round trip ok" <<<"$out" || fail "round trip"
grep -qx "crc32 $expected" <<<"$out" || fail "crc32 is not $expected"
grep -q "^ZlibException " <<<"$out" || fail "a too-small buffer did not raise ZlibException"
grep -qx "norm 3" <<<"$out" || fail "the static inline function through the shim"
[ -f "$app/bin/Release/net10.0/NormNative.shim.so" ] || fail "the shim was not copied to the output folder"

step "publish the program with PublishAot: the generated code is trimming- and AOT-clean"
(cd "$app" && dotnet publish -c Release -r linux-x64 -p:PublishAot=true -nologo -v q -o "$work/aot" >"$work/aot.log" 2>&1) \
    || { tail -40 "$work/aot.log"; fail "the NativeAOT publish"; }
grep -E "warning IL[0-9]{4}" "$work/aot.log" && fail "trimming or AOT warnings in the generated code"
aot_out=$("$work/aot/E2eApp")
[ "$aot_out" = "$out" ] || { echo "$aot_out"; fail "the NativeAOT program prints something else than the JIT one"; }

step "build again, nothing changed: no generation"
stamp_before=$(stat -c %Y.%y "$generated.stamp")
(cd "$app" && dotnet build -c Release -nologo -v n >"$work/build2.log" 2>&1) || { tail -40 "$work/build2.log"; fail "second build"; }
grep -q "BindingForge: generating" "$work/build2.log" && fail "the second build generated again"
grep -q "zlib.yaml is up to date; not generating" "$work/build2.log" || fail "the second build did not report the contract up to date"
[ "$(stat -c %Y.%y "$generated.stamp")" = "$stamp_before" ] || fail "the stamp changed"

grep -qx "/usr/include/zlib.h" "$generated.deps" || fail "the dependency file does not list zlib.h"

step "the contract changed: generation runs"
touch "$app/native/zlib.yaml"
(cd "$app" && dotnet build -c Release -nologo -v n >"$work/build3.log" 2>&1) || { tail -40 "$work/build3.log"; fail "third build"; }
grep -q "BindingForge: generating zlib.yaml (.*zlib.yaml changed)" "$work/build3.log" || fail "a touched contract did not regenerate"

step "break the YAML: the build fails at zlib.yaml(line,col)"
# An unknown key in the library section, on line 7 of the copy.
sed -i '7i\  headerz: [zlib.h]' "$app/native/zlib.yaml"
if (cd "$app" && dotnet build -c Release -nologo -v q >"$work/build4.log" 2>&1); then fail "a broken contract built"; fi
grep -E "native/zlib\.yaml\(7,[0-9]+\): error BF[0-9]{4}" "$work/build4.log" || { cat "$work/build4.log"; fail "no error at zlib.yaml(7,col)"; }
[ -e "$generated.stamp" ] && fail "a failed generation left its stamp"
grep -q "error CS" "$work/build4.log" && fail "the compiler ran after a failed generation"

step "dotnet tool install BindingForge.Tool --tool-path; bindingforge doctor; bindingforge generate"
dotnet tool install BindingForge.Tool --version "$version" --tool-path "$work/tools" --configfile "$work/nuget.config" >/dev/null \
    || fail "tool install"
"$work/tools/bindingforge" doctor | tee "$work/doctor.txt"
grep -q "(bundled)" "$work/doctor.txt" || fail "the installed tool does not use its bundled libclang"
"$work/tools/bindingforge" generate "$repo/contracts/zlib.yaml" --style safe --out "$work/tool-out" -q
ls "$work/tool-out"/*.cs >/dev/null 2>&1 || fail "bindingforge generate wrote nothing"
# The installed tool (bundled libclang 23, the C compiler's builtin headers) and the MSBuild build agree, and both
# agree with the checked-in example output, which Debian's libclang 19 with its own builtin headers made.
for f in "$generated"/*.cs; do cmp -s "$f" "$work/tool-out/$(basename "$f")" || fail "$(basename "$f") differs between the tool and the MSBuild build"; done
for f in "$repo"/examples/ZlibSafe/Generated/*.cs; do
    cmp -s "$f" "$work/tool-out/$(basename "$f")" || fail "$(basename "$f"): the NuGet libclang's output differs from examples/ZlibSafe/Generated"
done
echo "package-e2e: passed"
