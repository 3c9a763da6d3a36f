using BindingForge.Contracts.Syntax;
using BindingForge.Model.Contracts;
using BindingForge.Model.Header;

namespace BindingForge.Contracts.Binding;

/// <summary>
/// Binds an error domain's facts about the error state a handle keeps: <c>code</c> (the handle's current code),
/// <c>code_text</c> (code to text, for failures with no handle) and <c>lock</c> (what guards the state). Each function
/// must fit its role (BF2120); <c>code</c> and <c>lock</c> need a message function that takes a handle, since
/// without one there is no per-handle state (BF2121).
/// </summary>
internal static class ErrorStateBinder
{
    public static BoundErrorDomain Bind(BoundErrorDomain domain, ErrorEntry entry, BindContext context)
    {
        var handle = domain.MessageSource == ErrorMessageSource.Handle ? domain.Message!.Parameters[0].Type : null;
        foreach (var fact in new[] { entry.Code, entry.Lock is { } l ? new Located<string>("lock", l.Location) : null })
        {
            if (fact is not null && handle is null)
                context.Error(ContractDiagnosticIds.ErrorStateWithoutHandle,
                    $"error domain `{domain.Name}` states `{(fact == entry.Code ? "code" : "lock")}`, but its `message` does not take a handle, so there is no per-handle error state; give it a message function that takes the handle (`sqlite3_errmsg`)", fact.Location);
        }

        return domain with
        {
            Code = handle is null ? null : Code(entry.Code, handle, context),
            CodeText = CodeText(entry.CodeText, context),
            Lock = handle is null || entry.Lock is null ? null : Lock(entry.Lock, handle, context),
        };
    }

    /// <summary><c>int code(handle*)</c>.</summary>
    private static FunctionDecl? Code(Located<string>? name, CType handle, BindContext context)
    {
        if (context.Function(name, "error code function") is not { } function)
            return null;
        if (TakesOne(function, handle, context) && context.Shape.IsInteger(function.ReturnType))
            return function;
        return Wrong(context, name!, "`code` must take the handle (as the message function does) and return an integer code");
    }

    /// <summary><c>const char *text(int code)</c>.</summary>
    private static FunctionDecl? CodeText(Located<string>? name, BindContext context)
    {
        if (context.Function(name, "code text function") is not { } function)
            return null;
        var shape = context.Shape;
        if (function.Parameters.Length == 1 && shape.IsInteger(function.Parameters[0].Type) && shape.IsTextPointer(function.ReturnType))
            return function;
        return Wrong(context, name!, "`code_text` must take the error code (one integer) and return text");
    }

    /// <summary><c>lock: handle</c>, or <c>mutex *m(handle*)</c> with <c>void enter(mutex*)</c> and <c>void leave(mutex*)</c>.</summary>
    private static ErrorStateLock? Lock(LockSyntax syntax, CType handle, BindContext context)
    {
        if (syntax.IsHandleLock)
            return new ErrorStateLock(null, null, null, syntax.Location);
        var mutex = context.Function(syntax.Mutex, "mutex function");
        var enter = context.Function(syntax.Enter, "mutex enter function");
        var leave = context.Function(syntax.Leave, "mutex leave function");
        if (mutex is null || enter is null || leave is null)
            return null;
        if (!TakesOne(mutex, handle, context) || !context.Shape.IsPointer(mutex.ReturnType))
        {
            Wrong(context, syntax.Mutex!, "`mutex` must take the handle (as the message function does) and return a pointer to its mutex");
            return null;
        }

        var ok = true;
        foreach (var (function, name) in new[] { (enter, syntax.Enter!), (leave, syntax.Leave!) })
        {
            if (TakesOne(function, mutex.ReturnType, context) && context.Shape.IsVoid(function.ReturnType))
                continue;
            Wrong(context, name, $"`{function.Name}` must take the mutex `{mutex.Name}` returns (`{mutex.ReturnType.Spelling}`) and return void");
            ok = false;
        }

        return ok ? new ErrorStateLock(mutex, enter, leave, syntax.Location) : null;
    }

    private static bool TakesOne(FunctionDecl function, CType type, BindContext context) =>
        function.Parameters.Length == 1 && context.Shape.SameType(function.Parameters[0].Type, type);

    private static FunctionDecl? Wrong(BindContext context, Located<string> name, string why)
    {
        context.Error(ContractDiagnosticIds.ErrorStateSignature, why, name.Location);
        return null;
    }
}
