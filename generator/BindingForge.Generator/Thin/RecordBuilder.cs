using BindingForge.Generator.CSharp;
using BindingForge.Generator.Mapping;
using BindingForge.Generator.Rendering;
using BindingForge.Model.Header;

namespace BindingForge.Generator.Thin;

/// <summary>
/// Turns a complete C struct or union into a C# struct whose size and field offsets are clang's. Anonymous members
/// are flattened, bitfields get private storage or byte-run accessors, flexible array members accessor methods,
/// over-aligned records aligned allocation, a field with no C# form is kept as raw bytes (with a warning) so the rest
/// of the record stays usable, and the layout is chosen by <see cref="LayoutChooser"/>. Plans are memoised because a parent's layout needs its children's C# alignment.
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
        var used = new HashSet<string>(StringComparer.Ordinal) { label };
        var flexible = new List<PlannedField>();
        var fields = PlanFields(record, label, used, remarks, flexible);
        var bitfields = PlaceBitfields(record, fields);
        var layout = ChooseLayout(record, label, fields, out var alignmentField);

        var members = new List<StructMemberRender>();
        var namespaces = new List<string>();
        var overAligned = layout.Alignment < record.Alignment && record.Size > 0;
        AddMembers(record, name, label, used, flexible, overAligned, members, namespaces);
        var byteAt = Unique("ByteAt", used);
        var properties = BitfieldProperties.Build(bitfields, report, record, byteAt);
        if (bitfields.Any(b => b.Storage is null && BitfieldProperties.HasAccessor(b.Type)))
        {
            members.Add(BitfieldBytes.Helper(name, byteAt));
            namespaces.AddRange(BitfieldBytes.Namespaces);
        }

        var structRender = new StructRender(
            DocComments.For(record.Doc, remarks.Count == 0 ? null : string.Join(" ", remarks)),
            name,
            overAligned || fields.Any(f => f.Type.IsPointer && !f.IsBitfield),
            layout.Attribute(),
            alignmentField,
            RenderFields(fields, layout.Explicit),
            properties,
            members);
        var checks = fields.Where(f => !f.IsBitfield)
            .Select(f => new FieldOffsetCheckRender($"{label}.{CSharpNames.Unescaped(f.Name)}", f.Name, f.Flat.OffsetBytes))
            .ToList();
        // An empty C record is a 1-byte C# struct (ChooseLayout warns about it): the check expects that choice.
        var (checkLabel, size) = record.Size == 0 ? ($"{label} (empty in C)", 1L) : (label, record.Size);
        var check = new LayoutCheckRender(name, "Verify_" + CSharpNames.Sanitize(label), checkLabel, size, checks);
        return new RecordPlan(structRender, check, layout.Alignment, [.. namespaces.Distinct()]);
    }

    /// <summary>The accessor of each flexible array member (each noted in the summary), and aligned allocation for an over-aligned record.</summary>
    private void AddMembers(RecordDecl record, string name, string label, HashSet<string> used, List<PlannedField> flexible, bool overAligned,
        List<StructMemberRender> members, List<string> namespaces)
    {
        foreach (var f in flexible)
        {
            members.Add(FlexibleArrayAccessor.Build(name, f.Name, f.Flat, f.Type));
            namespaces.AddRange(FlexibleArrayAccessor.Namespaces);
            report.Note("flexible array", $"{label}.{f.Flat.Field.Name}",
                $"is bound as the method {CSharpNames.Unescaped(f.Name)}(count), valid only on the struct at its native address, never on a copy",
                DiagnosticIds.BoundWithCondition, record.Location);
        }

        if (!overAligned)
            return;
        var allocation = (Unique("Alignment", used), Unique("Allocate", used), Unique("Free", used));
        members.AddRange(AlignedAllocation.Build(name, label, record.Alignment, allocation));
        namespaces.AddRange(AlignedAllocation.Namespaces);
        report.Diagnostics.Warning(DiagnosticIds.AlignmentNotExpressible,
            $"'{label}' is aligned to {record.Alignment} bytes in C, which C# cannot give a struct; size and offsets match, but a C# local, field or array of it may sit at a lower alignment: allocate it with {label}.{CSharpNames.Unescaped(allocation.Item2)}",
            record.Location);
    }

    /// <summary>The C# alignment of a field type: for records and inline arrays of them, what their plan chose.</summary>
    private long Alignment(MappedType type)
    {
        if (type.Record is { } record)
            return _inProgress.Contains(record.Name) ? record.Alignment : Plan(record).Alignment;
        return type.Element is { } element ? Alignment(element) : type.Alignment;
    }

    /// <summary>
    /// The record's fields with their C# types and names. Flexible array members go to <paramref name="flexible"/>
    /// (they become accessor methods, not fields); a field of size 0 (an empty record) is skipped, since its C# field
    /// would take a byte that belongs to the next field.
    /// </summary>
    private List<PlannedField> PlanFields(RecordDecl record, string label, HashSet<string> used, List<string> remarks, List<PlannedField> flexible)
    {
        var flat = RecordFlattener.Flatten(record, model);
        var result = new List<PlannedField>();
        foreach (var f in flat)
        {
            var type = mapper.Map(f.Field.Type, TypePosition.Field);
            var fieldName = UniqueName(f.Field.Name, used, result.Count);
            if (type.IsFlexibleArray)
            {
                flexible.Add(new PlannedField(f, type, fieldName));
                continue;
            }

            if (type.IsSupported && type.Size == 0 && f.Field.BitWidth is null)
            {
                report.Skip("field", $"{label}.{f.Field.Name}", "it has size 0 in C (an empty record), and a C# field would take a byte of the next field", DiagnosticIds.LayoutNotExpressible, record.Location);
                remarks.Add($"The field '{f.Field.Name}' has size 0 in C and no field here.");
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

    private static string UniqueName(string cName, HashSet<string> used, int index) =>
        Unique(cName.Length == 0 ? $"_field{index}" : CSharpNames.Identifier(cName), used);

    /// <summary><paramref name="name"/>, or with <c>_</c> appended until no member of the struct has it; claims it.</summary>
    private static string Unique(string name, HashSet<string> used)
    {
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

    /// <summary>
    /// Gives each bitfield its storage field where one fits; returns the named ones, which become properties (those
    /// without storage are read from the struct's bytes).
    /// </summary>
    private static List<PlannedField> PlaceBitfields(RecordDecl record, List<PlannedField> fields)
    {
        var bitfields = fields.Where(f => f.IsBitfield).ToList();
        var occupied = fields.Where(f => !f.IsBitfield).Select(f => new LayoutSlot(f.Flat.OffsetBytes, f.Type.Size, 1)).ToList();
        var requests = bitfields.Select(f => new BitfieldPlanner.Request(f.Flat.OffsetBits, f.Flat.Field.BitWidth!.Value, f.Type.Size)).ToList();
        var (windows, _) = BitfieldPlanner.Plan(requests, occupied, record.Size, record.Kind == RecordKind.Union);

        var named = new List<PlannedField>();
        for (var i = 0; i < bitfields.Count; i++)
        {
            var index = fields.IndexOf(bitfields[i]);
            fields[index] = bitfields[i] with { Storage = windows[i] };
            if (bitfields[i].Flat.Field.BitWidth is not 0 && bitfields[i].Flat.Field.Name.Length > 0)
                named.Add(fields[index]);
        }

        return named;
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
    /// less than C does; an over-aligned record keeps the lower alignment (the caller reports it).
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

        if (record.Size == 0)
        {
            // A field to raise the alignment would make it bigger than the 1 byte C# gives an empty struct.
            report.Diagnostics.Warning(DiagnosticIds.LayoutNotExpressible, $"'{label}' has size 0 in C (a GNU extension); its C# struct has 1 byte, which C never allocated: do not write one through a pointer from C", record.Location);
            return choice;
        }

        if (choice.Alignment < record.Alignment && record.Alignment <= 8 && record.Size % record.Alignment == 0)
        {
            slots.Add(new LayoutSlot(0, record.Alignment, record.Alignment));
            alignmentField = $"private readonly {new BitfieldStorage(AlignmentFieldName, 0, record.Alignment).Type} {AlignmentFieldName};";
            return LayoutChooser.Choose(slots, record.Size, isUnion: true);
        }

        if (choice.Explicit && choice.Alignment > record.Alignment)
            return choice with { Pack = (int)record.Alignment, Alignment = record.Alignment };
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
