using BindingForge.Contracts.Syntax;
using BindingForge.Contracts.Vocabulary;
using BindingForge.Model.Contracts;

namespace BindingForge.Contracts.Binding;

/// <summary>
/// Binds <c>length:</c> on a parameter or a return: a parameter that carries the count (an integer, or a pointer to
/// one for in/out counts), a fixed count, null termination, or (returns only) a function that gives the count.
/// </summary>
internal static class LengthBinder
{
    /// <param name="self">The parameter the fact is on; null for a return.</param>
    public static LengthFact? Bind(LengthSyntax syntax, FunctionScope scope, int? self)
    {
        var context = scope.Context;
        if (syntax.Fixed is { } count)
            return new FixedLength(count.Value, syntax.Location);
        if (syntax.NullTerminated)
            return new NullTerminatedLength(syntax.Location);
        if (syntax.Call is { } call)
            return self is null ? BindCall(call, scope) : Reject(context, syntax, $"`{ParamKeys.Length.Key}: {{ {LengthKeys.Call.Key} }}` applies to returns only; on a parameter name the length parameter");
        if (scope.Reference(syntax.Name, ParamKeys.Length.Quoted) is not { } index)
            return null;
        if (index == self)
            return Reject(context, syntax, $"parameter `{syntax.Name!.Value}` cannot be its own length");

        var parameter = scope.Decl.Parameters[index];
        var shape = context.Shape;
        if (shape.IsInteger(parameter.Type))
            return new ParameterLength(index, parameter.Name, IsPointer: false, syntax.Location);
        if (shape.AsPointer(parameter.Type) is { } pointer && shape.IsInteger(pointer.Pointee))
            return new ParameterLength(index, parameter.Name, IsPointer: true, syntax.Location);
        context.Error(ContractDiagnosticIds.FactDoesNotFitType,
            $"length parameter `{parameter.Name}` is `{parameter.Type.Spelling}`; a length is an integer or a pointer to one", syntax.Name!.Location);
        return null;
    }

    /// <summary>The count function is called with the same arguments, so it must take the same parameters and return an integer.</summary>
    private static CallLength? BindCall(Located<string> name, FunctionScope scope)
    {
        var context = scope.Context;
        if (context.Function(name, "length function") is not { } function)
            return null;
        var own = scope.Decl.Parameters;
        var same = function.Parameters.Length == own.Length
            && function.Parameters.Select((p, i) => context.Shape.SameType(p.Type, own[i].Type)).All(x => x);
        if (same && context.Shape.IsInteger(function.ReturnType))
            return new CallLength(function, name.Location);
        context.Error(ContractDiagnosticIds.WrongSignatureForRole,
            $"length function `{function.Name}` must take the same parameters as `{scope.Decl.Name}` and return an integer", name.Location);
        return null;
    }

    private static LengthFact? Reject(BindContext context, LengthSyntax syntax, string message)
    {
        context.Error(ContractDiagnosticIds.ConflictingFacts, message, syntax.Location);
        return null;
    }
}
