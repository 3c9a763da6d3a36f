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
        var members = new ClassMembers(handle.ClassName, isHandleClass: true);
        var bound = handle.Bound;
        var arguments = bound.Release is null
            ? $"{SafeContext.ThreadingMode(bound.Threading)}, {context.Enforcement}"
            : $"{SafeContext.ThreadingMode(bound.Threading)}, {context.Enforcement}, {SafeContext.ReleaseThreadMember(bound.ReleaseOn)}";
        members.Fixed.Add(Lines(
            "/// <summary>Creates an unattached handle; the generated methods attach it to a native pointer.</summary>",
            $"internal {handle.ClassName}()",
            $"    : base({arguments})",
            "{",
            "}"));
        if (bound.Release is { } release)
        {
            members.Fixed.Add(Lines(
                $"/// <summary>Releases the native object with <c>{release.Name}</c>; runs exactly once.</summary>",
                $"protected override void Free(nint pointer) => {Call(context, release, handle)};"));
        }

        if (bound.Retain is { } retain)
        {
            members.Fixed.Add(Lines(
                $"/// <summary>Adds a native reference with <c>{retain.Name}</c>.</summary>",
                $"protected override void Retain(nint pointer) => {Call(context, retain, handle)};"));
            members.Fixed.Add(Lines(
                $"/// <summary>A new owned reference to the same native object (<c>{retain.Name}</c>); works on borrowed instances too.</summary>",
                $"public {handle.ClassName} Clone() => CloneInto(new {handle.ClassName}());"));
        }

        return members;
    }

    public static ClassRender Finish(SafeContext context, HandleInfo handle, ClassMembers members)
    {
        var bound = handle.Bound;
        var baseClass = bound.Retain is not null ? "RefCountedHandle" : bound.Release is not null ? "OwnedHandle" : "BorrowedHandle";
        var doc = context.Thin.Model.FindRecord(bound.RecordName ?? bound.CTypeName)?.Doc ?? context.Thin.Model.FindTypedef(bound.CTypeName)?.Doc;
        var lines = DocComments.For(doc, Remark(bound)).ToList();
        if (doc is null)
            lines.Insert(0, $"/// <summary>A handle to a native <c>{Docs.Escape(bound.CTypeName)}</c>.</summary>");
        return new ClassRender(handle.ClassName + ".cs", lines,
            $"public sealed unsafe partial class {handle.ClassName} : {baseClass}", [.. members.All]);
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

    /// <summary><c>Sqlite3Native.sqlite3_finalize((sqlite3_stmt*)pointer)</c>, discarding a result.</summary>
    private static string Call(SafeContext context, FunctionDecl function, HandleInfo handle)
    {
        var type = context.Thin.Map(function.Parameters[0].Type).Name;
        var call = $"{context.Thin.Call(function.Name)}(({type})pointer)";
        return context.Thin.IsVoid(function.ReturnType) ? call : "_ = " + call;
    }

    public static MethodRender Lines(params string[] lines) => new([.. lines.Select(l => "    " + l)]);
}
