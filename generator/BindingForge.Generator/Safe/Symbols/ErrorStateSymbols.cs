using BindingForge.Model.Contracts;
using BindingForge.Model.Header;

namespace BindingForge.Generator.Safe.Symbols;

/// <summary>
/// Decides which error-state calls an error domain's safe code makes: the code reader and the code-to-text function
/// when the thin layer bound them, and the lock only when the handle holding the error state is free-threaded (an
/// exclusive or thread-affine handle is never entered twice at once, so its state cannot be overwritten between the
/// call and the read). A free-threaded error state with no usable lock is BF3520.
/// </summary>
internal static class ErrorStateSymbols
{
    public static ErrorStateCalls Calls(SafeContext context, BoundErrorDomain domain, string? messageHandle)
    {
        var code = Bound(context, domain.Code);
        var codeText = Bound(context, domain.CodeText);
        if (context.Handle(messageHandle) is not { Bound.Threading: HandleThreading.FreeThreaded } handle)
            return new ErrorStateCalls(code, codeText, null);
        var lockCalls = Lock(context, domain.Lock);
        if (lockCalls is null)
        {
            var why = domain.Lock is null
                ? "the domain states no `lock`"
                : "a function of its `lock` is not bound by the thin layer";
            context.Diagnostics.Warning(SafeDiagnosticIds.UnguardedErrorState,
                $"error domain '{domain.Name}' reads the message of free-threaded '{handle.CTypeName}' after each call, but {why}: under concurrent calls a failure may carry another call's message", domain.Provenance.Location);
        }

        return new ErrorStateCalls(code, codeText, lockCalls);
    }

    private static ErrorLockCalls? Lock(SafeContext context, ErrorStateLock? fact)
    {
        if (fact is null)
            return null;
        if (fact.IsHandleLock)
            return ErrorLockCalls.PerHandle;
        var (mutex, enter, leave) = (Bound(context, fact.Mutex), Bound(context, fact.Enter), Bound(context, fact.Leave));
        if (mutex is null || enter is null || leave is null)
            return null;
        return new ErrorLockCalls(mutex, context.Thin.MapReturn(fact.Mutex!.ReturnType).Name, enter, leave);
    }

    private static string? Bound(SafeContext context, FunctionDecl? function) =>
        function is not null && context.Thin.Has(function.Name) ? context.Thin.Call(function.Name) : null;
}
