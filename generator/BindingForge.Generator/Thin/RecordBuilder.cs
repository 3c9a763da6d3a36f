using BindingForge.Generator.CSharp;
using BindingForge.Generator.Mapping;
using BindingForge.Generator.Rendering;
using BindingForge.Model.Header;

namespace BindingForge.Generator.Thin;

/// <summary>
/// Turns a complete C struct or union into a C# struct whose size and field offsets are clang's. Anonymous members
/// are flattened, bitfields get private storage plus accessor properties, a field with no C# form is kept as raw
/// bytes (with a warning) so the rest of the record stays usable, and the layout is chosen by
/// <see cref="LayoutChooser"/>. Plans are memoised because a parent's layout needs its children's C# alignment.
/// </summary>
internal sealed class RecordBuilder(HeaderModel model, TypeMapper mapper, TypeNameTable names, InlineArrays arrays, ThinReport report)
{
    private readonly Dictionary<string, RecordPlan> _plans = new(StringComparer.Ordinal);
    private readonly HashSet<string> _inProgress = new(StringComparer.Ordinal);

    public RecordPlan Plan(RecordDecl record)
    {
        if (_plans.TryGetValue(record.Name, out var plan))
            return plan;
        _inProgress.Add(record.Name);
        plan = Build(record);
        _inProgress.Remove(record.Name);
        _plans[record.Name] = plan;
        return plan;
    }

    private RecordPlan Build(RecordDecl record)
    {
        var name = names.Record(record.Name);
        var label = CSharpNames.Unescaped(name);
        var remarks = new List<string>();
        var fields = PlanFields(record, label, remarks);
        var bitfields = PlaceBitfields(record, label, fields);
        var layout = ChooseLayout(record, label, fields, out var alignmentField);

        var renders = RenderFields(fields, layout.Explicit);
        var structRender = new StructRender(
            DocComments.For(record.Doc, remarks.Count == 0 ? null : string.Join(" ", remarks)),
            name,
            fields.Any(f => f.Type.IsPointer && !f.IsBitfield),
            layout.Attribute(),
            alignmentField,
            renders,
            BitfieldProperties.Build(bitfields, report, record));
        var checks = fields.Where(f => !f.IsBitfield)
            .Select(f => new FieldOffsetCheckRender($"{label}.{CSharpNames.Unescaped(f.Name)}", f.Name, f.Flat.OffsetBytes))
            .ToList();
        // An empty C record is a 1-byte C# struct (ChooseLayout warns about it): the check expects that choice.
        var (checkLabel, size) = record.Size == 0 ? ($"{label} (empty in C)", 1L) : (label, record.Size);
        var check = new LayoutCheckRender(name, "Verify_" + CSharpNames.Sanitize(label), checkLabel, size, checks);
        return new RecordPlan(structRender, check, layout.Alignment);
    }

    /// <summary>The C# alignment of a field type: for records and inline arrays of them, what their plan chose.</summary>
    private long Alignment(MappedType type)
    {
        if (type.Record is { } record)
            return _inProgress.Contains(record.Name) ? record.Alignment : Plan(record).Alignment;
        return type.Element is { } element ? Alignment(element) : type.Alignment;
    }

    private List<PlannedField> PlanFields(RecordDecl record, string label, List<string> remarks)
    {
        var flat = RecordFlattener.Flatten(record, model);
        var result = new List<PlannedField>();
        var used = new HashSet<string>(StringComparer.Ordinal) { label };
        foreach (var f in flat)
        {
            var type = mapper.Map(f.Field.Type, TypePosition.Field);
            var fieldName = UniqueName(f.Field.Name, used, result.Count);
            if (type.IsFlexibleArray)
            {
                remarks.Add($"The flexible array member '{f.Field.Name}' follows the struct in memory and has no field here.");
                continue;
            }

            if (!type.IsSupported && f.Field.BitWidth is null)
            {
                var bytes = RawSize(f, flat, record);
                report.Skip("field", $"{label}.{f.Field.Name}", $"{type.Unsupported}; kept as the {bytes} raw bytes from its offset to the next field or the record's end", type.DiagnosticId, record.Location);
                if (bytes <= 0)
                    continue;
                type = arrays.Get(new MappedType("byte", 1, 1), bytes);
            }

            report.Degraded(type, record.Location);
            result.Add(new PlannedField(f, type, fieldName));
        }

        return result;
    }

    private static string UniqueName(string cName, HashSet<string> used, int index)
    {
        var name = cName.Length == 0 ? $"_field{index}" : CSharpNames.Identifier(cName);
        while (!used.Add(CSharpNames.Unescaped(name)))
            name = CSharpNames.Unescaped(name) + "_";
        return name;
    }

    /// <summary>The bytes an unsupported field spans: up to the next field at a higher offset, or the record's end.</summary>
    private static long RawSize(FlatField field, List<FlatField> flat, RecordDecl record)
    {
        if (record.Kind == RecordKind.Union)
            return record.Size - field.OffsetBytes;
        var next = flat.Where(f => f.OffsetBytes > field.OffsetBytes).Select(f => f.OffsetBytes).DefaultIfEmpty(record.Size).Min();
        return next - field.OffsetBytes;
    }

    /// <summary>Gives each bitfield its storage field; returns the named ones that got one (they become properties).</summary>
    private List<PlannedField> PlaceBitfields(RecordDecl record, string label, List<PlannedField> fields)
    {
        var bitfields = fields.Where(f => f.IsBitfield).ToList();
        var occupied = fields.Where(f => !f.IsBitfield).Select(f => new LayoutSlot(f.Flat.OffsetBytes, f.Type.Size, 1)).ToList();
        var requests = bitfields.Select(f => new BitfieldPlanner.Request(f.Flat.OffsetBits, f.Flat.Field.BitWidth!.Value, f.Type.Size)).ToList();
        var (windows, _) = BitfieldPlanner.Plan(requests, occupied, record.Size, record.Kind == RecordKind.Union);

        var placed = new List<PlannedField>();
        for (var i = 0; i < bitfields.Count; i++)
        {
            var index = fields.IndexOf(bitfields[i]);
            fields[index] = bitfields[i] with { Storage = windows[i] };
            if (bitfields[i].Flat.Field.BitWidth is 0 || bitfields[i].Flat.Field.Name.Length == 0)
                continue;
            if (windows[i] is null)
                report.Skip("bitfield", $"{label}.{bitfields[i].Flat.Field.Name}", "no storage field can hold its bits without covering another field", DiagnosticIds.LayoutNotExpressible, record.Location);
            else
                placed.Add(fields[index]);
        }

        return placed;
    }

    /// <summary>Fields in declaration order, each bitfield storage field where its first bitfield was declared.</summary>
    private static List<(PlannedField? Field, BitfieldStorage? Storage)> Ordered(List<PlannedField> fields)
    {
        var result = new List<(PlannedField?, BitfieldStorage?)>();
        var emitted = new HashSet<BitfieldStorage>();
        foreach (var field in fields)
        {
            if (!field.IsBitfield)
                result.Add((field, null));
            else if (field.Storage is { } storage && emitted.Add(storage))
                result.Add((null, storage));
        }

        return result;
    }

    /// <summary>The name of the private field that raises a struct's alignment to C's.</summary>
    public const string AlignmentFieldName = "_alignment";

    /// <summary>
    /// The layout, raised to C's alignment (up to 8) by an overlapping private field when C# would align the struct
    /// less than C does; over-aligned records are reported.
    /// </summary>
    private LayoutChoice ChooseLayout(RecordDecl record, string label, List<PlannedField> fields, out string? alignmentField)
    {
        alignmentField = null;
        var slots = Ordered(fields)
            .Select(e => e.Field is { } f
                ? new LayoutSlot(f.Flat.OffsetBytes, f.Type.Size, Alignment(f.Type))
                : new LayoutSlot(e.Storage!.Offset, e.Storage.Size, e.Storage.Size))
            .ToList();
        var isUnion = record.Kind == RecordKind.Union;
        var choice = LayoutChooser.Choose(slots, record.Size, isUnion);

        if (choice.Alignment < record.Alignment)
        {
            if (record.Alignment <= 8 && record.Size % record.Alignment == 0)
            {
                slots.Add(new LayoutSlot(0, record.Alignment, record.Alignment));
                alignmentField = $"private readonly {new BitfieldStorage(AlignmentFieldName, 0, record.Alignment).Type} {AlignmentFieldName};";
                return LayoutChooser.Choose(slots, record.Size, isUnion: true);
            }

            report.Diagnostics.Warning(DiagnosticIds.AlignmentNotExpressible,
                $"'{label}' is aligned to {record.Alignment} bytes in C, which C# cannot express; size and offsets match, but C# may place it at a lower alignment",
                record.Location);
        }
        else if (choice.Explicit && choice.Alignment > record.Alignment)
        {
            return choice with { Pack = (int)record.Alignment, Alignment = record.Alignment };
        }

        if (record.Size == 0)
            report.Diagnostics.Warning(DiagnosticIds.LayoutNotExpressible, $"'{label}' has size 0 in C; a C# struct has at least 1 byte", record.Location);
        return choice;
    }

    private static List<FieldRender> RenderFields(List<PlannedField> fields, bool isExplicit)
    {
        string? Offset(long offset) => isExplicit ? $"[FieldOffset({offset})]" : null;
        return [.. Ordered(fields).Select(e => e.Field is { } f
            ? new FieldRender(DocComments.For(f.Flat.Field.Doc, f.Type.IsBool ? "C bool: 0 is false, 1 is true." : null), Offset(f.Flat.OffsetBytes), "public", f.Type.Name, f.Name)
            : new FieldRender([], Offset(e.Storage!.Offset), "private", e.Storage.Type, e.Storage.Name))];
    }
}
