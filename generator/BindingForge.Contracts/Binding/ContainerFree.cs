using BindingForge.Contracts.Syntax;
using BindingForge.Contracts.Vocabulary;
using BindingForge.Model.Contracts;
using BindingForge.Model.Header;

namespace BindingForge.Contracts.Binding;

/// <summary>
/// A container owned together with its elements (<c>owned: { free: g_list_free_full, elements: g_object_unref }</c>):
/// <c>free</c> takes the container and a function pointer that releases one element, and <c>elements</c> is a
/// function that can be that pointer: it takes exactly one pointer (BF2172 otherwise).
/// </summary>
internal static class ContainerFree
{
    public static OwnedFact? Bind(OwnedSyntax owned, BindContext context)
    {
        if (owned.Free is not { } freeName)
        {
            context.Error(ContractDiagnosticIds.MissingKey, $"{OwnedKeys.Elements.Quoted} needs {OwnedKeys.Free.Quoted}, the function that frees the container and its elements", owned.Elements!.Location);
            return null;
        }

        var free = context.Function(freeName, "free function");
        var elements = context.Function(owned.Elements, "element release function");
        if (free is null || elements is null)
            return null;
        var shape = context.Shape;
        if (free.Parameters.Length != 2 || !shape.IsPointer(free.Parameters[0].Type) || shape.AsFunctionPointer(free.Parameters[1].Type) is not { Parameters.Length: 1 } notify)
        {
            context.Error(ContractDiagnosticIds.ElementsDoNotFit,
                $"free function `{free.Name}({Signature(free)})` of a container owned with its elements must take the container and a function that releases one element", freeName.Location);
            return null;
        }

        if (elements.Parameters.Length != 1 || !shape.IsPointer(elements.Parameters[0].Type) || !shape.IsPointer(notify.Parameters[0]))
        {
            context.Error(ContractDiagnosticIds.ElementsDoNotFit,
                $"element release function `{elements.Name}({Signature(elements)})` must take exactly one argument, the pointer to one element", owned.Elements!.Location);
            return null;
        }

        return new OwnedFact(free, owned.Location) { Elements = elements };
    }

    private static string Signature(FunctionDecl function) => string.Join(", ", function.Parameters.Select(p => p.Type.Spelling));
}
