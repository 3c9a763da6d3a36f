using System.Collections.Immutable;
using System.Globalization;

namespace BindingForge.Review.Probe;

/// <summary>Reads one process's trace file into calls and blocks (the format is on <see cref="ProbeTrace"/>); a
/// malformed line, as the last one of a process that died while writing it, is skipped.</summary>
internal sealed class TraceFileReader(int pid, ImmutableArray<string> functions, List<TraceCall> calls, List<TraceBlock> blocks, List<string> problems)
{
    private readonly Dictionary<long, (string Function, ImmutableArray<ulong> Args)> _entered = [];
    private readonly Dictionary<ulong, TraceBlock> _live = [];

    public void Read(IEnumerable<string> lines)
    {
        foreach (var line in lines)
        {
            var f = line.Split(' ');
            switch (f[0])
            {
                case "E" when f.Length == 9 && Function(f[2]) is { } function:
                    _entered[Dec(f[1])] = (function, [.. f[3..9].Select(Hex)]);
                    break;
                case "L" when f.Length == 11 && _entered.Remove(Dec(f[1]), out var entry):
                    calls.Add(new TraceCall(pid, Dec(f[1]), Dec(f[2]), entry.Function, entry.Args, Hex(f[4]), [.. f[5..11].Select(Hex)]));
                    break;
                case "A" when f.Length == 5:
                    var block = new TraceBlock(pid, Hex(f[3]), (ulong)Dec(f[4]), Dec(f[1]), Dec(f[2]));
                    _live[block.Address] = block;
                    blocks.Add(block);
                    break;
                case "F" when f.Length == 4 && _live.Remove(Hex(f[3]), out var freed):
                    freed.Freed = Dec(f[1]);
                    freed.FreedIn = Dec(f[2]);
                    break;
                case "M" when f.Length == 6 && _live.Remove(Hex(f[3]), out var moved):
                    moved.Earlier.Add((moved.Address, moved.Size, Dec(f[1]) - 1));
                    moved.Address = Hex(f[4]);
                    moved.Size = (ulong)Dec(f[5]);
                    _live[moved.Address] = moved;
                    break;
                case "X":
                    problems.Add(string.Join(' ', f[1..]));
                    break;
            }
        }

        foreach (var (ordinal, open) in _entered)
            calls.Add(new TraceCall(pid, ordinal, 0, open.Function, open.Args, 0, []));
    }

    private string? Function(string index) => int.TryParse(index, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i < functions.Length ? functions[i] : null;

    private static long Dec(string text) => long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) ? value : 0;

    private static ulong Hex(string text) => ulong.TryParse(text, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var value) ? value : 0;
}
