using BindingForge.Generator.Rendering;
using BindingForge.Model.Header;

namespace BindingForge.Generator.Mapping;

/// <summary>
/// The structs that stand for C's complex types, nested in the Native class and emitted only when used:
/// <c>_Complex float</c> is <c>{Native}.ComplexFloat</c>, <c>_Complex double</c> <c>{Native}.ComplexDouble</c>, each a
/// real then an imaginary part, which is how C lays them out. They are generated rather than
/// <c>System.Numerics.Complex</c> (which has the layout of <c>_Complex double</c>) because the LibraryImport generator
/// passes a struct of another assembly by value only when runtime marshalling is disabled for the whole assembly; a
/// struct of two <c>float</c>s or two <c>double</c>s is classified by the SysV x86-64 rules exactly as C classifies the
/// complex type (SSE registers), so calls pass them as C does. Both convert to and from <c>Complex</c>.
/// </summary>
internal sealed class ComplexNumbers(string nativeClass)
{
    private readonly SortedDictionary<string, ComplexRender> _helpers = new(StringComparer.Ordinal);

    /// <summary>The helpers used so far, by name.</summary>
    public IReadOnlyList<ComplexRender> Helpers => [.. _helpers.Values];

    /// <summary>The C# type for <c>_Complex element</c>, or the reason there is none.</summary>
    public MappedType Map(ComplexType complex) => complex.Element switch
    {
        PrimitiveKind.Float => Use(new ComplexRender("ComplexFloat", "_Complex float", "float", "implicit", "explicit", "(float)"), 4),
        PrimitiveKind.Double => Use(new ComplexRender("ComplexDouble", "_Complex double", "double", "implicit", "implicit", ""), 8),
        PrimitiveKind.LongDouble => MappedType.Fail($"'{complex.Spelling}' is a complex number of long double, which has no C# equivalent"),
        _ => MappedType.Fail($"'{complex.Spelling}' is a complex number type with no C# equivalent"),
    };

    private MappedType Use(ComplexRender render, long partSize)
    {
        _helpers.TryAdd(render.Name, render);
        return new MappedType($"{nativeClass}.{render.Name}", 2 * partSize, partSize);
    }
}
