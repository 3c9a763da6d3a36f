using System.Collections.Immutable;
using BindingForge.Contracts.Syntax;
using BindingForge.Contracts.Vocabulary;
using BindingForge.Model;
using BindingForge.Model.Contracts;
using BindingForge.Model.Header;

namespace BindingForge.Contracts.Binding;

/// <summary>
/// Binds <c>functions:</c>: finds each function and its parameters in the header, binds the facts, checks the
/// function-level facts (<c>leaf</c> never blocks or calls back), links hidden parameters to what they serve,
/// and infers a handed-out handle's parent argument from its handle's declared <c>parent</c>.
/// </summary>
internal static class FunctionBinder
{
    public static ImmutableArray<BoundFunction> Bind(IEnumerable<FunctionEntry> entries, BindContext context)
    {
        var result = ImmutableArray.CreateBuilder<BoundFunction>();
        foreach (var entry in entries)
        {
            if (BindOne(entry, context) is { } function)
                result.Add(function);
        }

        return result.ToImmutable();
    }

    private static BoundFunction? BindOne(FunctionEntry entry, BindContext context)
    {
        var name = entry.CName;
        if (context.Header.FindFunction(name.Value) is not { } decl)
        {
            var hint = NameSuggester.Hint(name.Value, context.Header.Functions.Select(f => f.Name));
            context.Error(ContractDiagnosticIds.UnknownFunction, $"`{name.Value}` is not a function of the header{hint}", name.Location);
            return null;
        }

        if (decl.IsVariadic)
            context.Warning(ContractDiagnosticIds.UnusedEntry, $"`{decl.Name}` is variadic and is not bound; this entry has no effect", name.Location);

        var scope = new FunctionScope(decl, context);
        var parameters = BindParameters(entry, scope);
        var returns = PoolBinder.Return(entry.Returns, ReturnBinder.Bind(entry.Returns, scope, name.Location), scope);
        CheckCallbackFacts(entry, parameters, context);
        (parameters, returns) = InferParents(parameters, returns, scope, name.Location);
        returns = returns with { ErrorParentParameter = ReturnErrorBinder.ErrorParent(entry.Returns, returns, scope) };
        return new BoundFunction(decl, ShapeBinder.Bind(returns, scope), ShapeBinder.Bind(LinkHidden(parameters, returns), scope), BindContext.Provenance(entry.Meta, name.Location))
        {
            Name = entry.Meta.Name?.Value,
            Skip = entry.Meta.Skip?.Value,
            Leaf = entry.Leaf?.Value ?? false,
            NoCallbacks = entry.NoCallbacks?.Value ?? false,
            Blocking = entry.Blocking?.Value ?? false,
            Errno = entry.Errno?.Value ?? false,
            Recover = RecoverBinder.Bind(entry.Recover, scope),
            ClearsParameter = PoolBinder.Clears(entry.Clears, scope),
            TakesErrorLock = entry.ErrorLock?.Value ?? true,
            Signature = entry.Signature?.Value,
        };
    }

    private static ImmutableArray<BoundParam> BindParameters(FunctionEntry entry, FunctionScope scope)
    {
        var byIndex = new Dictionary<int, ParamEntry>();
        foreach (var param in entry.Params)
        {
            if (scope.IndexOf(param.ParamName.Value) is { } index)
            {
                byIndex[index] = param;
                continue;
            }

            var hint = NameSuggester.Hint(param.ParamName.Value, scope.Decl.Parameters.Select(p => p.Name));
            scope.Context.Error(ContractDiagnosticIds.UnknownParameter,
                $"`{scope.Decl.Name}` has no parameter `{param.ParamName.Value}`{hint}; its parameters are: {scope.ParameterList()}", param.ParamName.Location);
        }

        var result = ImmutableArray.CreateBuilder<BoundParam>(scope.Decl.Parameters.Length);
        for (var i = 0; i < scope.Decl.Parameters.Length; i++)
        {
            result.Add(byIndex.TryGetValue(i, out var param)
                ? PoolBinder.Param(param, ParamBinder.Bind(param, i, scope), scope)
                : ParamBinder.Unstated(i, scope, entry.CName.Location));
        }

        return result.MoveToImmutable();
    }

    /// <summary>A leaf call may not block; neither a leaf nor a no_callbacks call may take a callback.</summary>
    private static void CheckCallbackFacts(FunctionEntry entry, ImmutableArray<BoundParam> parameters, BindContext context)
    {
        if (entry.Leaf is { Value: true } leaf && entry.Blocking is { Value: true })
            context.Error(ContractDiagnosticIds.ConflictingFacts, $"`{entry.CName.Value}` cannot be both {FunctionKeys.Leaf.Quoted} and {FunctionKeys.Blocking.Quoted}", leaf.Location);
        foreach (var (fact, key) in new[] { (entry.Leaf, FunctionKeys.Leaf), (entry.NoCallbacks, FunctionKeys.NoCallbacks) })
        {
            if (fact is { Value: true } && parameters.FirstOrDefault(p => p.Callback is not null) is { } callback)
                context.Error(ContractDiagnosticIds.ConflictingFacts,
                    $"`{entry.CName.Value}` cannot be {key.Quoted}: parameter `{callback.Decl.Name}` is a callback", fact.Location);
        }
    }

    /// <summary>
    /// An owned handle whose handle type declares a parent keeps the one argument of that type alive. With several
    /// candidates the contract must say which (<c>parent:</c>); with none, a warning.
    /// </summary>
    private static (ImmutableArray<BoundParam>, BoundReturn) InferParents(
        ImmutableArray<BoundParam> parameters, BoundReturn returns, FunctionScope scope, SourceLocation location)
    {
        var updated = parameters.ToBuilder();
        foreach (var param in parameters)
        {
            if (param is { Out: OutKind.Owned, Handle: { } handle, ParentParameters.IsEmpty: true })
                updated[param.Index] = param with { ParentParameters = Infer(handle, param.Index, parameters, scope, param.Owned?.Location ?? location) };
        }

        if (returns is { Owned: not null, Handle: { } returned, ParentParameters.IsEmpty: true })
            returns = returns with { ParentParameters = Infer(returned, -1, parameters, scope, returns.Owned!.Location) };
        return (updated.ToImmutable(), returns);
    }

    private static ImmutableArray<int> Infer(string handle, int self, ImmutableArray<BoundParam> parameters, FunctionScope scope, SourceLocation location)
    {
        var context = scope.Context;
        if (!context.Handles.TryGetValue(handle, out var bound) || bound.Parent is not { } parent)
            return [];
        var candidates = parameters.Where(p => p.Index != self && p.Out is null && context.HandleTypes.OfValue(p.Decl.Type) == parent).ToList();
        if (candidates.Count == 1)
            return [candidates[0].Index];
        if (candidates.Count > 1)
        {
            context.Error(ContractDiagnosticIds.AmbiguousParent,
                $"`{scope.Decl.Name}` takes several `{parent}` handles ({string.Join(", ", candidates.Select(c => c.Decl.Name))}); say which the new `{handle}` keeps alive with `parent:`", location);
        }
        else
        {
            context.Warning(ContractDiagnosticIds.MissingParent,
                $"`{handle}` declares parent `{parent}`, but `{scope.Decl.Name}` takes no `{parent}` argument; the new handle keeps no parent alive", location);
        }

        return [];
    }

    /// <summary>Marks the parameters the safe style computes: lengths (-1 stands for the return), user data, destroy notifications.</summary>
    private static ImmutableArray<BoundParam> LinkHidden(ImmutableArray<BoundParam> parameters, BoundReturn returns)
    {
        var result = parameters.ToBuilder();
        void AddLength(int carrier, int served) =>
            result[carrier] = result[carrier] with { LengthOf = result[carrier].LengthOf.Add(served) };

        foreach (var param in parameters)
        {
            if (param.Length is ParameterLength length)
                AddLength(length.ParameterIndex, param.Index);
            if (param.Callback?.UserDataParameter is { } userData)
                result[userData] = result[userData] with { UserDataOf = param.Index };
            if (param.Callback?.DestroyParameter is { } destroy)
                result[destroy] = result[destroy] with { DestroyOf = param.Index };
        }

        if (returns.Length is ParameterLength returned)
            AddLength(returned.ParameterIndex, -1);
        return result.ToImmutable();
    }
}
