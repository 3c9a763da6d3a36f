using BindingForge.Contracts.Syntax;
using BindingForge.Contracts.Vocabulary;
using BindingForge.Model.Contracts;
using BindingForge.Model.Header;

namespace BindingForge.Contracts.Binding;

/// <summary>
/// Binds <c>callback:</c>: the scope, the parameter that carries user data (and which callback argument hands it
/// back), and the destroy-notification parameter that a <c>notified</c> scope needs.
/// </summary>
internal static class CallbackBinder
{
    public static CallbackFact? Bind(CallbackSyntax syntax, ParameterDecl decl, FunctionScope scope)
    {
        var context = scope.Context;
        var shape = context.Shape;
        if (shape.AsFunctionPointer(decl.Type) is not { } signature)
        {
            context.Error(ContractDiagnosticIds.FactDoesNotFitType,
                $"{ParamKeys.Callback.Quoted} needs a function pointer; parameter `{decl.Name}` is `{decl.Type.Spelling}`", syntax.Location);
            return null;
        }

        var userData = scope.Reference(syntax.UserData, CallbackKeys.UserData.Quoted);
        if (userData is { } u && !shape.IsPointer(scope.Decl.Parameters[u].Type))
        {
            context.Error(ContractDiagnosticIds.FactDoesNotFitType, $"user data parameter `{syntax.UserData!.Value}` is not a pointer", syntax.UserData.Location);
            userData = null;
        }

        var destroy = Destroy(syntax, scope);
        var names = ArgumentNames(syntax, signature, context);
        if (syntax.UserDataFrom is not null || syntax.UserDataFromArg is not null)
        {
            var (from, fromArgument) = UserDataFrom(syntax, signature, userData, context);
            return syntax.Scope is { } fromScope && from is not null
                ? new CallbackFact(fromScope.Value, signature, userData, destroy, fromArgument, syntax.Location) { UserDataFrom = from, ArgumentNames = names }
                : null;
        }

        var argument = UserDataArgument(syntax, signature, userData, context);
        return syntax.Scope is { } callbackScope
            ? new CallbackFact(callbackScope.Value, signature, userData, destroy, argument, syntax.Location) { ArgumentNames = names }
            : null;
    }

    /// <summary><c>args:</c> names every argument of the signature, or it is BF2110 (a fact that does not fit the type).</summary>
    private static System.Collections.Immutable.ImmutableArray<string> ArgumentNames(CallbackSyntax syntax, FunctionType signature, BindContext context)
    {
        if (syntax.Args is not { } args)
            return [];
        if (args.Length == signature.Parameters.Length)
            return [.. args.Select(a => a.Value)];
        var location = args.Length > 0 ? args[0].Location : syntax.Location;
        context.Error(ContractDiagnosticIds.FactDoesNotFitType,
            $"{CallbackKeys.Args.Quoted} names {args.Length} arguments; the callback `{signature.Spelling}` has {signature.Parameters.Length}", location);
        return [];
    }

    /// <summary><c>user_data_from: { call: fn, arg: N }</c>: fn takes one pointer, returns one, and callback argument N
    /// is a pointer of fn's parameter type.</summary>
    private static (FunctionDecl? Function, int? Argument) UserDataFrom(CallbackSyntax syntax, FunctionType signature, int? userData, BindContext context)
    {
        var shape = context.Shape;
        if (userData is null || syntax.UserDataArg is not null)
        {
            context.Error(ContractDiagnosticIds.ConflictingFacts, $"{CallbackKeys.UserDataFrom.Quoted} needs {CallbackKeys.UserData.Quoted} and excludes {CallbackKeys.UserDataArg.Quoted}", syntax.Location);
            return (null, null);
        }

        if (syntax.UserDataFrom is not { } name || syntax.UserDataFromArg is not { } arg || context.Function(name, "user data function") is not { } function)
            return (null, null);
        if (function.Parameters.Length != 1 || !shape.IsPointer(function.Parameters[0].Type) || !shape.IsPointer(function.ReturnType))
        {
            context.Error(ContractDiagnosticIds.WrongSignatureForRole,
                $"user data function `{function.Name}` must take one pointer and return a pointer", name.Location);
            return (null, null);
        }

        if (arg.Value < signature.Parameters.Length && shape.SameType(signature.Parameters[(int)arg.Value], function.Parameters[0].Type))
            return (function, (int)arg.Value);
        context.Error(ContractDiagnosticIds.CallbackUserDataArgument,
            $"callback argument {arg.Value} of `{signature.Spelling}` is not the `{function.Parameters[0].Type.Spelling}` that `{function.Name}` takes", arg.Location);
        return (null, null);
    }

    private static int? Destroy(CallbackSyntax syntax, FunctionScope scope)
    {
        var context = scope.Context;
        var destroy = scope.Reference(syntax.Destroy, CallbackKeys.Destroy.Quoted);
        if (destroy is { } d && context.Shape.AsFunctionPointer(scope.Decl.Parameters[d].Type) is null)
        {
            context.Error(ContractDiagnosticIds.FactDoesNotFitType, $"destroy parameter `{syntax.Destroy!.Value}` is not a function pointer", syntax.Destroy.Location);
            destroy = null;
        }

        if (syntax.Scope?.Value == CallbackScope.Notified && syntax.Destroy is null)
            context.Error(ContractDiagnosticIds.MissingKey, $"`{CallbackKeys.Scope.Key}: {CallbackKeys.Scope.Spelling.TextOf(CallbackScope.Notified)}` needs `{CallbackKeys.Destroy.Key}:`, the parameter that takes the destroy notification", syntax.Scope.Location);
        if (syntax.Scope is { Value: not CallbackScope.Notified } other && syntax.Destroy is not null)
            context.Error(ContractDiagnosticIds.ConflictingFacts, $"{CallbackKeys.Destroy.Quoted} goes with `{CallbackKeys.Scope.Key}: {CallbackKeys.Scope.Spelling.TextOf(CallbackScope.Notified)}`", other.Location);
        return destroy;
    }

    /// <summary>The callback argument that hands user data back: <c>user_data_arg</c>, else the first <c>void*</c> argument.</summary>
    private static int? UserDataArgument(CallbackSyntax syntax, FunctionType signature, int? userData, BindContext context)
    {
        var shape = context.Shape;
        if (syntax.UserDataArg is { } explicitArg)
        {
            if (syntax.UserData is null)
            {
                context.Error(ContractDiagnosticIds.ConflictingFacts, $"{CallbackKeys.UserDataArg.Quoted} needs {CallbackKeys.UserData.Quoted}", explicitArg.Location);
                return null;
            }

            if (explicitArg.Value < signature.Parameters.Length && shape.IsPointer(signature.Parameters[(int)explicitArg.Value]))
                return (int)explicitArg.Value;
            context.Error(ContractDiagnosticIds.CallbackUserDataArgument,
                $"callback argument {explicitArg.Value} is not a pointer of `{signature.Spelling}`", explicitArg.Location);
            return null;
        }

        if (userData is null)
            return null;
        for (var i = 0; i < signature.Parameters.Length; i++)
        {
            if (shape.AsPointer(signature.Parameters[i]) is { } pointer && shape.IsVoid(pointer.Pointee))
                return i;
        }

        context.Error(ContractDiagnosticIds.CallbackUserDataArgument,
            $"the callback `{signature.Spelling}` has no `void*` argument to hand user data back; say which with `{CallbackKeys.UserDataArg.Key}: N`", syntax.UserData!.Location);
        return null;
    }
}
