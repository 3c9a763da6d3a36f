using System.Globalization;
using BindingForge.Generator.CSharp;
using BindingForge.Generator.Rendering;

namespace BindingForge.Generator.Thin;

/// <summary>
/// The getter and setter of a bitfield that no storage field can hold (its bits share bytes with an ordinary field,
/// as in packed records), over the smallest run of bytes that covers its bits. The run is read and written in
/// 1/2/4/8-byte chunks at their byte offsets in the struct, through its <c>ByteAt</c> helper, and a chunk the field
/// does not cover entirely is read, masked and written back, so neighbouring bits are kept:
/// <code>
/// public uint c
/// {
///     readonly get =&gt; unchecked((uint)(((ulong)Unsafe.ReadUnaligned&lt;ushort&gt;(ref ByteAt(3)) &amp; 0xFFFFUL) | (((ulong)ByteAt(5) &amp; 0xFUL) &lt;&lt; 16)));
///     set
///     {
///         Unsafe.WriteUnaligned(ref ByteAt(3), unchecked((ushort)(ulong)value));
///         ByteAt(5) = unchecked((byte)(((ulong)ByteAt(5) &amp; 0xFFFFFFFFFFFFFFF0UL) | (((ulong)value &gt;&gt; 16) &amp; 0xFUL)));
///     }
/// }
/// </code>
/// x86-64 is little-endian: bit <c>n</c> of the record is bit <c>n % 8</c> of byte <c>n / 8</c>.
/// </summary>
internal static class BitfieldBytes
{
    /// <summary>One chunk of the run: its byte offset and size, and the part of the field it holds.</summary>
    /// <param name="Shift">The field's first bit in this chunk, counted from the chunk's lowest bit.</param>
    /// <param name="ValueShift">Which bit of the value that is.</param>
    /// <param name="Bits">How many bits of the field the chunk holds.</param>
    internal sealed record Chunk(long Offset, int Size, int Shift, int ValueShift, int Bits);

    /// <param name="byteAt">The name of the struct's byte access helper.</param>
    /// <param name="offsetBits">The bitfield's first bit, from the start of the record.</param>
    /// <param name="width">Its width in bits (1 to 64).</param>
    /// <param name="type">The property type: <c>bool</c>, an integral type or an enum.</param>
    /// <param name="signed">True when the value is sign-extended on read.</param>
    public static (string Getter, IReadOnlyList<string> Setter) Build(string byteAt, long offsetBits, int width, string type, bool signed)
    {
        var chunks = Chunks(offsetBits, width);
        // Each term is parenthesized: ((ulong)ByteAt(5) & 0xFUL) << 16 becomes (((ulong)ByteAt(5) & 0xFUL) << 16).
        var terms = chunks.Select(c => Placed($"({Shifted(Read(byteAt, c), c.Shift)} & {Mask(c.Bits)})", c.ValueShift)).ToList();
        var bits = terms.Count == 1 ? terms[0] : $"({string.Join(" | ", terms)})";

        string getter;
        if (type == "bool")
            getter = $"{bits} != 0";
        else if (signed)
            getter = $"unchecked(({type})((long)({bits} << {Number(64 - width)}) >> {Number(64 - width)}))";
        else
            getter = $"unchecked(({type}){bits})";

        var value = type == "bool" ? "(value ? 1UL : 0UL)" : "(ulong)value";
        return (getter, [.. chunks.Select(c => Write(byteAt, c, value))]);
    }

    /// <summary>The namespaces the accessors and their helper use.</summary>
    public static IReadOnlyList<string> Namespaces { get; } = ["System.Diagnostics.CodeAnalysis"];

    /// <summary>
    /// The struct's byte access helper the accessors use:
    /// <c>private readonly ref byte ByteAt(int offset) =&gt; ref Unsafe.Add(ref Unsafe.As&lt;pbits, byte&gt;(ref Unsafe.AsRef(in this)), offset);</c>
    /// </summary>
    public static StructMemberRender Helper(string structName, string name) => new(
        StructMemberRender.Method(name),
        ["/// <summary>The byte at <paramref name=\"offset\"/> in this struct, for the bitfields whose bits share bytes with other fields.</summary>"],
        ["[UnscopedRef]"],
        $"private readonly ref byte {name}(int offset)",
        $"ref Unsafe.Add(ref Unsafe.As<{structName}, byte>(ref Unsafe.AsRef(in this)), offset)",
        []);

    /// <summary>The run of bytes holding bits [offsetBits, offsetBits + width), cut into 8/4/2/1-byte chunks.</summary>
    public static List<Chunk> Chunks(long offsetBits, int width)
    {
        var first = offsetBits / 8;
        var end = (offsetBits + width + 7) / 8;
        var result = new List<Chunk>();
        for (var at = first; at < end;)
        {
            var size = new[] { 8, 4, 2, 1 }.First(s => s <= end - at);
            var low = Math.Max(offsetBits, at * 8);
            var high = Math.Min(offsetBits + width, (at + size) * 8);
            result.Add(new Chunk(at, size, (int)(low - at * 8), (int)(low - offsetBits), (int)(high - low)));
            at += size;
        }

        return result;
    }

    private static string Write(string byteAt, Chunk chunk, string value)
    {
        var part = chunk.ValueShift == 0 ? value : $"({value} >> {Number(chunk.ValueShift)})";
        string stored;
        if (chunk.Shift == 0 && chunk.Bits == chunk.Size * 8)
        {
            stored = $"unchecked(({Type(chunk.Size)}){part})";
        }
        else
        {
            var mask = Mask(chunk.Bits);
            var clear = ~(MaskValue(chunk.Bits) << chunk.Shift);
            stored = $"unchecked(({Type(chunk.Size)})(({Read(byteAt, chunk)} & {Literals.HexULong(clear)}) | {Placed($"({part} & {mask})", chunk.Shift)}))";
        }

        return chunk.Size == 1
            ? $"{byteAt}({Number(chunk.Offset)}) = {stored}"
            : $"Unsafe.WriteUnaligned(ref {byteAt}({Number(chunk.Offset)}), {stored})";
    }

    private static string Read(string byteAt, Chunk chunk) => chunk.Size == 1
        ? $"(ulong){byteAt}({Number(chunk.Offset)})"
        : $"(ulong)Unsafe.ReadUnaligned<{Type(chunk.Size)}>(ref {byteAt}({Number(chunk.Offset)}))";

    private static string Shifted(string read, int shift) => shift == 0 ? read : $"({read} >> {Number(shift)})";

    private static string Placed(string term, int shift) => shift == 0 ? term : $"({term} << {Number(shift)})";

    private static ulong MaskValue(int bits) => bits >= 64 ? ulong.MaxValue : (1UL << bits) - 1;

    private static string Mask(int bits) => Literals.HexULong(MaskValue(bits));

    private static string Type(int size) => size switch
    {
        1 => "byte",
        2 => "ushort",
        4 => "uint",
        _ => "ulong",
    };

    private static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);
}
