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
            var name = entry.CName;
            if (context.Header.FindFunction(name.Value) is not { } decl)
            {
                var hint = NameSuggester.Hint(name.Value, context.Header.Functions.Select(f => f.Name).Concat(context.Header.FunctionMacros.Select(m => m.Name)));
                var why = context.Header.FunctionMacros.Any(m => m.Name == name.Value)
                    ? " (it is a function-like macro: give it a `signature:` to bind it)"
                    : "";
                context.Error(ContractDiagnosticIds.UnknownFunction, $"`{name.Value}` is not a function of the header{why}{hint}", name.Location);
                continue;
            }

            if (!decl.IsVariadic)
            {
                if (BindOne(entry, decl, context, shared: null) is { } function)
                    result.Add(function);
                continue;
            }

            var forms = context.Header.Functions.Where(f => f.Name == decl.Name && f.Wrapper is { Kind: ShimWrapperKind.VariadicForm }).ToList();
            if (entry.Forms.IsEmpty)
                context.Warning(ContractDiagnosticIds.UnusedEntry, $"`{decl.Name}` is variadic and is not bound; list the ways to call it under `forms:`, or this entry has no effect", name.Location);
            CheckFormParameters(entry, forms, context);
            foreach (var form in forms)
            {
                var syntax = entry.Forms[form.Wrapper!.Form];
                var facts = entry with { Params = [.. entry.Params.Where(p => !syntax.Params.Any(f => f.ParamName.Value == p.ParamName.Value)), .. syntax.Params] };
                var shared = entry.Params.Select(p => p.ParamName.Value).Except(syntax.Params.Select(p => p.ParamName.Value)).ToHashSet(StringComparer.Ordinal);
                if (BindOne(facts, form, context, shared) is not { } function)
                    continue;
                var options = FormOptions(syntax.Options, new FunctionScope(form, context));
                var parameters = options is null ? function.Parameters
                    : function.Parameters.SetItem(options.ParameterIndex, function.Parameters[options.ParameterIndex] with { Shape = new ParamShape.Option(options.Values, options.EnumName) });
                result.Add(function with { Name = syntax.Name?.Value ?? function.Name, Options = options, Parameters = parameters });
            }
        }

        return result.ToImmutable();
    }

    /// <summary>A parameter fact of a variadic function applies to the forms that have that parameter; one no form has is BF2102.</summary>
    private static void CheckFormParameters(FunctionEntry entry, List<FunctionDecl> forms, BindContext context)
    {
        foreach (var param in entry.Params.Where(p => !forms.Any(f => f.Parameters.Any(d => d.Name == p.ParamName.Value))))
        {
            var names = forms.SelectMany(f => f.Parameters.Select(p => p.Name)).Distinct(StringComparer.Ordinal).ToList();
            context.Error(ContractDiagnosticIds.UnknownParameter,
                $"no form of `{entry.CName.Value}` has a parameter `{param.ParamName.Value}`{NameSuggester.Hint(param.ParamName.Value, names)}; their parameters are: {string.Join(", ", names)}", param.ParamName.Location);
        }
    }

    private static BoundOptions? FormOptions(OptionsSyntax? options, FunctionScope scope)
    {
        if (options is null || scope.Reference(options.Param, "`options: param`") is not { } index)
            return null;
        if (scope.Context.Header.Resolve(scope.Decl.Parameters[index].Type) is not (PrimitiveType or EnumRef))
        {
            scope.Context.Error(ContractDiagnosticIds.ConflictingFacts,
                $"the option parameter `{options.Param.Value}` of `{scope.Decl.Name}` is a {scope.Decl.Parameters[index].Type.Spelling}; options are integers", options.Param.Location);
            return null;
        }

        return new BoundOptions(index, ErrorBinder.Codes(options.Values, "option value", scope.Context), options.Enum?.Value, options.Location);
    }

    /// <param name="shared">For a form of a variadic function: the function-level parameter facts, which apply to the
    /// forms that have the parameter (one that no form has is reported once, by <see cref="CheckFormParameters"/>).</param>
    private static BoundFunction? BindOne(FunctionEntry entry, FunctionDecl decl, BindContext context, IReadOnlySet<string>? shared)
    {
        var name = entry.CName;
        var scope = new FunctionScope(decl, context);
        var parameters = BindParameters(entry, scope, shared);
        var returns = LifetimeBinder.Return(entry.Returns, PoolBinder.Return(entry.Returns, ReturnBinder.Bind(entry.Returns, scope, name.Location), scope), scope);
        CheckCallbackFacts(entry, parameters, context);
        LifetimeBinder.Check(entry, parameters, returns, scope);
        (parameters, returns) = InferParents(parameters, returns, scope, name.Location);
        returns = returns with { ErrorParentParameter = ReturnErrorBinder.ErrorParent(entry.Returns, returns, scope) };
        var clears = PoolBinder.Clears(entry.Clears, scope);
        return new BoundFunction(decl, ShapeBinder.Bind(returns, scope), ShapeBinder.Bind(LinkHidden(parameters, returns), scope), BindContext.Provenance(entry.Meta, name.Location))
        {
            Name = entry.Meta.Name?.Value,
            Skip = entry.Meta.Skip?.Value,
            Leaf = entry.Leaf?.Value ?? false,
            NoCallbacks = entry.NoCallbacks?.Value ?? false,
            Blocking = entry.Blocking?.Value ?? false,
            Errno = entry.Errno?.Value ?? false,
            Recover = RecoverBinder.Bind(entry.Recover, scope),
            ClearsParameter = clears,
            Access = AccessBinder.Bind(entry, parameters, clears, context),
            ResetsParameter = LifetimeBinder.Resets(entry.Resets, scope),
            TakesErrorLock = entry.ErrorLock?.Value ?? true,
            Signature = entry.Signature?.Value,
        };
    }

    private static ImmutableArray<BoundParam> BindParameters(FunctionEntry entry, FunctionScope scope, IReadOnlySet<string>? shared)
    {
        var byIndex = new Dictionary<int, ParamEntry>();
        foreach (var param in entry.Params)
        {
            if (scope.IndexOf(param.ParamName.Value) is { } index)
            {
                byIndex[index] = param;
                continue;
            }

            if (shared?.Contains(param.ParamName.Value) == true)
                continue; // a fact for another form's parameter

            var hint = NameSuggester.Hint(param.ParamName.Value, scope.Decl.Parameters.Select(p => p.Name));
            scope.Context.Error(ContractDiagnosticIds.UnknownParameter,
                $"`{scope.Decl.Name}` has no parameter `{param.ParamName.Value}`{hint}; its parameters are: {scope.ParameterList()}", param.ParamName.Location);
        }

        var result = ImmutableArray.CreateBuilder<BoundParam>(scope.Decl.Parameters.Length);
        for (var i = 0; i < scope.Decl.Parameters.Length; i++)
        {
            result.Add(byIndex.TryGetValue(i, out var param)
                ? LifetimeBinder.Param(param, PoolBinder.Param(param, ParamBinder.Bind(param, i, scope), scope), scope)
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
