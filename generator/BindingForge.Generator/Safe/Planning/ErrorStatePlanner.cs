using BindingForge.Generator.Safe.Marshalling;
using BindingForge.Generator.Safe.Symbols;
using BindingForge.Model.Contracts;
using BindingForge.Model.Diagnostics;

namespace BindingForge.Generator.Safe.Planning;

/// <summary>
/// Adds what a failed call needs from the library's error state, once the return is planned: the NULL check of a
/// <c>null_may_be_error</c> result, the lock over the error state (taken before the call, released after the
/// error read), and the <c>recover</c> call that runs before the exception leaves:
/// <code>
/// using var __errorLock = Sqlite3Errors.LockSqliteRc((ErrorParent?.DangerousGetHandle() ?? 0));   // setup
/// byte* __result = Sqlite3Native.sqlite3_column_text(...);
/// long __nullCode = __result == null ? Sqlite3Errors.CodeSqliteRc(...) : 0;                       // take
/// if (__nullCode is not (0 or 100 or 101)) { var __error = Sqlite3Errors.SqliteRc(__nullCode, ...); Sqlite3Native.sqlite3_reset(...); throw __error; }
/// </code>
/// </summary>
internal static class ErrorStatePlanner
{
    private const string LockLocal = "__errorLock";
    private const string NullCodeLocal = "__nullCode";

    public static ReturnMarshalling Apply(FunctionSite site, ReturnShape shape, IPlanSoFar plan, ReturnMarshalling returned)
    {
        returned = NullCheck(site, plan, NullCode(site, shape, plan, returned));
        if (returned.Failure is null || FailureDomain(site, shape, plan) is not { } error)
            return returned;
        if (site.Function.TakesErrorLock && error.LockFactory is { } factory && ErrorExpressions.InputPointer(site.Context, plan, error.MessageHandle!) is { } pointer)
            returned = returned with { Setup = returned.Setup.Add(SetupStep.Acquire(LockLocal, $"{site.Context.ErrorsClass}.{factory}({pointer})")) };
        return Recovery(site, plan, returned);
    }

    /// <summary>The domain whose error state the failure reads: the code's, the NULL check's, or the NULL result's.</summary>
    private static ErrorInfo? FailureDomain(FunctionSite site, ReturnShape shape, IPlanSoFar plan)
    {
        var errors = site.Context.Errors;
        if (shape is ReturnShape.ErrorCode code)
            return errors.GetValueOrDefault(code.Domain.Name);
        if (site.Function.Return.NullMayBeError is { } domain && errors.TryGetValue(domain.Name, out var checkedDomain))
            return checkedDomain;
        return ErrorExpressions.NullResultDomain(site.Context, plan)?.Error;
    }

    /// <summary>
    /// A NULL under <c>null_is_error</c> with a <c>null_code</c> throws that code with the domain's code text
    /// (<c>Sqlite3Errors.SqliteRc(7, 0, "sqlite3_expanded_sql")</c>: "out of memory"), not the handle's message.
    /// </summary>
    private static ReturnMarshalling NullCode(FunctionSite site, ReturnShape shape, IPlanSoFar plan, ReturnMarshalling returned)
    {
        if (site.Function.Return.NullCode is not { } code || returned.Failure is null || shape is ReturnShape.ErrorCode)
            return returned;
        if (FailureDomain(site, shape, plan) is not { } error)
            return returned;
        var value = code.Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var handle = error.NeedsHandle ? "0, " : "";
        return returned with
        {
            FailureException = $"{site.Context.ErrorsClass}.{error.Factory}({value}, {handle}{site.CNameLiteral}{ErrorExpressions.Errno(plan)})",
            Throws = returned.Throws.Add((error.ExceptionName, $"The function returned NULL, which means code {value} of <c>{Docs.Escape(error.Bound.Name)}</c>.")),
        };
    }

    /// <summary>A NULL result of <c>null_may_be_error</c> throws when the domain's code says failure.</summary>
    private static ReturnMarshalling NullCheck(FunctionSite site, IPlanSoFar plan, ReturnMarshalling returned)
    {
        var context = site.Context;
        if (site.Function.Return.NullMayBeError is not { } domain || returned.Failure is not null || returned.ResultType is null)
            return returned;
        var error = context.Errors.GetValueOrDefault(domain.Name);
        var pointer = error?.MessageHandle is { } key ? ErrorExpressions.InputPointer(context, plan, key) : null;
        if (error?.CodeReader is not { } reader || pointer is null || !error.NeedsHandle)
        {
            return returned with
            {
                Notes = returned.Notes.Add(new PlanNote(SafeDiagnosticIds.NullCheckUnreachable,
                    $"a NULL result may be a failure of error domain '{domain.Name}', but {(error?.CodeReader is null ? "its `code` function is not bound" : "no argument of this call leads to the handle holding its error state")}; a NULL is returned as a value",
                    DiagnosticSeverity.Warning)),
            };
        }

        var success = domain.Success[0].Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return returned with
        {
            Take = returned.Take.Insert(0, $"long {NullCodeLocal} = __result == null ? {context.ErrorsClass}.{reader}({pointer}) : {success};"),
            Failure = NullFailure(site.Function.Return, domain),
            FailureException = $"{context.ErrorsClass}.{error.Factory}({NullCodeLocal}, {pointer}, {site.CNameLiteral}{ErrorExpressions.Errno(plan)})",
            Throws = returned.Throws.Add((error.ExceptionName, $"The function returned NULL and the error code of <c>{Docs.Escape(domain.Name)}</c> says it failed (a NULL value is returned as null).")),
        };
    }

    /// <summary><c>__nullCode is (7)</c> for listed codes, else <c>__nullCode is not (0 or 100 or 101)</c>.</summary>
    private static string? NullFailure(BoundReturn returns, BoundErrorDomain domain) => returns.NullErrorCodes.IsEmpty
        ? ErrorExpressions.Failure(domain, NullCodeLocal)
        : $"{NullCodeLocal} is ({string.Join(" or ", returns.NullErrorCodes.Select(c => c.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)).Distinct())})";

    /// <summary><c>Sqlite3Native.sqlite3_reset((sqlite3_stmt*)__arg0.Pointer);</c> after the error was read.</summary>
    private static ReturnMarshalling Recovery(FunctionSite site, IPlanSoFar plan, ReturnMarshalling returned)
    {
        if (site.Function.Recover is not { } recover)
            return returned;
        var context = site.Context;
        var handle = plan.Handles.FirstOrDefault(h => h.Index == 0 && !h.IsOut);
        if (!context.Thin.Has(recover.Name) || handle is null || handle.IsConsumed)
        {
            var why = !context.Thin.Has(recover.Name) ? "is not bound by the thin layer" : "would run on a handle this call consumes";
            return returned with
            {
                Notes = returned.Notes.Add(new PlanNote(SafeDiagnosticIds.RecoverUnreachable,
                    $"the recover function '{recover.Name}' {why}; a failed call is not recovered", DiagnosticSeverity.Warning)),
            };
        }

        var call = $"{context.Thin.Call(recover.Name)}(({handle.Info.PointerType}){handle.Pointer});";
        return returned with { Recovery = [call] };
    }
}
