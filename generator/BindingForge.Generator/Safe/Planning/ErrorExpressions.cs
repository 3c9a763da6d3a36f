using BindingForge.Model.Diagnostics;
using BindingForge.Generator.Safe.Symbols;
using BindingForge.Model.Contracts;

namespace BindingForge.Generator.Safe.Planning;

/// <summary>
/// The exception a failed call throws, built by the errors class with the library's message:
/// <code>
/// Sqlite3Errors.SqliteRc((long)__result, (ErrorParent?.DangerousGetHandle() ?? 0), "sqlite3_step")   // message from the parent Database
/// ZlibErrors.ZlibRc((long)__result, "compress")                                                  // message from zError(code)
/// </code>
/// A message function that takes a handle is called with the call's first handle of that type, or with the nearest
/// parent of a handle argument that has it (a Statement asks its Database); a consumed handle is never asked.
/// </summary>
internal static class ErrorExpressions
{
    /// <summary>The factory call for an error domain, with BF3504 when its message cannot be asked for.</summary>
    public static (string Exception, PlanNote? Note) Domain(SafeContext context, IPlanSoFar plan, ErrorInfo error, string code, string functionLiteral)
    {
        var errno = Errno(plan);
        if (!error.NeedsHandle)
            return ($"{context.ErrorsClass}.{error.Factory}({code}, {functionLiteral}{errno})", null);
        var pointer = MessagePointer(context, plan, error.MessageHandle!);
        PlanNote? note = null;
        if (pointer is null && plan.Handles.Any(h => h.IsConsumed && h.Info.CTypeName == error.MessageHandle))
        {
            note = new PlanNote(SafeDiagnosticIds.MessageUnreachable,
                $"the message of error domain '{error.Bound.Name}' would come from the handle this call consumes, which must not be used after it; the exception carries the code only",
                DiagnosticSeverity.Info);
        }
        else if (pointer is null && error.Bound.CodeText is { } codeText)
        {
            note = new PlanNote(SafeDiagnosticIds.MessageUnreachable,
                $"error domain '{error.Bound.Name}' asks {error.Bound.Message!.Name} for the message, but no argument of this call leads to a '{error.MessageHandle}'; the exception's message is the code's text ({codeText.Name})",
                DiagnosticSeverity.Info);
        }
        else if (pointer is null)
        {
            note = new PlanNote(SafeDiagnosticIds.MessageUnreachable,
                $"error domain '{error.Bound.Name}' asks {error.Bound.Message!.Name} for the message, but no argument of this call leads to a '{error.MessageHandle}'; the exception carries the code only",
                DiagnosticSeverity.Warning);
        }

        return ($"{context.ErrorsClass}.{error.Factory}({code}, {pointer ?? "0"}, {functionLiteral}{errno})", note);
    }

    /// <summary>
    /// The exception for a NULL result (<c>null_is_error</c>, or a result that is not <c>nullable</c>): the first error
    /// domain whose message function takes a handle this call has (so <c>sqlite3_backup_init</c> reports the
    /// destination's message), with the handle's current code when the domain has a <c>code</c> function (else 0),
    /// or a plain <c>NativeCallException</c>.
    /// </summary>
    public static string NullResult(SafeContext context, IPlanSoFar plan, string functionLiteral)
    {
        var errno = Errno(plan);
        if (NullResultDomain(context, plan) is ({ } error, { } pointer))
        {
            var code = error.CodeReader is { } reader ? $"{context.ErrorsClass}.{reader}({pointer})" : "0";
            return $"{context.ErrorsClass}.{error.Factory}({code}, {pointer}, {functionLiteral}{errno})";
        }

        return $"{context.ErrorsClass}.NullReturn({functionLiteral}{errno})";
    }

    /// <summary>The error domain whose message explains a NULL result, with the handle pointer to ask; null when none.</summary>
    public static (ErrorInfo Error, string Pointer)? NullResultDomain(SafeContext context, IPlanSoFar plan)
    {
        foreach (var error in context.Errors.Values.Where(e => e.NeedsHandle))
        {
            if (MessagePointer(context, plan, error.MessageHandle!) is { } pointer)
                return (error, pointer);
        }

        return null;
    }

    /// <summary>An <c>nint</c> expression of the handle the message function needs, or null when none is reachable.</summary>
    public static string? MessagePointer(SafeContext context, IPlanSoFar plan, string handleKey) =>
        InputPointer(context, plan, handleKey) ?? plan.Handles.FirstOrDefault(h => h.IsOut && h.Info.CTypeName == handleKey)?.Pointer;

    /// <summary>
    /// An <c>nint</c> expression of a handle of type <paramref name="handleKey"/> that an argument passes or leads to
    /// through its error parents (<c>__arg0.Pointer</c>, <c>(ErrorParent?.DangerousGetHandle() ?? 0)</c>): the handle
    /// whose error state the call may change. Null when no argument leads there; a new handle the call hands out does
    /// not count, since no other thread can use it yet.
    /// </summary>
    public static string? InputPointer(SafeContext context, IPlanSoFar plan, string handleKey)
    {
        foreach (var handle in plan.Handles.Where(h => !h.IsOut))
        {
            if (handle.Info.CTypeName == handleKey && !handle.IsConsumed)
                return handle.Pointer;
            if (ParentChain(context, handle.Info, handleKey) is { } depth)
            {
                var access = handle.Object == "this" ? "" : handle.Object + (handle.IsNullable ? "?." : ".");
                var chain = string.Concat(Enumerable.Repeat(ErrorParent + "?.", depth));
                return $"({access}{chain}DangerousGetHandle() ?? 0)";
            }
        }

        return null;
    }

    private const string ErrorParent = RuntimeNames.NativeHandle.ErrorParent;

    /// <summary>How many parent steps lead from <paramref name="handle"/> to <paramref name="key"/>, if any.</summary>
    private static int? ParentChain(SafeContext context, HandleInfo handle, string key)
    {
        var current = handle.Bound.Parent;
        for (var depth = 1; current is not null && depth <= 8; depth++)
        {
            if (current == key)
                return depth;
            current = context.Contract.FindHandle(current)?.Parent;
        }

        return null;
    }

    /// <summary>The errno argument of a factory call: <c>, __errno</c> when the call captures it, else nothing.</summary>
    public static string Errno(IPlanSoFar plan) => plan.CapturesErrno ? ", __errno" : "";

    /// <summary>The code as a <c>long</c>: <c>(long)__result</c>, or <c>(long)__result.Value</c> for <c>CLong</c>.</summary>
    public static string Code(string thinType) => thinType is "CLong" or "CULong" ? "(long)__result.Value" : "(long)__result";

    /// <summary><c>is not (0 or 100 or 101)</c> over the domain's success values; null when one does not fit a <c>long</c>.</summary>
    public static string? Failure(BoundErrorDomain domain, string code)
    {
        if (domain.Success.Any(s => s.Value < long.MinValue || s.Value > long.MaxValue))
            return null;
        var values = domain.Success.Select(s => s.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)).Distinct();
        return $"{code} is not ({string.Join(" or ", values)})";
    }
}
