using System.Globalization;
using BindingForge.Generator.CSharp;
using BindingForge.Generator.Mapping;
using BindingForge.Generator.Rendering;
using BindingForge.Model.Header;

namespace BindingForge.Generator.Thin;

/// <summary>
/// The accessor of a flexible array member (<c>double items[];</c>, or GNU's <c>char data[0];</c>): C puts its
/// elements after the struct's fields, from <c>offsetof</c> (which may be less than <c>sizeof</c>), so the C# struct
/// has no field for them and a method reaches them from the struct's own address:
/// <code>
/// [UnscopedRef]
/// public Span&lt;double&gt; items(int count)
/// {
///     ArgumentOutOfRangeException.ThrowIfNegative(count);
///     return MemoryMarshal.CreateSpan(ref Unsafe.As&lt;byte, double&gt;(ref Unsafe.Add(ref Unsafe.As&lt;flex, byte&gt;(ref this), 8)), count);
/// }
/// </code>
/// Pointer elements are <c>nint</c>, as in inline arrays, since C# refuses pointer type arguments.
/// </summary>
internal static class FlexibleArrayAccessor
{
    /// <summary>The namespaces the accessor uses.</summary>
    public static IReadOnlyList<string> Namespaces { get; } = ["System", "System.Diagnostics.CodeAnalysis"];

    /// <param name="structName">The C# struct.</param>
    /// <param name="name">The method's C# name (the C field's).</param>
    /// <param name="field">The flexible array member, with its offset.</param>
    /// <param name="element">The mapped element type.</param>
    public static StructMemberRender Build(string structName, string name, FlatField field, MappedType element)
    {
        var type = element.IsPointer ? "nint" : element.Name;
        var offset = field.OffsetBytes.ToString(CultureInfo.InvariantCulture);
        var first = $"Unsafe.Add(ref Unsafe.As<{structName}, byte>(ref this), {offset})";
        var cName = DocComments.Escape(field.Field.Name);
        var summary = $"The flexible array member <c>{cName}</c>: the <paramref name=\"count\"/> elements C stores from byte {offset} of the struct (its offsetof), after the fields.";
        var remark = $"Valid only on a struct at its native address (through a pointer from C, or in native memory that holds the elements), never on a copy: a copy ends at sizeof and does not carry them.{(element.IsPointer ? " The elements are C pointers, as nint." : "")}";
        // A documented member keeps the header's words as the summary; the accessor's own description moves to the remarks.
        var doc = field.Field.Doc is null ? [$"/// <summary>{summary}</summary>"] : DocComments.For(field.Field.Doc).ToList();
        doc.Add("/// <param name=\"count\">How many elements the native memory holds; the struct cannot know.</param>");
        doc.Add($"/// <remarks>{(field.Field.Doc is null ? "" : summary + " ")}{remark}</remarks>");
        return new StructMemberRender(
            StructMemberRender.Method(name),
            doc,
            ["[UnscopedRef]"],
            $"public Span<{type}> {name}(int count)",
            null,
            [
                "ArgumentOutOfRangeException.ThrowIfNegative(count)",
                $"return MemoryMarshal.CreateSpan(ref {(type == "byte" ? first : $"Unsafe.As<byte, {type}>(ref {first})")}, count)",
            ]);
    }
}
