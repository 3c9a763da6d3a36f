using System.Collections.Frozen;
using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace BindingForge.Generator.Safe;

/// <summary>
/// The imported types generated code names unqualified: the runtime's (<c>OwnedHandle</c>, <c>Utf8Marshal</c>), and
/// the framework types safe bodies and member attributes name in expressions (<c>MethodImplOptions.NoInlining</c>,
/// <c>NativeMemory.Free</c>). A generated type with one of these names would shadow the real one in the whole
/// generated namespace (a class <c>OwnedHandle</c> breaks its own base, a C struct <c>ThreadingEnforcement</c> the
/// safe constructors), and a member with one shadows it inside its class (a method <c>Marshal</c> breaks
/// <c>Marshal.GetLastPInvokeError()</c>). So C types are renamed away from them (<see cref="CSharp.CSharpNames.TypeIdentifier"/>),
/// safe classes numbered (BF3503), and safe members renamed (BF3503).
/// </summary>
internal static class ImportedTypeNames
{
    /// <summary>The runtime's reference assembly, embedded by BindingForge.Generator.csproj (target EmbedRuntimeMetadata).</summary>
    private const string RuntimeMetadataResource = "BindingForge.Runtime.metadata";

    private static readonly Lazy<FrozenSet<string>> LazyInBodies = new(() =>
        RuntimeTypeNames()
            .Concat(["System", "BindingForge", "MethodImplOptions", "NativeMemory", "Marshal", "GC", "Exception", "ArgumentNullException",
                "ArgumentException", "ArgumentOutOfRangeException", "ObjectDisposedException", "MemoryMarshal", "Unsafe", "Span", "ReadOnlySpan"])
            .ToFrozenSet(StringComparer.Ordinal));

    /// <summary>
    /// The runtime's public top-level types in its namespace, read from the metadata of its reference assembly rather
    /// than by reflection over the loaded one: the same list under NativeAOT, where trimming may have removed types
    /// the generator itself never uses.
    /// </summary>
    private static IEnumerable<string> RuntimeTypeNames()
    {
        using var stream = typeof(ImportedTypeNames).Assembly.GetManifestResourceStream(RuntimeMetadataResource)
            ?? throw new InvalidOperationException($"the resource {RuntimeMetadataResource} is missing from the generator");
        using var pe = new PEReader(stream);
        var reader = pe.GetMetadataReader();
        var names = new List<string>();
        foreach (var handle in reader.TypeDefinitions)
        {
            var type = reader.GetTypeDefinition(handle);
            if ((type.Attributes & TypeAttributes.VisibilityMask) == TypeAttributes.Public && reader.GetString(type.Namespace) == RuntimeNames.Namespace)
                names.Add(reader.GetString(type.Name).Split('`')[0]);
        }
        return names;
    }

    /// <summary>The names, runtime types first.</summary>
    public static IReadOnlySet<string> UsedInBodies => LazyInBodies.Value;
}
