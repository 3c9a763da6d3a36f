using BindingForge.Generator.CSharp;
using BindingForge.Generator.Safe.Planning;
using BindingForge.Generator.Safe.Rendering;
using BindingForge.Generator.Safe.Symbols;
using BindingForge.Model.Header;

namespace BindingForge.Generator.Safe.Classes;

/// <summary>
/// A handle class: sealed, deriving from the runtime base its facts select (<c>OwnedHandle</c> with a release,
/// <c>RefCountedHandle</c> with retain and release, <c>BorrowedHandle</c> with neither), constructed with its threading
/// rule, release thread and the run's threading checks, and wiring release and retain to the thin layer:
/// <code>
/// public sealed unsafe partial class Statement : OwnedHandle
/// {
///     internal Statement() : base(ThreadingMode.Exclusive, ThreadingEnforcement.Check, ReleaseThread.Any) { }
///     protected override void Free(nint pointer) => _ = Sqlite3Native.sqlite3_finalize((sqlite3_stmt*)pointer);
/// }
/// </code>
/// </summary>
internal static class HandleClassBuilder
{
    public static ClassMembers Start(SafeContext context, HandleInfo handle)
    {
        var members = new ClassMembers(handle.ClassName, isHandleClass: true, context.TypeNames);
        var bound = handle.Bound;
        var arguments = bound.Release is null
            ? $"{SafeContext.ThreadingMode(bound.Threading)}, {context.Enforcement}"
            : $"{SafeContext.ThreadingMode(bound.Threading)}, {context.Enforcement}, {SafeContext.ReleaseThreadMember(bound.ReleaseOn)}";
        members.Fixed.Add(Constructor(handle.ClassName, "Creates an unattached handle; the generated methods attach it to a native pointer.", arguments));
        if (bound.Release is { } release)
        {
            members.Fixed.Add(Override($"Releases the native object with <c>{release.Name}</c>; runs exactly once.",
                RuntimeNames.OwnedHandle.Free, PointerCall(context, release)));
        }

        if (bound.Retain is { } retain)
        {
            members.Fixed.Add(Override($"Adds a native reference with <c>{retain.Name}</c>.", RuntimeNames.RefCountedHandle.Retain, PointerCall(context, retain)));
            members.Fixed.Add(new ExpressionMemberRender(
                [$"/// <summary>A new owned reference to the same native object (<c>{retain.Name}</c>); works on borrowed instances too.</summary>"], [], "Clone",
                $"public {handle.ClassName} Clone()", $"{RuntimeNames.RefCountedHandle.CloneInto}(new {handle.ClassName}())", Wrapped: false));
        }

        return members;
    }

    /// <summary>The internal constructor every handle and struct class has: <c>internal Statement() : base(...) { }</c>.</summary>
    public static ConstructorRender Constructor(string className, string summary, string baseArguments) =>
        new([$"/// <summary>{summary}</summary>"], className, $"internal {className}()", $"base({baseArguments})", []);

    /// <summary><c>protected override void Free(nint pointer) => ...;</c>, for an override of the runtime base.</summary>
    private static ExpressionMemberRender Override(string summary, string method, string expression) =>
        new([$"/// <summary>{summary}</summary>"], [], method, $"protected override void {method}(nint pointer)", expression, Wrapped: false);

    public static ClassRender Finish(SafeContext context, HandleInfo handle, ClassMembers members)
    {
        var bound = handle.Bound;
        var baseClass = bound.Retain is not null ? RuntimeNames.RefCountedHandle.Type
            : bound.Release is not null ? RuntimeNames.OwnedHandle.Type
            : RuntimeNames.BorrowedHandle.Type;
        var doc = context.Thin.Model.FindRecord(bound.RecordName ?? bound.CTypeName)?.Doc ?? context.Thin.Model.FindTypedef(bound.CTypeName)?.Doc;
        var lines = DocComments.For(doc, Remark(bound)).ToList();
        if (doc is null)
            lines.Insert(0, $"/// <summary>A handle to a native <c>{Docs.Escape(bound.CTypeName)}</c>.</summary>");
        return new ClassRender(handle.ClassName + ".cs", lines, SealedModifiers, handle.ClassName, baseClass, [.. members.All]);
    }

    private static string Remark(Model.Contracts.BoundHandle bound)
    {
        var parts = new List<string> { $"Threading: {bound.Threading}." };
        if (bound.Release is { } release)
            parts.Add($"Owned instances are released with {release.Name}{(bound.ReleaseOn == Model.Contracts.ReleaseThread.CreatingThread ? " on the creating thread" : "")}.");
        if (bound.Parent is { } parent)
            parts.Add($"Keeps its parent {parent} alive.");
        return string.Join(" ", parts);
    }

    /// <summary><c>Sqlite3Native.sqlite3_finalize((sqlite3_stmt*)pointer)</c>, discarding a result: a call of a release,
    /// retain or cleanup function on the pointer an override receives.</summary>
    public static string PointerCall(SafeContext context, FunctionDecl function)
    {
        var type = context.Thin.Map(function.Parameters[0].Type).Name;
        var call = $"{context.Thin.Call(function.Name)}(({type})pointer)";
        return context.Thin.IsVoid(function.ReturnType) ? call : "_ = " + call;
    }

    /// <summary>The modifiers of a handle or struct class.</summary>
    public const string SealedModifiers = "public sealed unsafe partial";
}
