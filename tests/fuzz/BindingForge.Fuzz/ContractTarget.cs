using BindingForge.Contracts;
using BindingForge.Contracts.Binding;
using BindingForge.Model;
using BindingForge.Model.Diagnostics;
using BindingForge.Model.Header;

namespace BindingForge.Fuzz;

/// <summary>
/// The fuzz target for the contract loader: any bytes are loaded as a contract and, when they load, bound against a
/// fixed header model. The loader promises never to throw and to say why it refused, so the target turns a broken
/// promise into an exception (the fuzzer's crash): an exception escaping the loader or the binder, a refused
/// contract without an error, an error without a place, or a place outside the input.
/// </summary>
/// <param name="header">The model contracts are bound against (a real header's, read once).</param>
public sealed class ContractTarget(HeaderModel header)
{
    /// <summary>The name the input is loaded under; every located contract diagnostic must name it.</summary>
    public const string InputName = "fuzz.yaml";

    /// <summary>Loads and binds <paramref name="input"/>; throws <see cref="BrokenPromiseException"/> when the
    /// result breaks one of the loader's promises.</summary>
    public void Run(ReadOnlySpan<byte> input)
    {
        var loaded = ContractLoader.LoadBytes(input, InputName);
        Check(loaded.Diagnostics, input);
        if (loaded.Document is null)
        {
            if (!loaded.HasErrors)
                throw new BrokenPromiseException("the contract was refused without an error");
            return;
        }

        var bound = ContractBinder.Bind(loaded.Document, header);
        Check(bound.Diagnostics, input);
    }

    /// <summary>Throws <see cref="BrokenPromiseException"/> for a diagnostic without a <c>BFnnnn</c> code or a
    /// message, or an error on the input outside its lines.</summary>
    public static void Check(IEnumerable<Diagnostic> diagnostics, ReadOnlySpan<byte> input)
    {
        var lines = LineCount(input);
        foreach (var d in diagnostics)
        {
            if (d.Id.Length != 6 || !d.Id.StartsWith("BF", StringComparison.Ordinal) || !d.Id[2..].All(char.IsAsciiDigit))
                throw new BrokenPromiseException($"a diagnostic without a BFnnnn code: {d}");
            if (string.IsNullOrWhiteSpace(d.Message))
                throw new BrokenPromiseException($"a diagnostic without a message: {d.Id}");
            if (!d.IsError || d.Location.File != InputName)
                continue;
            if (d.Location.Line < 1 || d.Location.Column < 1 || d.Location.Line > lines)
                throw new BrokenPromiseException($"an error outside the input's {lines} line(s): {d}");
        }
    }

    /// <summary>An upper bound of the lines a position may name: one more than the bytes that can be or end a line
    /// break (LF, CR, and the last bytes of NEL, U+2028 and U+2029 in UTF-8, which YAML may count).</summary>
    private static int LineCount(ReadOnlySpan<byte> input) => input.IndexOfAny(LineBreakBytes) < 0 ? 1 : CountBreaks(input) + 1;

    private static readonly System.Buffers.SearchValues<byte> LineBreakBytes = System.Buffers.SearchValues.Create([0x0A, 0x0D, 0x85, 0xA8, 0xA9]);

    private static int CountBreaks(ReadOnlySpan<byte> input)
    {
        var count = 0;
        for (var i = input.IndexOfAny(LineBreakBytes); i >= 0; i = input.IndexOfAny(LineBreakBytes))
        {
            count++;
            input = input[(i + 1)..];
        }

        return count;
    }
}

/// <summary>The loader broke a promise: the fuzzer reports it as a crash, with the input that caused it.</summary>
public sealed class BrokenPromiseException(string message) : Exception(message);
