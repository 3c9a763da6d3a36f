using BindingForge.Model.Header;

namespace BindingForge.Generator.Mapping;

/// <summary>
/// Maps C types to the blittable C# types of the thin layer. Typedefs of scalars become the underlying type, pointer
/// typedefs the pointer, records and enums their C# names, function pointers <c>delegate* unmanaged[Cdecl]</c>,
/// fixed arrays in records inline-array helpers, and complex numbers the <see cref="ComplexNumbers"/> structs. What has
/// no faithful C# form is reported as unsupported, except behind a pointer, where it degrades to <c>void*</c>.
/// </summary>
internal sealed class TypeMapper(HeaderModel model, TypeNameTable names, InlineArrays arrays, ComplexNumbers complex)
{
    /// <summary>The record clang's x86-64 <c>va_list</c> is an array of; it arrives when a typedef was resolved.</summary>
    private const string VaListRecord = "__va_list_tag";

    public MappedType Map(CType type, TypePosition position) => type switch
    {
        _ when IsVaList(type) => MappedType.Fail("va_list cannot be built from C#"),
        TypedefRef t => MapTypedef(t, position),
        PrimitiveType p => MapPrimitive(p.Kind, position),
        PointerType p => MapPointer(p.Pointee),
        ArrayType a => MapArray(a, position),
        FunctionType f when position is TypePosition.Parameter or TypePosition.Pointee => MapFunctionPointer(f),
        FunctionType => MappedType.Fail("a function type can only be used through a pointer"),
        RecordRef r => MapRecord(r, position),
        EnumRef e => MapEnum(e),
        ComplexType c => complex.Map(c),
        UnsupportedType u => MappedType.Fail(u.Reason),
        _ => MappedType.Fail($"the type '{type.Spelling}' is not supported"),
    };

    /// <summary>Why a call cannot pass <paramref name="type"/> by value as C does (<see cref="ByValuePassing"/>); null when it can.</summary>
    public string? ByValueProblem(CType type) => ByValuePassing.Problem(type, model);

    private static bool IsVaList(CType type) => type switch
    {
        RecordRef r => r.Name == VaListRecord,
        PointerType p => p.Pointee is RecordRef { Name: VaListRecord },
        ArrayType a => a.Element is RecordRef { Name: VaListRecord },
        _ => false,
    };

    private MappedType MapTypedef(TypedefRef typedef, TypePosition position)
    {
        if (WellKnownTypedefs.TryGet(typedef.Name, out var known))
            return known;
        if (model.FindTypedef(typedef.Name) is { } decl)
            return Map(decl.Underlying, position);
        return MappedType.Fail($"the type '{typedef.Name}' is declared in no header the generator reads", DiagnosticIds.UnknownType);
    }

    private static MappedType MapPrimitive(PrimitiveKind kind, TypePosition position)
    {
        if (kind == PrimitiveKind.Void && position is TypePosition.Parameter or TypePosition.Field)
            return MappedType.Fail("void is not a value type");
        return PrimitiveTypes.Map(kind);
    }

    private MappedType MapPointer(CType pointee)
    {
        var target = Map(pointee, TypePosition.Pointee);
        if (target.IsFunctionPointer)
            return target;
        if (!target.IsSupported)
            return MappedType.VoidPointer with
            {
                Degraded = $"'{pointee.Spelling} *' is bound as void*: {target.Unsupported}",
                DiagnosticId = target.DiagnosticId,
            };
        return new MappedType(target.Name + "*", 8, 8) { IsPointer = true, Degraded = target.Degraded, DiagnosticId = target.DiagnosticId };
    }

    private MappedType MapArray(ArrayType array, TypePosition position)
    {
        if (position == TypePosition.Parameter)
            return MapPointer(array.Element);
        var element = Map(array.Element, TypePosition.Field);
        if (!element.IsSupported)
            return element;
        if (array.Length is null or 0)
            return element with { Size = 0, IsFlexibleArray = true, Record = null };
        return arrays.Get(element, array.Length.Value);
    }

    private MappedType MapFunctionPointer(FunctionType function)
    {
        if (function.IsVariadic)
            return MappedType.VoidPointer with { Degraded = $"the variadic function pointer '{function.Spelling}' is bound as void*", DiagnosticId = DiagnosticIds.FunctionPointerDegraded, IsFunctionPointer = true };
        var parts = new List<string>();
        foreach (var parameter in function.Parameters)
        {
            var mapped = Map(parameter, TypePosition.Parameter);
            if (!mapped.IsSupported)
                return DegradedFunctionPointer(function, mapped);
            if (ByValueProblem(parameter) is { } problem)
                return DegradedFunctionPointer(function, MappedType.Fail(problem));
            parts.Add(mapped.Name);
        }

        var result = Map(function.ReturnType, TypePosition.Return);
        if (!result.IsSupported)
            return DegradedFunctionPointer(function, result);
        if (ByValueProblem(function.ReturnType) is { } returned)
            return DegradedFunctionPointer(function, MappedType.Fail(returned));
        parts.Add(result.Name);
        var convention = function.CallingConvention switch
        {
            CallingConvention.StdCall => "Stdcall",
            CallingConvention.FastCall => "Fastcall",
            CallingConvention.ThisCall => "Thiscall",
            _ => "Cdecl",
        };
        return new MappedType($"delegate* unmanaged[{convention}]<{string.Join(", ", parts)}>", 8, 8) { IsPointer = true, IsFunctionPointer = true };
    }

    private static MappedType DegradedFunctionPointer(FunctionType function, MappedType reason) =>
        MappedType.VoidPointer with
        {
            Degraded = $"the function pointer '{function.Spelling}' is bound as void*: {reason.Unsupported}",
            DiagnosticId = DiagnosticIds.FunctionPointerDegraded,
            IsFunctionPointer = true,
        };

    private MappedType MapRecord(RecordRef reference, TypePosition position)
    {
        var record = model.FindRecord(reference.Name);
        if (record is null)
        {
            return position == TypePosition.Pointee
                ? new MappedType(names.External(reference.Name), 0, 1)
                : MappedType.Fail($"the layout of '{reference.Spelling}' is declared in no header the generator reads", DiagnosticIds.UnknownType);
        }

        if (!record.IsComplete && position != TypePosition.Pointee)
            return MappedType.Fail($"'{reference.Spelling}' is incomplete and can only be used through a pointer");
        return new MappedType(names.Record(record.Name), record.Size, record.Alignment) { Record = record };
    }

    private MappedType MapEnum(EnumRef reference)
    {
        if (model.FindEnum(reference.Name) is not { } decl)
            return MappedType.Fail($"the enum '{reference.Spelling}' is declared in no header the generator reads", DiagnosticIds.UnknownType);
        var underlying = PrimitiveTypes.Map(decl.UnderlyingType);
        if (Passes.SelectPass.IsUnnamed(decl) || !underlying.IsSupported)
            return underlying;
        return underlying with { Name = names.Enum(decl.Name), Primitive = decl.UnderlyingType, IsBool = false, IsEnum = true };
    }
}
