using System.Globalization;
using BindingForge.Generator.Surface;
using BindingForge.Model;
using BindingForge.Model.Header;

namespace BindingForge.Review.Surface;

/// <summary>
/// Builds the <see cref="ApiRecord"/> of a thin surface: what the selected headers declare, each item with the C# the
/// thin layer makes of it. Record fields of anonymous members are listed as the parent's, at their offset in it.
/// <code>
/// function bf_add(int32_t a, int32_t b) -> int32_t | FixtureNative.bf_add(int a, int b) -> int
/// record bf_point struct size 8 align 4 | bf_point
/// record bf_point.x @0 int32_t
/// enum bf_kind.BF_KIND_OBJECT = 1
/// </code>
/// </summary>
public static partial class ApiRecordBuilder
{
    public static ApiRecord Build(ThinSurface surface)
    {
        var model = surface.Selected;
        var items = new List<ApiLine> { new(ApiKinds.Library, surface.Library, string.Empty) };
        items.AddRange(model.Functions.DistinctBy(f => f.LinkName).Select(f => Function(f, surface)));
        items.AddRange(Records(surface));
        items.AddRange(model.Enums.SelectMany(e => Enum(e, surface)));
        items.AddRange(model.Typedefs.Select(t => new ApiLine(ApiKinds.Typedef, t.Name, $" = {t.Underlying.Spelling}")));
        foreach (var constant in model.Constants)
        {
            if (IsVersion(constant.Name))
                items.Add(new ApiLine(ApiKinds.Version, constant.Name, $" = {Value(constant.Value)}"));
            else if (surface.Constants.TryGetValue(constant.Name, out var bound))
                items.Add(Constant(constant.Name, CTypeOf(constant.Value), bound, surface.NativeClass));
        }

        return ApiRecord.Of(items);
    }

    /// <summary><c>SQLITE_VERSION</c>, <c>ZLIB_VERNUM</c>, <c>BF_ABI_VERSION</c>: a library prefix (and ABI/API/LIB), then a version word; not <c>SQLITE_FCNTL_DATA_VERSION</c>.</summary>
    public static bool IsVersion(string name) => VersionName().IsMatch(name);

    [System.Text.RegularExpressions.GeneratedRegex("^[A-Za-z0-9]+_((ABI|API|LIB)_)?(VERSION(_NUMBER)?|VERNUM|SOURCE_ID|VER(SION)?_(MAJOR|MINOR|PATCH|REVISION|SUBREVISION))$")]
    private static partial System.Text.RegularExpressions.Regex VersionName();

    private static ApiLine Function(FunctionDecl function, ThinSurface surface)
    {
        var c = $"({string.Join(", ", function.Parameters.Select(p => $"{p.Type.Spelling} {p.Name}"))}{(function.IsVariadic ? ", ..." : string.Empty)}) -> {function.ReturnType.Spelling}";
        var csharp = surface.Functions.TryGetValue(function.LinkName, out var bound)
            ? $"{surface.NativeClass}.{bound.Name}({bound.Parameters}) -> {bound.ReturnType}"
            : "not bound";
        return new ApiLine(ApiKinds.Function, function.LinkName, $"{c} | {csharp}");
    }

    private static IEnumerable<ApiLine> Records(ThinSurface surface)
    {
        var model = surface.Selected;
        var members = model.Records.SelectMany(r => r.Fields).Where(f => f.IsAnonymousMember && f.Type is RecordRef).Select(f => ((RecordRef)f.Type).Name).ToHashSet(StringComparer.Ordinal);
        foreach (var record in model.Records.Where(r => !(r.IsAnonymous && r.TypedefName is null && members.Contains(r.Name))))
        {
            var kind = record.Kind == RecordKind.Union ? "union" : "struct";
            var csharp = surface.TypeNames.GetValueOrDefault(record.Name, record.TypedefName ?? record.Name);
            if (!record.IsComplete)
            {
                yield return new ApiLine(ApiKinds.Record, record.Name, $" {kind} opaque | {csharp}");
                continue;
            }

            yield return new ApiLine(ApiKinds.Record, record.Name, $" {kind} size {record.Size} align {record.Alignment} | {csharp}");
            foreach (var (field, offsetBits) in Fields(record, 0, model))
                yield return new ApiLine(ApiKinds.Record, $"{record.Name}.{field.Name}", $" {Offset(offsetBits, field.BitWidth)} {field.Type.Spelling}");
        }
    }

    /// <summary>The record's fields with their bit offsets in it; an anonymous member's fields count as the record's own.</summary>
    private static IEnumerable<(FieldDecl Field, long OffsetBits)> Fields(RecordDecl record, long baseBits, HeaderModel model)
    {
        foreach (var field in record.Fields)
        {
            if (field is { IsAnonymousMember: true, Type: RecordRef member } && model.FindRecord(member.Name) is { } inner)
            {
                foreach (var nested in Fields(inner, baseBits + field.OffsetBits, model))
                    yield return nested;
            }
            else
            {
                yield return (field, baseBits + field.OffsetBits);
            }
        }
    }

    /// <summary><c>@8</c> for a field at byte 8; <c>@4.3:5</c> for a 5-bit bitfield at bit 3 of byte 4.</summary>
    private static string Offset(long bits, int? width) =>
        width is { } w ? $"@{bits / 8}.{bits % 8}:{w}" : bits % 8 == 0 ? $"@{bits / 8}" : $"@{bits / 8}.{bits % 8}";

    private static IEnumerable<ApiLine> Enum(EnumDecl e, ThinSurface surface)
    {
        if (e.IsAnonymous && e.TypedefName is null)
        {
            // Members of a nameless enum are plain constants of the thin class.
            foreach (var member in e.Members.Where(m => surface.Constants.ContainsKey(m.Name)))
                yield return Constant(member.Name, Spell(e.UnderlyingType), surface.Constants[member.Name], surface.NativeClass);
            yield break;
        }

        var csharp = surface.TypeNames.GetValueOrDefault(e.Name, e.TypedefName ?? e.Name);
        yield return new ApiLine(ApiKinds.Enum, e.Name, $" : {Spell(e.UnderlyingType)} | {csharp}");
        foreach (var member in e.Members)
            yield return new ApiLine(ApiKinds.Enum, $"{e.Name}.{member.Name}", $" = {member.Value.ToString(CultureInfo.InvariantCulture)}");
    }

    private static ApiLine Constant(string name, string cType, ThinConstant bound, string nativeClass) =>
        new(ApiKinds.Constant, name, $" {cType} | {bound.Type} {nativeClass}.{bound.Name} = {bound.Value}");

    private static string CTypeOf(ConstantValue value) => value switch
    {
        IntegerConstant i => Spell(i.Type),
        FloatConstant f => Spell(f.Type),
        StringConstant => "char[]",
        PointerConstant p => p.PointerType.Spelling,
        _ => "?",
    };

    private static string Value(ConstantValue value) => value switch
    {
        IntegerConstant i => i.Value.ToString(CultureInfo.InvariantCulture),
        FloatConstant f => f.Value.ToString("R", CultureInfo.InvariantCulture),
        StringConstant s => CSharpLiterals.String(System.Text.Encoding.UTF8.GetString(s.Utf8.AsSpan())),
        PointerConstant p => $"({p.PointerType.Spelling}){p.Value.ToString(CultureInfo.InvariantCulture)}",
        _ => "?",
    };

    /// <summary>The C spelling of a builtin type: <c>unsigned int</c>, <c>long long</c>.</summary>
    private static string Spell(PrimitiveKind kind) => kind switch
    {
        PrimitiveKind.SChar => "signed char",
        PrimitiveKind.UChar => "unsigned char",
        PrimitiveKind.UShort => "unsigned short",
        PrimitiveKind.UInt => "unsigned int",
        PrimitiveKind.ULong => "unsigned long",
        PrimitiveKind.LongLong => "long long",
        PrimitiveKind.ULongLong => "unsigned long long",
        PrimitiveKind.Int128 => "__int128",
        PrimitiveKind.UInt128 => "unsigned __int128",
        PrimitiveKind.LongDouble => "long double",
        PrimitiveKind.Float16 => "_Float16",
        PrimitiveKind.WChar => "wchar_t",
        PrimitiveKind.Char16 => "char16_t",
        PrimitiveKind.Char32 => "char32_t",
        _ => kind.ToString().ToLowerInvariant(),
    };
}
