using System.Collections.Immutable;
using BindingForge.Contracts.Syntax;
using BindingForge.Contracts.Vocabulary;
using BindingForge.Model;
using BindingForge.Model.Contracts;

namespace BindingForge.Contracts.Binding;

/// <summary>
/// Binds the lifetime relations between a call's handles: <c>kept_by</c> on an argument the call stores without
/// copying (BF2150), <c>updates</c> on a return that is an argument's new address (BF2151), <c>resets</c> on a call
/// that drops a handle's settings (BF2152), <c>duplicate_of</c> on an owned return that copies a handle's settings
/// (BF2153), <c>consumed: on_success</c> (BF2154) and <c>scope: handle</c> callbacks (BF2155). Each names a handle
/// argument of the call; a wrong parameter or kind is reported at the fact's YAML location.
/// </summary>
internal static class LifetimeBinder
{
    /// <summary><c>kept_by</c> and <c>consumed: on_success</c> on one parameter.</summary>
    public static BoundParam Param(ParamEntry? entry, BoundParam param, FunctionScope scope)
    {
        if (entry is null)
            return param;
        if (entry.ConsumedOnSuccess is { Value: true } && param.Consumed)
            param = param with { ConsumedOnSuccess = true };
        if (entry.KeptBy is not { } name || HandleArgument(name, scope, ParamKeys.KeptBy.Key, ContractDiagnosticIds.KeptByDoesNotFit) is not { } keeper)
            return param;
        if (!IsHandleArgument(param.Index, scope))
            Error(scope, ContractDiagnosticIds.KeptByDoesNotFit, $"`kept_by` on `{param.Decl.Name}` needs a handle argument, the object the call stores; `{param.Decl.Name}` is `{param.Decl.Type.Spelling}`", name.Location);
        else if (keeper == param.Index)
            Error(scope, ContractDiagnosticIds.KeptByDoesNotFit, $"`kept_by: {name.Value}` names the argument itself; name the handle that stores it", name.Location);
        else if (param.Consumed)
            Error(scope, ContractDiagnosticIds.KeptByDoesNotFit, $"`{param.Decl.Name}` cannot be both consumed and `kept_by`: a consumed argument belongs to the library, which frees it", name.Location);
        else
            return param with { KeptByParameter = keeper };
        return param;
    }

    /// <summary><c>duplicate_of</c> and <c>updates</c> on the return.</summary>
    public static BoundReturn Return(ReturnEntry? entry, BoundReturn returns, FunctionScope scope)
    {
        if (entry?.DuplicateOf is { } original && HandleArgument(original, scope, ReturnKeys.DuplicateOf.Key, ContractDiagnosticIds.DuplicateOfDoesNotFit) is { } source)
        {
            if (returns is not { Owned: not null, Handle: { } key } || !SameHandle(source, key, scope))
                Error(scope, ContractDiagnosticIds.DuplicateOfDoesNotFit,
                    $"`duplicate_of: {original.Value}` needs an owned return of `{Key(source, scope)}`, the handle type of `{original.Value}`; `{scope.Decl.Name}` returns `{scope.Decl.ReturnType.Spelling}`{(returns.Owned is null ? " without `owned`" : "")}", original.Location);
            else
                returns = returns with { DuplicateOfParameter = source };
        }

        if (entry?.Updates is not { } name || HandleArgument(name, scope, ReturnKeys.Updates.Key, ContractDiagnosticIds.UpdatesDoesNotFit) is not { } updated)
            return returns;
        if (returns.Handle is not { } returned || !SameHandle(updated, returned, scope))
            Error(scope, ContractDiagnosticIds.UpdatesDoesNotFit,
                $"`updates: {name.Value}` needs a return of `{Key(updated, scope)}`, the new address of `{name.Value}`; `{scope.Decl.Name}` returns `{scope.Decl.ReturnType.Spelling}`", name.Location);
        else if (returns.Owned is not null || returns.Borrowed is not null || returns.Error is not null)
            Error(scope, ContractDiagnosticIds.UpdatesDoesNotFit,
                $"`updates: {name.Value}` says the result is `{name.Value}` itself, so it is neither owned nor borrowed nor an error code; drop those facts", name.Location);
        else
            return returns with { UpdatesParameter = updated };
        return returns;
    }

    /// <summary>The handle parameter a call resets (<c>resets</c>).</summary>
    public static int? Resets(Located<string>? name, FunctionScope scope) =>
        name is null ? null : HandleArgument(name, scope, FunctionKeys.Resets.Key, ContractDiagnosticIds.ResetsDoesNotFit);

    /// <summary>Facts that need the whole function: a consumed-on-success argument needs a return that tells failure,
    /// a <c>scope: handle</c> callback a handle argument to keep it.</summary>
    public static void Check(FunctionEntry entry, ImmutableArray<BoundParam> parameters, BoundReturn returns, FunctionScope scope)
    {
        foreach (var param in entry.Params)
        {
            if (param.ConsumedOnSuccess is { Value: true } onSuccess && returns is { Error: null, NullIsError: false, UpdatesParameter: null })
                Error(scope, ContractDiagnosticIds.ConsumedOnSuccessUnchecked,
                    $"`consumed: {ParamKeys.OnSuccess}` on `{param.ParamName.Value}`: the return of `{scope.Decl.Name}` cannot tell failure from success; give it `error:` or `null_is_error: true`", onSuccess.Location);
        }

        foreach (var param in parameters)
        {
            if (param.Callback is not { Scope: CallbackScope.Handle } callback)
                continue;
            if (!parameters.Any(p => p.Index != param.Index && IsHandleArgument(p.Index, scope)))
                Error(scope, ContractDiagnosticIds.HandleScopeWithoutHandle,
                    $"`scope: handle` on `{param.Decl.Name}` lives with the call's handle, but `{scope.Decl.Name}` takes no handle argument; use `forever`, `notified` or `call`", callback.Location);
        }
    }

    /// <summary>True when parameter <paramref name="index"/> is a handle passed in (not an out pointer to one).</summary>
    private static bool IsHandleArgument(int index, FunctionScope scope) =>
        scope.Context.HandleTypes.OfValue(scope.Decl.Parameters[index].Type) is not null;

    private static string? Key(int index, FunctionScope scope) => scope.Context.HandleTypes.OfValue(scope.Decl.Parameters[index].Type);

    private static bool SameHandle(int index, string key, FunctionScope scope) => Key(index, scope) == key;

    /// <summary>The index of the handle argument <paramref name="name"/> names; <paramref name="code"/> when it is no handle.</summary>
    private static int? HandleArgument(Located<string> name, FunctionScope scope, string key, string code)
    {
        if (scope.Reference(name, $"`{key}`") is not { } index)
            return null;
        if (IsHandleArgument(index, scope))
            return index;
        Error(scope, code, $"`{key}: {name.Value}` names a parameter of type `{scope.Decl.Parameters[index].Type.Spelling}`, which is not a handle; it must name a handle argument", name.Location);
        return null;
    }

    private static void Error(FunctionScope scope, string code, string message, SourceLocation location) => scope.Context.Error(code, message, location);
}
