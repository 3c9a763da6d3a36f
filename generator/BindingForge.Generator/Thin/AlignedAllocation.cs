using System.Globalization;
using BindingForge.Generator.Rendering;

namespace BindingForge.Generator.Thin;

/// <summary>
/// What an over-aligned struct (C aligns it to more than C# can align a struct, above 8 bytes) states and offers:
/// its alignment as a constant, and native allocation at that alignment for storage the caller hands to C:
/// <code>
/// public const int Alignment = 64;
///
/// public static al64* Allocate(nuint count)
/// {
///     var size = checked(count * (nuint)sizeof(al64));
///     var memory = NativeMemory.AlignedAlloc(size, Alignment);
///     NativeMemory.Clear(memory, size);
///     return (al64*)memory;
/// }
///
/// public static void Free(al64* memory) =&gt; NativeMemory.AlignedFree(memory);
/// </code>
/// </summary>
internal static class AlignedAllocation
{
    /// <param name="structName">The C# struct.</param>
    /// <param name="label">Its name as docs show it (without <c>@</c>).</param>
    /// <param name="alignment">C's alignment in bytes.</param>
    /// <param name="names">The C# names of the constant, the allocator and the deallocator.</param>
    public static IReadOnlyList<StructMemberRender> Build(string structName, string label, long alignment, (string Alignment, string Allocate, string Free) names)
    {
        var value = alignment.ToString(CultureInfo.InvariantCulture);
        return
        [
            StructMemberRender.Constant(
                names.Alignment,
                [$"/// <summary>The alignment C gives <c>{label}</c>, in bytes: more than C# can give a struct, so a C# local, field or array element of it may sit at an address C would not use; <see cref=\"{names.Allocate}\"/> gives memory at this alignment.</summary>"],
                $"public const int {names.Alignment} = {value}"),
            new StructMemberRender(
                StructMemberRender.Method(names.Allocate),
                [
                    $"/// <summary>Allocates <paramref name=\"count\"/> zeroed values on the native heap, aligned as C aligns them; free them with <see cref=\"{names.Free}\"/>.</summary>",
                    "/// <param name=\"count\">How many values to allocate.</param>",
                    "/// <returns>The first value; never null (an allocation failure throws <see cref=\"OutOfMemoryException\"/>).</returns>",
                ],
                [],
                $"public static {structName}* {names.Allocate}(nuint count)",
                null,
                [
                    $"var size = checked(count * (nuint)sizeof({structName}))",
                    $"var memory = NativeMemory.AlignedAlloc(size, {names.Alignment})",
                    "NativeMemory.Clear(memory, size)",
                    $"return ({structName}*)memory",
                ]),
            new StructMemberRender(
                StructMemberRender.Method(names.Free),
                [
                    $"/// <summary>Frees values from <see cref=\"{names.Allocate}\"/>.</summary>",
                    "/// <param name=\"memory\">What it returned; null does nothing.</param>",
                ],
                [],
                $"public static void {names.Free}({structName}* memory)",
                "NativeMemory.AlignedFree(memory)",
                []),
        ];
    }

    /// <summary>The namespaces the members use (<c>OutOfMemoryException</c> in the docs).</summary>
    public static IReadOnlyList<string> Namespaces { get; } = ["System"];
}
