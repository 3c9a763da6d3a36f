using BindingForge.Contracts.Syntax;
using BindingForge.Model.Header;

namespace BindingForge.Contracts.Binding;

/// <summary>
/// Binds a function's <c>recover:</c>: the function the safe layer calls with the call's handle after a failure,
/// before the exception leaves (<c>sqlite3_step</c> recovers with <c>sqlite3_reset</c>). It must take exactly one
/// argument of the type of the call's first parameter, which must be a handle, and must not be that handle's release
/// (BF2123); its result is ignored.
/// </summary>
internal static class RecoverBinder
{
    public static FunctionDecl? Bind(Located<string>? name, FunctionScope scope)
    {
        var context = scope.Context;
        if (context.Function(name, "recover function") is not { } recover)
            return null;
        var first = scope.Decl.Parameters.IsEmpty ? null : scope.Decl.Parameters[0].Type;
        if (first is null || context.HandleTypes.OfValue(first) is null)
        {
            context.Error(ContractDiagnosticIds.RecoverDoesNotFit,
                $"`recover` runs on the call's handle, but the first parameter of `{scope.Decl.Name}` is not a handle", name!.Location);
            return null;
        }

        var handle = context.HandleTypes.OfValue(first)!;
        if (context.Handles.TryGetValue(handle, out var bound) && bound.Release?.Name == recover.Name)
        {
            context.Error(ContractDiagnosticIds.RecoverDoesNotFit,
                $"`recover: {recover.Name}` is the release of `{handle}`: it frees the handle, and a recovery must leave it usable (`sqlite3_reset`, not `sqlite3_finalize`)", name!.Location);
            return null;
        }

        if (recover.Parameters.Length == 1 && context.Shape.SameType(recover.Parameters[0].Type, first))
            return recover;
        context.Error(ContractDiagnosticIds.RecoverDoesNotFit,
            $"`recover: {recover.Name}` must take exactly the handle `{scope.Decl.Name}` is called on (`{first.Spelling}`)", name!.Location);
        return null;
    }
}
