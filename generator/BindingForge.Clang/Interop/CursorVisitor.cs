using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Runtime.ExceptionServices;
using System.Runtime.InteropServices;

namespace BindingForge.Clang.Interop;

/// <summary>
/// Managed callbacks over libclang's C visitors. libclang calls a static <see cref="UnmanagedCallersOnlyAttribute"/>
/// thunk; the managed state travels through <c>client_data</c> as a <see cref="GCHandle"/>. An exception thrown
/// by a callback must not unwind through native frames (that aborts the process), so the thunk catches it,
/// stops the visit, and it is rethrown once libclang has returned.
/// </summary>
internal static unsafe class CursorVisitor
{
    /// <summary>Visits the direct or recursive children of <paramref name="parent"/>.</summary>
    public static void Visit(CXCursor parent, Func<CXCursor, CXCursor, CXChildVisitResult> visitor)
    {
        Run(new VisitState<Func<CXCursor, CXCursor, CXChildVisitResult>>(visitor), data => LibClang.clang_visitChildren(parent, &ChildThunk, data));
    }

    /// <summary>The direct children of <paramref name="parent"/>, in source order.</summary>
    public static List<CXCursor> Children(CXCursor parent)
    {
        var children = new List<CXCursor>();
        Visit(parent, (child, _) =>
        {
            children.Add(child);
            return CXChildVisitResult.Continue;
        });
        return children;
    }

    /// <summary>
    /// Every field of a record type in declaration order, including the unnamed fields that hold C11 anonymous
    /// struct/union members (which <c>clang_visitChildren</c> does not show).
    /// </summary>
    public static List<CXCursor> Fields(CXType recordType)
    {
        return Run(new VisitState<List<CXCursor>>([]), data => LibClang.clang_Type_visitFields(recordType, &FieldThunk, data));
    }

    /// <summary>
    /// The files a translation unit read through <c>#include</c> (named headers, what they include, system headers:
    /// what a compiler's dependency file lists), full paths in ordinal order, by <c>clang_getInclusions</c>. The
    /// in-memory main file, the only one with an empty include stack, is left out.
    /// </summary>
    public static ImmutableArray<string> Inclusions(CXTranslationUnit translationUnit)
    {
        var files = Run(new VisitState<HashSet<string>>(new(StringComparer.Ordinal)), data => LibClang.clang_getInclusions(translationUnit, &InclusionThunk, data));
        return [.. files.Order(StringComparer.Ordinal)];
    }

    /// <summary>Runs a libclang visit with <paramref name="state"/> as its client data, then rethrows what a callback threw.</summary>
    private static T Run<T>(VisitState<T> state, Action<nint> visit)
    {
        var handle = GCHandle.Alloc(state);
        try
        {
            visit(GCHandle.ToIntPtr(handle));
        }
        finally
        {
            handle.Free();
        }
        state.Error?.Throw();
        return state.Callback;
    }

    [UnmanagedCallersOnly]
    private static CXChildVisitResult ChildThunk(CXCursor cursor, CXCursor parent, nint clientData)
    {
        var state = (VisitState<Func<CXCursor, CXCursor, CXChildVisitResult>>)GCHandle.FromIntPtr(clientData).Target!;
        try
        {
            return state.Callback(cursor, parent);
        }
        catch (Exception ex)
        {
            state.Error = ExceptionDispatchInfo.Capture(ex);
            return CXChildVisitResult.Break;
        }
    }

    [UnmanagedCallersOnly]
    private static CXVisitorResult FieldThunk(CXCursor cursor, nint clientData)
    {
        var state = (VisitState<List<CXCursor>>)GCHandle.FromIntPtr(clientData).Target!;
        try
        {
            state.Callback.Add(cursor);
            return CXVisitorResult.Continue;
        }
        catch (Exception ex)
        {
            state.Error = ExceptionDispatchInfo.Capture(ex);
            return CXVisitorResult.Break;
        }
    }

    [UnmanagedCallersOnly]
    private static void InclusionThunk(CXFile file, CXSourceLocation* stack, uint depth, nint clientData)
    {
        var state = (VisitState<HashSet<string>>)GCHandle.FromIntPtr(clientData).Target!;
        try
        {
            if (depth > 0 && file.Name() is { Length: > 0 } name)
                state.Callback.Add(Path.GetFullPath(name));
        }
        catch (Exception ex)
        {
            state.Error ??= ExceptionDispatchInfo.Capture(ex);
        }
    }

    private sealed class VisitState<T>(T callback)
    {
        public T Callback { get; } = callback;

        public ExceptionDispatchInfo? Error { get; set; }
    }
}
