using System.Text;
using BindingForge.Generator.CSharp;
using BindingForge.Generator.Safe.Planning;
using BindingForge.Model.Contracts;

namespace BindingForge.Generator.Safe.Marshalling;

/// <summary>
/// <c>value:</c> a hidden argument the contract fixes. Integers and pointer sentinels are literals of the thin type,
/// <c>sizeof</c> is the header's size, and a string macro is a pinned NUL-terminated UTF-8 literal:
/// <code>
/// Sqlite3Native.sqlite3_bind_text(..., unchecked((delegate* unmanaged[Cdecl]&lt;void*, void&gt;)(-1)) /* SQLITE_TRANSIENT */);
/// fixed (byte* __version = "1.2.13"u8) ... ZlibNative.deflateInit_(..., __version, unchecked((int)(112)) /* sizeof(z_stream) */);
/// </code>
/// </summary>
internal sealed class FixedValue(ParamShape.Fixed shape) : IParamStrategy
{
    public ParamMarshalling Plan(ParamSite site, IPlanSoFar plan) => shape.Value switch
    {
        IntegerValue integer => ParamMarshalling.Argument(site.Index, Conversions.Literal(integer.Value, site.Thin) + Comment(integer.Symbol)),
        SizeOfValue size => ParamMarshalling.Argument(site.Index, Conversions.Literal(size.Size, site.Thin) + Comment($"sizeof({size.TypeName})")),
        StringValue text when site.Thin.Name is "byte*" or "sbyte*" or "void*" =>
            ParamMarshalling.Argument(site.Index, Conversions.Cast(site.Local(), "byte*", site.Thin.Name) + Comment(text.Symbol)) with
            {
                Pins = [$"fixed (byte* {site.Local()} = {CSharpNames.StringLiteral(Decode(text))}u8)"],
            },
        _ => StrategyFailure.Uncovered($"the fixed value of parameter '{site.CName}' does not fit its type '{site.Thin.Name}'"),
    };

    private static string Comment(string? symbol) => symbol is null ? "" : $" /* {CSharpNames.CommentText(symbol)} */";

    private static string Decode(StringValue text) => Encoding.UTF8.GetString(text.Utf8.AsSpan());
}
