using BindingForge.Contracts.Syntax;
using BindingForge.Contracts.Vocabulary;
using BindingForge.Model;
using BindingForge.Model.Contracts;
using BindingForge.Model.Header;

namespace BindingForge.Contracts.Binding;

/// <summary>
/// Binds a function's <c>returns:</c> against its return type: the error domain (whose type must match), text,
/// ownership, nullability, buffer length, and the parents of a returned handle.
/// </summary>
internal static class ReturnBinder
{
    public static BoundReturn Bind(ReturnEntry? entry, FunctionScope scope, SourceLocation functionLocation)
    {
        var context = scope.Context;
        var type = scope.Decl.ReturnType;
        var handle = context.HandleTypes.OfValue(type);
        if (entry is null)
            return BoundReturn.None(functionLocation) with { Handle = handle };

        CheckPointerFacts(entry, type, context);
        var owned = entry.Owned is { IsStated: true } ? entry.Owned : null;
        var borrowed = entry.Borrowed is { IsStated: true } ? entry.Borrowed : null;
        if (owned is not null && borrowed is not null)
            context.Error(ContractDiagnosticIds.ConflictingFacts, $"the return of `{scope.Decl.Name}` cannot be both owned and borrowed", borrowed.Location);

        var bound = new BoundReturn(BindContext.Provenance(entry.Meta, entry.Location))
        {
            Handle = handle,
            String = entry.String?.Value,
            Nullable = entry.Nullable?.Value ?? false,
            IsBool = Bool(entry, type, context),
            Enum = EnumBinder.Reference(entry.Enum, type, "result", context),
            Owned = owned is null ? null : Owned(owned, handle, scope),
            Borrowed = borrowed is null ? null : Borrowed(borrowed, scope),
            Error = Error(entry.Error, scope),
            NullIsError = entry.NullIsError?.Value ?? false,
            NullMayBeError = ReturnErrorBinder.NullMayBeError(entry, scope),
            NullErrorCodes = ErrorBinder.Codes(entry.NullErrorCodes ?? [], "failure code", context),
            Success = ErrorBinder.Codes(entry.Success ?? [], "success value", context),
            NullCode = ReturnErrorBinder.NullCode(entry, context),
            Length = Length(entry, type, scope),
            Element = Element(entry, context),
            ParentParameters = ParamBinder.Parents(entry.Parent, handle is not null, scope),
        };
        CheckSuccess(bound, scope);
        return bound;
    }

    /// <summary><c>bool</c> needs an integer result (BF2110).</summary>
    private static bool Bool(ReturnEntry entry, CType type, BindContext context)
    {
        if (entry.Bool is not { Value: true } flag)
            return false;
        if (context.Shape.IsInteger(type))
            return true;
        context.Error(ContractDiagnosticIds.FactDoesNotFitType, $"{ReturnKeys.Bool.Quoted} needs an integer result; the function returns `{type.Spelling}`", flag.Location);
        return false;
    }

    /// <summary><c>success</c> on a return needs <c>error</c>, and lists only codes its domain calls success (BF2109).</summary>
    private static void CheckSuccess(BoundReturn bound, FunctionScope scope)
    {
        foreach (var code in bound.Success)
        {
            if (bound.Error is null)
            {
                scope.Context.Error(ContractDiagnosticIds.ConflictingFacts, $"{ReturnKeys.Success.Quoted} of `{scope.Decl.Name}` needs {ReturnKeys.Error.Quoted}", code.Location);
                return;
            }

            if (!bound.Error.IsSuccess(code.Value))
            {
                scope.Context.Error(ContractDiagnosticIds.ConflictingFacts,
                    $"`{code.Symbol ?? code.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)}` is not a success value of error domain `{bound.Error.Name}`", code.Location);
            }
        }
    }

    /// <summary>string, nullable, null_is_error, owned, borrowed and length all describe a pointer.</summary>
    private static void CheckPointerFacts(ReturnEntry entry, CType type, BindContext context)
    {
        var shape = context.Shape;
        if (entry.String is { } text && !shape.IsTextPointer(type))
            DoesNotFit(context, text.Location, "string", type, "a character pointer");
        if (shape.IsPointer(type))
            return;
        if (entry.Nullable is { Value: true } nullable)
            DoesNotFit(context, nullable.Location, "nullable", type, "a pointer");
        if (entry.NullIsError is { Value: true } nullIsError)
            DoesNotFit(context, nullIsError.Location, "null_is_error", type, "a pointer");
        if (entry.NullMayBeError is { } nullMayBeError)
            DoesNotFit(context, nullMayBeError.Location, "null_may_be_error", type, "a pointer");
        if (entry.Owned is { IsStated: true } owned)
            DoesNotFit(context, owned.Location, "owned", type, "a pointer");
        if (entry.Borrowed is { IsStated: true } borrowed)
            DoesNotFit(context, borrowed.Location, "borrowed", type, "a pointer");
        if (entry.Length is { } length)
            DoesNotFit(context, length.Location, "length", type, "a pointer");
    }

    private static OwnedFact? Owned(OwnedSyntax owned, string? handle, FunctionScope scope)
    {
        var context = scope.Context;
        if (handle is not null)
        {
            if (owned.Free is { } free)
                context.Error(ContractDiagnosticIds.ConflictingFacts, $"`{scope.Decl.Name}` returns a `{handle}` handle, which its `release` frees; remove `free`", free.Location);
            else if (context.LacksRelease(handle))
                context.Error(ContractDiagnosticIds.MissingKey, $"handle `{handle}` has no `release`, so an owned return could never be freed", owned.Location);
            if (owned.Elements is { } elements)
                context.Error(ContractDiagnosticIds.ElementsDoNotFit, $"`{scope.Decl.Name}` returns a `{handle}` handle, not a container; remove {OwnedKeys.Elements.Quoted}", elements.Location);
            return new OwnedFact(null, owned.Location) { IsFloating = Floating(owned, handle, scope) };
        }

        if (owned.Floating is { Value: true } floating)
            context.Error(ContractDiagnosticIds.FloatingWithoutSink, $"{OwnedKeys.Floating.Quoted} applies to a returned handle; `{scope.Decl.Name}` returns `{scope.Decl.ReturnType.Spelling}`", floating.Location);

        if (owned.Free is null)
        {
            context.Error(ContractDiagnosticIds.MissingKey, $"the owned return of `{scope.Decl.Name}` needs `owned: {{ free: function }}`", owned.Location);
            return null;
        }

        if (owned.Elements is not null)
            return ContainerFree.Bind(owned, context);
        return context.FreeFunction(owned.Free) is { } function ? new OwnedFact(function, owned.Location) : null;
    }

    /// <summary><c>floating: true</c> needs the handle (or a base) to have a <c>sink</c> (BF2171).</summary>
    private static bool Floating(OwnedSyntax owned, string handle, FunctionScope scope)
    {
        if (owned.Floating is not { Value: true } floating)
            return false;
        if (scope.Context.HasSink(handle))
            return true;
        scope.Context.Error(ContractDiagnosticIds.FloatingWithoutSink,
            $"the return of `{scope.Decl.Name}` is floating, but handle `{handle}` (and its bases) has no {HandleKeys.Sink.Quoted} to adopt it with", floating.Location);
        return false;
    }

    private static BorrowedFact Borrowed(BorrowedSyntax borrowed, FunctionScope scope) =>
        new(OwnershipBinder.Until(borrowed.Until, scope.Context), scope.Reference(borrowed.Of, "`of`"), borrowed.Location);

    private static BoundErrorDomain? Error(Located<string>? name, FunctionScope scope)
    {
        if (name is null || Domain(name, scope) is not { } domain)
            return null;
        if (scope.Context.Shape.SameType(domain.CType, scope.Decl.ReturnType))
            return domain;
        scope.Context.Error(ContractDiagnosticIds.ErrorTypeMismatch,
            $"`{scope.Decl.Name}` returns `{scope.Decl.ReturnType.Spelling}`, but error domain `{domain.Name}` applies to `{domain.CType.Spelling}`", name.Location);
        return null;
    }

    /// <summary>The error domain a fact names, marked used; BF2107 when <c>errors:</c> has no such entry.</summary>
    public static BoundErrorDomain? Domain(Located<string> name, FunctionScope scope, string key = "error")
    {
        var context = scope.Context;
        context.UsedErrors.Add(name.Value);
        if (!context.Errors.TryGetValue(name.Value, out var domain))
        {
            if (context.DeclaredErrors.Contains(name.Value))
                return null;

            var hint = NameSuggester.Hint(name.Value, context.DeclaredErrors);
            if (hint.Length == 0 && context.DeclaredErrors.Count > 0)
                hint = $" (known: {string.Join(", ", context.DeclaredErrors)})";
            context.Error(ContractDiagnosticIds.UnknownErrorDomain, $"`{key}: {name.Value}` names no entry under `errors:`{hint}", name.Location);
            return null;
        }

        return domain;
    }

    private static LengthFact? Length(ReturnEntry entry, CType type, FunctionScope scope) =>
        entry.Length is { } length && scope.Context.Shape.IsPointer(type) ? LengthBinder.Bind(length, scope, self: null) : null;

    private static CType? Element(ReturnEntry entry, BindContext context)
    {
        if (entry.Element is { } element && entry.Length is null)
        {
            context.Error(ContractDiagnosticIds.ConflictingFacts, "`element` on a return goes with `length`", element.Location);
            return null;
        }

        return context.Type(entry.Element, "element type");
    }

    private static void DoesNotFit(BindContext context, SourceLocation location, string fact, CType type, string needs) =>
        context.Error(ContractDiagnosticIds.FactDoesNotFitType, $"`{fact}` needs {needs}; the return type is `{type.Spelling}`", location);
}
