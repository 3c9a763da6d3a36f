using BindingForge.Contracts.Syntax;
using BindingForge.Contracts.Vocabulary;
using BindingForge.Model.Contracts;

namespace BindingForge.Contracts.Binding;

/// <summary>
/// Binds the pool facts of a function: <c>from_pool</c> on a return or an out handle (allocated from that pool
/// argument: a value never freed on its own is borrowed from the pool; with <c>owned</c>, a subpool), <c>moves_to</c>
/// on a handle argument, and <c>clears</c> on the function. Each names a parameter whose handle is a
/// <c>pool: true</c> handle (BF2140).
/// </summary>
internal static class PoolBinder
{
    /// <summary>A return allocated from a pool: borrowed of the pool unless it is owned (a subpool).</summary>
    public static BoundReturn Return(ReturnEntry? entry, BoundReturn returns, FunctionScope scope)
    {
        if (entry?.FromPool is not { } name || Pool(name, scope, ReturnKeys.FromPool.Key) is not { } pool)
            return returns;
        if (returns.Owned is not null)
        {
            if (returns.Handle is null)
                scope.Context.Error(ContractDiagnosticIds.PoolFactDoesNotFit,
                    $"the owned return of `{scope.Decl.Name}` is `from_pool`, which an owned value can only be as a handle (a subpool); a pool's memory is never freed on its own, so drop `owned`", name.Location);
            return returns with { FromPoolParameter = pool };
        }
        return returns with { FromPoolParameter = pool, Borrowed = Borrowed(returns.Borrowed, pool, name, scope) };
    }

    /// <summary>An out handle allocated from a pool (<c>from_pool</c>) and a handle argument that moves to one (<c>moves_to</c>).</summary>
    public static BoundParam Param(ParamEntry? entry, BoundParam param, FunctionScope scope)
    {
        if (entry is null)
            return param;
        if (param.Callback is { Scope: CallbackScope.Pool } callback && !IsPoolHandle(scope, 0))
            scope.Context.Error(ContractDiagnosticIds.PoolFactDoesNotFit,
                $"`scope: pool` on `{param.Decl.Name}` lives until the call's first argument, a pool, is cleared or released; the first parameter of `{scope.Decl.Name}` is not a `pool: true` handle", callback.Location);
        if (entry.MovesTo is { } movesTo && Pool(movesTo, scope, ParamKeys.MovesTo.Key) is { } target)
        {
            if (param is { Handle: not null, Out: null })
                param = param with { MovesToParameter = target };
            else
                scope.Context.Error(ContractDiagnosticIds.PoolFactDoesNotFit, $"`moves_to` on `{param.Decl.Name}` needs a handle argument, the object that moves", movesTo.Location);
        }
        if (entry.FromPool is not { } name || Pool(name, scope, ParamKeys.FromPool.Key) is not { } pool)
            return param;
        if (param.Out is not (OutKind.Owned or OutKind.Borrowed) || scope.Context.HandleTypes.OfOut(param.Decl.Type) is null)
        {
            scope.Context.Error(ContractDiagnosticIds.PoolFactDoesNotFit, $"`from_pool` on parameter `{param.Decl.Name}` needs an `out: owned` or `out: borrowed` handle (`T**`)", name.Location);
            return param;
        }
        return param.Out == OutKind.Owned
            ? param with { FromPoolParameter = pool }
            : param with { FromPoolParameter = pool, Borrowed = Borrowed(param.Borrowed, pool, name, scope) };
    }

    /// <summary>The pool parameter a function clears (<c>clears</c>).</summary>
    public static int? Clears(Located<string>? name, FunctionScope scope) =>
        name is null ? null : Pool(name, scope, FunctionKeys.Clears.Key);

    /// <summary>Borrowed from the pool: a stated <c>borrowed</c> may say no more than that (its <c>of</c> is the pool).</summary>
    private static BorrowedFact Borrowed(BorrowedFact? stated, int pool, Located<string> name, FunctionScope scope)
    {
        if (stated?.OfParameter is { } of && of != pool)
            scope.Context.Error(ContractDiagnosticIds.ConflictingFacts, $"`borrowed: {{ of: {scope.Decl.Parameters[of].Name} }}` and `from_pool: {name.Value}` disagree about what the value lives in", name.Location);
        return new BorrowedFact(stated?.Until ?? [], pool, name.Location);
    }

    /// <summary>True when parameter <paramref name="index"/> is a value of a <c>pool: true</c> handle.</summary>
    private static bool IsPoolHandle(FunctionScope scope, int index)
    {
        if (index >= scope.Decl.Parameters.Length)
            return false;
        var handle = scope.Context.HandleTypes.OfValue(scope.Decl.Parameters[index].Type);
        return handle is not null && scope.Context.Handles.TryGetValue(handle, out var bound) && bound.IsPool;
    }

    /// <summary>The index of the pool parameter <paramref name="name"/> names; BF2140 when its handle is not a pool.</summary>
    private static int? Pool(Located<string> name, FunctionScope scope, string key)
    {
        if (scope.Reference(name, $"`{key}`") is not { } index)
            return null;
        var context = scope.Context;
        var handle = context.HandleTypes.OfValue(scope.Decl.Parameters[index].Type);
        if (handle is not null && context.Handles.TryGetValue(handle, out var bound) && bound.IsPool)
            return index;
        var what = handle is null ? "is not a handle" : $"is a `{handle}` handle, which is not `pool: true`";
        context.Error(ContractDiagnosticIds.PoolFactDoesNotFit, $"`{key}: {name.Value}` names a parameter that {what}; a pool fact names the pool argument", name.Location);
        return null;
    }
}
