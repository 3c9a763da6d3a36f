using System.Collections.Frozen;

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
    private static readonly Lazy<FrozenSet<string>> LazyInBodies = new(() =>
        typeof(Runtime.NativeHandle).Assembly.GetExportedTypes().Where(t => !t.IsNested && t.Namespace == RuntimeNames.Namespace)
            .Select(t => t.Name.Split('`')[0])
            .Concat(["System", "BindingForge", "MethodImplOptions", "NativeMemory", "Marshal", "GC", "Exception", "ArgumentNullException",
                "ArgumentException", "ArgumentOutOfRangeException", "ObjectDisposedException", "MemoryMarshal", "Unsafe", "Span", "ReadOnlySpan"])
            .ToFrozenSet(StringComparer.Ordinal));

    /// <summary>The names, runtime types first.</summary>
    public static IReadOnlySet<string> UsedInBodies => LazyInBodies.Value;
}
