using BindingForge.Clang;
using BindingForge.Fuzz;
using SharpFuzz;

// The contract loader's fuzz target (docs/fuzzing.md).
//   afl [--header H]                 run under afl-fuzz (SharpFuzz's fork server), input on stdin or @@
//   libfuzzer [--header H]           run under libfuzzer-dotnet
//   replay [--header H] PATH...      run each file (or each file of each folder) once, report, exit 1 on a crash
// H is the header contracts are bound against: tests/native/fixture.h unless given.
var mode = args.Length > 0 ? args[0] : "help";
var rest = args.Skip(1).ToList();
var header = "tests/native/fixture.h";
var at = rest.IndexOf("--header");
if (at >= 0 && at + 1 < rest.Count)
{
    header = rest[at + 1];
    rest.RemoveRange(at, 2);
}

if (mode is not ("afl" or "libfuzzer" or "replay"))
{
    Console.Error.WriteLine("usage: BindingForge.Fuzz afl|libfuzzer|replay [--header H] [PATH...]  (see docs/fuzzing.md)");
    return 2;
}

var read = new HeaderReader().Read(new HeaderReadRequest([header], [Path.GetDirectoryName(Path.GetFullPath(header))!], []));
if (read.HasErrors)
{
    foreach (var d in read.Diagnostics)
        Console.Error.WriteLine(d);
    return 2;
}

var target = new ContractTarget(read.Model);
switch (mode)
{
    case "afl":
        Fuzzer.OutOfProcess.Run(stream =>
        {
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            target.Run(buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
        });
        return 0;
    case "libfuzzer":
        Fuzzer.LibFuzzer.Run(input => target.Run(input));
        return 0;
    default:
        return Replay.Run(target, rest, Console.Out);
}
