using System.Globalization;
using BindingForge.Generator.CSharp;
using BindingForge.Generator.Rendering;

namespace BindingForge.Generator.Mapping;

/// <summary>
/// The <c>[InlineArray(N)]</c> helper structs that fixed-size C arrays in records need, one per element type and
/// length, nested in the Native class so that several generated libraries can share a namespace. C# refuses
/// pointer elements in inline arrays, so arrays of pointers store <c>nint</c> elements.
/// </summary>
internal sealed class InlineArrays(string nativeClass)
{
    private readonly SortedDictionary<string, InlineArrayRender> _helpers = new(StringComparer.Ordinal);

    /// <summary>The helpers used so far, by name.</summary>
    public IReadOnlyList<InlineArrayRender> Helpers => [.. _helpers.Values];

    /// <summary>The helper type for <c>element[length]</c>, e.g. <c>ZlibNative.ByteArray16</c>.</summary>
    public MappedType Get(MappedType element, long length)
    {
        var stored = element.IsPointer ? new MappedType("nint", 8, 8) : element;
        var name = Stem(stored) + "Array" + length.ToString(CultureInfo.InvariantCulture);
        _helpers.TryAdd(name, new InlineArrayRender(name, length, stored.Name));
        return new MappedType($"{nativeClass}.{name}", stored.Size * length, stored.Alignment) { Element = stored };
    }

    private string Stem(MappedType element) => element.Name switch
    {
        "byte" => "Byte",
        "sbyte" => "SByte",
        "short" => "Short",
        "ushort" => "UShort",
        "int" => "Int",
        "uint" => "UInt",
        "long" => "Long",
        "ulong" => "ULong",
        "float" => "Float",
        "double" => "Double",
        "nint" => "NInt",
        "nuint" => "NUInt",
        "System.Half" => "Half",
        "System.Int128" => "Int128",
        "System.UInt128" => "UInt128",
        var other when other.StartsWith(nativeClass + ".", StringComparison.Ordinal) => other[(nativeClass.Length + 1)..],
        var other => CSharpNames.Unescaped(other),
    };
}
