using System.Globalization;
using BindingForge.Generator.CSharp;

namespace BindingForge.Generator.Thin;

/// <summary>
/// The getter and setter expressions of a bitfield property over its storage field, computed in 64-bit arithmetic
/// and wrapped in <c>unchecked</c> so that projects compiled with overflow checks still work:
/// <code>
/// public uint mode
/// {
///     readonly get =&gt; unchecked((uint)(((ulong)_bitfield0 &gt;&gt; 3) &amp; 0x7UL));
///     set =&gt; _bitfield0 = unchecked((byte)(((ulong)_bitfield0 &amp; 0xFFFFFFFFFFFFFFC7UL) | (((ulong)value &amp; 0x7UL) &lt;&lt; 3)));
/// }
/// </code>
/// </summary>
internal static class BitfieldAccessors
{
    /// <param name="storage">The storage field.</param>
    /// <param name="shift">The bitfield's first bit within the storage field.</param>
    /// <param name="width">Its width in bits (1 to 64).</param>
    /// <param name="type">The property type: <c>bool</c>, an integral type or an enum.</param>
    /// <param name="signed">True when the value is sign-extended on read.</param>
    public static (string Getter, IReadOnlyList<string> Setter) Build(BitfieldStorage storage, long shift, int width, string type, bool signed)
    {
        var mask = width >= 64 ? ulong.MaxValue : (1UL << width) - 1;
        var clear = ~(mask << (int)shift);
        var bits = $"(ulong){storage.Name}";
        var shifted = shift == 0 ? bits : $"({bits} >> {Number(shift)})";

        string getter;
        if (type == "bool")
            getter = $"({shifted} & 0x1UL) != 0";
        else if (signed)
            getter = $"unchecked(({type})((long)({bits} << {Number(64 - shift - width)}) >> {Number(64 - width)}))";
        else
            getter = $"unchecked(({type})({shifted} & {Literals.HexULong(mask)}))";

        var value = type == "bool" ? "(value ? 1UL : 0UL)" : $"((ulong)value & {Literals.HexULong(mask)})";
        var placed = shift == 0 ? value : $"({value} << {Number(shift)})";
        var setter = $"{storage.Name} = unchecked(({storage.Type})(({bits} & {Literals.HexULong(clear)}) | {placed}))";
        return (getter, [setter]);
    }

    private static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);
}
