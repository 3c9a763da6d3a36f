using System.Collections.Immutable;
using System.Runtime.ExceptionServices;
using System.Runtime.InteropServices;

namespace BindingForge.Clang.Interop;

/// <summary>
/// The files a translation unit read through <c>#include</c>, named headers and what they include, system headers
/// too (what a compiler's dependency file lists), by <c>clang_getInclusions</c>. The in-memory main file, the only
/// one with an empty include stack, is left out. As in <see cref="CursorVisitor"/>, an exception in the callback is
/// caught there and rethrown after libclang returns.
/// </summary>
internal static unsafe class InclusionVisitor
{
    /// <summary>Full paths, each once, in ordinal order.</summary>
    public static ImmutableArray<string> Files(CXTranslationUnit translationUnit)
    {
        var state = new State();
        var handle = GCHandle.Alloc(state);
        try
        {
            LibClang.clang_getInclusions(translationUnit, &Thunk, GCHandle.ToIntPtr(handle));
        }
        finally
        {
            handle.Free();
        }

        state.Error?.Throw();
        return [.. state.Files.Order(StringComparer.Ordinal)];
    }

    [UnmanagedCallersOnly]
    private static void Thunk(CXFile file, CXSourceLocation* stack, uint depth, nint clientData)
    {
        var state = (State)GCHandle.FromIntPtr(clientData).Target!;
        try
        {
            if (depth > 0 && file.Name() is { Length: > 0 } name)
                state.Files.Add(Path.GetFullPath(name));
        }
        catch (Exception ex)
        {
            state.Error ??= ExceptionDispatchInfo.Capture(ex);
        }
    }

    private sealed class State
    {
        public HashSet<string> Files { get; } = new(StringComparer.Ordinal);

        public ExceptionDispatchInfo? Error { get; set; }
    }
}
