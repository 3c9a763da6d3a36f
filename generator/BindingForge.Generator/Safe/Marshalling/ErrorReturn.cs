using BindingForge.Generator.Safe.Planning;
using BindingForge.Model.Contracts;

namespace BindingForge.Generator.Safe.Marshalling;

/// <summary>
/// <c>returns: { error: domain }</c>: a code outside the domain's <c>success</c> list throws the domain's generated
/// exception with the library's message. With several success values the method returns the code (so
/// <c>Step()</c> can tell ROW from DONE), unless the call hands back exactly one value, which is more useful
/// (<c>Database.Open</c> returns the Database); with one success value the code is not returned, and a function's own
/// <c>success</c> list (the codes it can return, <c>success: [SQLITE_OK]</c>) makes a status-only method <c>void</c>.
/// <code>
/// int __result = Sqlite3Native.sqlite3_step((sqlite3_stmt*)__arg0.Pointer);
/// if ((long)__result is not (0 or 100 or 101))
/// {
///     var __error = Sqlite3Errors.SqliteRc((long)__result, (Parent?.DangerousGetHandle() ?? 0), "sqlite3_step");
///     throw __error;
/// }
/// return __result;
/// </code>
/// </summary>
internal sealed class ErrorReturn(ReturnShape.ErrorCode shape) : IReturnStrategy
{
    public ReturnMarshalling Plan(ReturnSite site, IPlanSoFar plan)
    {
        var domain = shape.Domain;
        if (!site.Context.Errors.TryGetValue(domain.Name, out var error))
            return StrategyFailure.Uncovered($"the error domain '{domain.Name}' is not emitted");
        if (site.Thin.IsPointer || !site.Thin.IsSupported)
            return StrategyFailure.Uncovered($"the error code is '{site.Thin.Name}', not an integer");
        var code = ErrorExpressions.Code(site.Thin.Name);
        if (ErrorExpressions.Failure(domain, code) is not { } failure)
            return StrategyFailure.Uncovered($"a success value of '{domain.Name}' does not fit a 64-bit integer");

        var (exception, note) = ErrorExpressions.Domain(site.Context, plan, error, code, site.Function.CNameLiteral);
        return new ReturnMarshalling
        {
            ResultType = site.Thin.Name,
            Failure = failure,
            FailureException = exception,
            Notes = note is null ? [] : [note],
            Throws = [(error.ExceptionName, $"The function returned an error code of <c>{Docs.Escape(domain.Name)}</c>.")],
            CodeReturn = Returned(site, domain) > 1 ? CodeReturn(site, domain) : null,
        };
    }

    /// <summary>The returned code: the domain's enum when it has one (<c>ResultCode Step()</c>), else the integer.</summary>
    private static (string Type, string Expression) CodeReturn(ReturnSite site, BoundErrorDomain domain) =>
        domain.Enum is { } name && site.Context.Enums.ContainsKey(name) && Conversions.IsInteger(site.Thin)
            ? (name, Conversions.EnumFromNative("__result", site.Thin, name))
            : (Conversions.SafeType(site.Thin), Conversions.FromNative("__result", site.Thin));

    /// <summary>How many success codes the call can return: the function's own <c>success</c> list, else its domain's.</summary>
    private static int Returned(ReturnSite site, BoundErrorDomain domain) =>
        site.Function.Function.Return.Success is { IsEmpty: false } own ? own.Length : domain.Success.Length;
}
