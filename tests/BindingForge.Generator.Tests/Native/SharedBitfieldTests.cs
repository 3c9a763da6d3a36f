using System.Text;
using BindingForge.Generator.Tests.Support;

namespace BindingForge.Generator.Tests.Native;

/// <summary>
/// Every bitfield width of every integral type, in natural, packed and <c>#pragma pack</c> records where bitfields
/// straddle storage units and share bytes with ordinary <c>char</c> fields: the generated accessor writes exactly the
/// bytes gcc's code writes (from the same background bytes, so neighbouring bits must be kept), reads back what gcc
/// wrote (signed fields sign-extended), and gcc reads back what the accessor wrote.
/// </summary>
public sealed class SharedBitfieldTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    private sealed record BitType(string C, string CSharp, int Bits, bool Signed);

    private sealed record Packing(string Name, string Before, string Attribute, string After);

    private sealed record Field(int Id, string Name, int Width, BitType Type);

    private sealed record Record(string Name, List<Field> Fields);

    private static readonly BitType[] Types =
    [
        new("unsigned char", "byte", 8, false),
        new("signed char", "sbyte", 8, true),
        new("unsigned short", "ushort", 16, false),
        new("short", "short", 16, true),
        new("unsigned int", "uint", 32, false),
        new("int", "int", 32, true),
        new("unsigned long long", "ulong", 64, false),
        new("long long", "long", 64, true),
        new("_Bool", "bool", 1, false),
    ];

    private static readonly Packing[] Packings =
    [
        new("natural", "", "", ""),
        new("packed", "", "__attribute__((packed)) ", ""),
        new("pack1", "#pragma pack(push, 1)", "", "#pragma pack(pop)"),
        new("pack2", "#pragma pack(push, 2)", "", "#pragma pack(pop)"),
        new("pack4", "#pragma pack(push, 4)", "", "#pragma pack(pop)"),
    ];

    [Fact]
    public void Every_width_and_packing_writes_the_bytes_gcc_writes_and_reads_what_gcc_wrote()
    {
        var (header, source, driver, records) = Build();
        var result = Gcc.Bind(_temp.Path, "sbits", "SBits", header, "#include \"sbits.h\"\n" + source);
        // Every bitfield is bound: none is refused for sharing bytes with its neighbours.
        Assert.DoesNotContain(result.Diagnostics, d => d.Id == DiagnosticIds.LayoutNotExpressible);
        Assert.Empty(result.Summary.Skipped);
        using var assembly = GeneratedBinding.Load(result, "SBits", driver);
        Assert.Empty((IReadOnlyList<string>)assembly.Invoke("Run.SBits.SBitsNativeLayout", "Verify")!);

        var failures = (IReadOnlyList<string>)assembly.Invoke("Run.SBits.Driver", "Run")!;
        Assert.True(failures.Count == 0, $"{failures.Count} mismatches, first ones:\n{string.Join("\n", failures.Take(20))}");
        var checkedCount = (int)assembly.Invoke("Run.SBits.Driver", "Checked")!;
        Assert.Equal(records.Sum(r => r.Fields.Sum(f => Values(f).Count)), checkedCount);
        // The byte-run accessors were exercised, not only storage fields: packed records have no storage field for most.
        Assert.Contains("ByteAt(", string.Concat(result.Files.Select(f => f.Content)), StringComparison.Ordinal);
    }

    /// <summary>Values in range for the field: its extremes, -1 and 1 where they fit, and a bit pattern.</summary>
    private static List<long> Values(Field field)
    {
        var (width, type) = (field.Width, field.Type);
        if (type.CSharp == "bool")
            return [0, 1];
        if (type.Signed)
        {
            var min = width == 64 ? long.MinValue : -(1L << (width - 1));
            var max = width == 64 ? long.MaxValue : (1L << (width - 1)) - 1;
            var pattern = width == 64 ? 0x5A5A5A5A5A5A5A5AL : (0x5A5A5A5A5A5A5A5AL & ((1L << width) - 1)) + min;
            return [.. new[] { min, max, -1, pattern, 0 }.Distinct()];
        }

        var mask = width == 64 ? -1L : (1L << width) - 1;
        return [.. new[] { mask, 1, 0x5A5A5A5A5A5A5A5AL & mask, unchecked((long)0xA5A5A5A5A5A5A5A5UL) & mask, 0 }.Distinct()];
    }

    private (string Header, string Source, string Driver, List<Record> Records) Build()
    {
        var header = new StringBuilder();
        var source = new StringBuilder();
        var records = new List<Record>();
        foreach (var packing in Packings)
        {
            for (var t = 0; t < Types.Length; t++)
            {
                var record = new Record($"sb_{packing.Name}_{t}", []);
                records.Add(record);
                if (packing.Before.Length > 0)
                    header.AppendLine(packing.Before);
                header.Append("struct ").Append(packing.Attribute).Append(record.Name).AppendLine(" {");
                header.AppendLine("    char c0;");
                var type = Types[t];
                // All widths of the type, twice over for bool, with a char after every third bitfield.
                var widths = type.CSharp == "bool" ? Enumerable.Repeat(1, 10) : Enumerable.Range(1, type.Bits);
                foreach (var (width, i) in widths.Select((w, i) => (w, i)))
                {
                    var field = new Field(i, $"f{i}", width, type);
                    record.Fields.Add(field);
                    header.AppendLine($"    {type.C} {field.Name} : {width};");
                    if (i % 3 == 2)
                        header.AppendLine($"    char c{i + 1};");
                }

                header.AppendLine("};");
                if (packing.After.Length > 0)
                    header.AppendLine(packing.After);
                header.AppendLine($"void set_{record.Name}(int field, struct {record.Name} *s, long long value);");
                header.AppendLine($"long long get_{record.Name}(int field, const struct {record.Name} *s);");

                source.AppendLine($"void set_{record.Name}(int field, struct {record.Name} *s, long long value) {{ switch (field) {{");
                foreach (var f in record.Fields)
                    source.AppendLine($"    case {f.Id}: s->{f.Name} = value; break;");
                source.AppendLine("} }");
                source.AppendLine($"long long get_{record.Name}(int field, const struct {record.Name} *s) {{ switch (field) {{");
                foreach (var f in record.Fields)
                    source.AppendLine($"    case {f.Id}: return s->{f.Name};");
                source.AppendLine("} return 0x7777; }");
            }
        }

        return (header.ToString(), source.ToString(), Driver(records), records);
    }

    private static string Driver(List<Record> records)
    {
        var text = new StringBuilder("""
            using System.Runtime.InteropServices;

            namespace Run.SBits;

            public static unsafe class Driver
            {
                private static int _checked;

                public static int Checked() => _checked;

                /// <summary>For each field and value: C writes one copy, C# the other, from the same background bytes.</summary>
                private static void Check(List<string> failures, string record, int size, int field, long value,
                    Action<int, nint, long> cSet, Func<int, nint, long> cGet, Action<int, nint, long> set, Func<int, nint, long> get)
                {
                    _checked++;
                    foreach (var background in new byte[] { 0x00, 0xFF, 0x6C })
                    {
                        var c = (byte*)NativeMemory.Alloc((nuint)size);
                        var cs = (byte*)NativeMemory.Alloc((nuint)size);
                        try
                        {
                            for (var i = 0; i < size; i++)
                                c[i] = cs[i] = (byte)(background ^ (i * 37));
                            cSet(field, (nint)c, value);
                            set(field, (nint)cs, value);
                            var what = $"{record}.f{field} = {value} on 0x{background:X2}";
                            if (!new ReadOnlySpan<byte>(c, size).SequenceEqual(new ReadOnlySpan<byte>(cs, size)))
                                failures.Add($"{what}: gcc wrote {Convert.ToHexString(new ReadOnlySpan<byte>(c, size))}, C# wrote {Convert.ToHexString(new ReadOnlySpan<byte>(cs, size))}");
                            if (get(field, (nint)c) is var read && read != value)
                                failures.Add($"{what}: C# read {read} from what gcc wrote");
                            if (cGet(field, (nint)cs) is var back && back != value)
                                failures.Add($"{what}: gcc read {back} from what C# wrote");
                        }
                        finally
                        {
                            NativeMemory.Free(c);
                            NativeMemory.Free(cs);
                        }
                    }
                }

            """);
        foreach (var record in records)
        {
            var name = record.Name;
            text.AppendLine($"    private static void Set_{name}(int field, nint p, long v)");
            text.AppendLine("    {");
            text.AppendLine($"        var s = ({name}*)p;");
            text.AppendLine("        switch (field)");
            text.AppendLine("        {");
            foreach (var f in record.Fields)
                text.AppendLine($"            case {f.Id}: s->{f.Name} = {FromLong(f)}; break;");
            text.AppendLine("        }");
            text.AppendLine("    }");
            text.AppendLine();
            text.AppendLine($"    private static long Get_{name}(int field, nint p)");
            text.AppendLine("    {");
            text.AppendLine($"        var s = ({name}*)p;");
            text.AppendLine("        return field switch");
            text.AppendLine("        {");
            foreach (var f in record.Fields)
                text.AppendLine($"            {f.Id} => {ToLong(f, $"s->{f.Name}")},");
            text.AppendLine("            _ => 0x7777,");
            text.AppendLine("        };");
            text.AppendLine("    }");
            text.AppendLine();
        }

        text.AppendLine("    public static List<string> Run()");
        text.AppendLine("    {");
        text.AppendLine("        var failures = new List<string>();");
        foreach (var record in records)
        {
            var name = record.Name;
            var cases = record.Fields.SelectMany(f => Values(f).Select(v => $"({f.Id}, {v}L)"));
            text.AppendLine($"        foreach (var (field, value) in new (int, long)[] {{ {string.Join(", ", cases)} }})");
            text.AppendLine($"            Check(failures, \"{name}\", sizeof({name}), field, value, (f, p, v) => SBitsNative.set_{name}(f, ({name}*)p, v), " +
                $"(f, p) => SBitsNative.get_{name}(f, ({name}*)p), Set_{name}, Get_{name});");
        }

        text.AppendLine("        return failures;");
        text.AppendLine("    }");
        text.AppendLine("}");
        return text.ToString();
    }

    private static string FromLong(Field field) => field.Type.CSharp == "bool" ? "v != 0" : $"unchecked(({field.Type.CSharp})v)";

    private static string ToLong(Field field, string access) => field.Type.CSharp == "bool" ? $"({access} ? 1L : 0L)" : $"unchecked((long){access})";

    public void Dispose() => _temp.Dispose();
}
