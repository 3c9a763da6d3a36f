using System.Collections.Immutable;
using System.Text;
using BindingForge.Generator.Shim;
using BindingForge.Model.Contracts;
using BindingForge.Model.Header;

namespace BindingForge.Review.Probe;

/// <summary>
/// What the tracer intercepts: one line per function of the headers, <c>SYMBOL KIND OUTMASK</c>, in the order that
/// numbers the functions in the trace. KIND <c>f</c> is a function the library exports; <c>p</c> is the generated C
/// shim's pointer variable for a function the library exports no symbol for (a macro or an inline function). Bit k of
/// OUTMASK asks the tracer to read the pointer an out parameter k holds after the call.
/// </summary>
public sealed record TraceConfig(ImmutableArray<string> Functions, string Text)
{
    /// <summary>The tracer reads at most this many functions; the rest of a larger header is not traced.</summary>
    public const int MaxFunctions = 2048;

    public static TraceConfig For(HeaderModel header, BoundContract contract)
    {
        var names = ImmutableArray.CreateBuilder<string>();
        var text = new StringBuilder();
        foreach (var function in header.Functions.Where(f => f.Wrapper is not { Kind: ShimWrapperKind.VariadicForm }).DistinctBy(f => f.Name).Take(MaxFunctions))
        {
            var symbol = function.NeedsShim ? ShimSource.Symbol(function) : function.LinkName;
            if (!IsSymbol(symbol))
                continue;
            names.Add(function.Name);
            text.Append(symbol).Append(function.NeedsShim ? " p " : " f ").Append(OutMask(contract.FindFunction(function.Name))).Append('\n');
        }

        return new TraceConfig(names.ToImmutable(), text.ToString());
    }

    private static int OutMask(BoundFunction? function) => function is null ? 0 : function.Parameters
        .Where(p => p.Index < 6 && p.Out is OutKind.Owned or OutKind.Borrowed)
        .Aggregate(0, (mask, p) => mask | (1 << p.Index));

    /// <summary>Only C identifiers reach the tracer, which compares them with the names dlsym is asked for.</summary>
    private static bool IsSymbol(string name) => name.Length is > 0 and < 128 && !char.IsAsciiDigit(name[0])
        && name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_');
}
