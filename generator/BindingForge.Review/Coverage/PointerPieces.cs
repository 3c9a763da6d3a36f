using BindingForge.Contracts.Binding;
using BindingForge.Model.Contracts;
using BindingForge.Model.Header;

namespace BindingForge.Review.Coverage;

/// <summary>
/// Which pointers of a bound function still lack a fact. A pointer is explained by an ownership fact (owned,
/// borrowed, out, consumed, a return that `updates` an argument), by what it carries (string, array, callback, inout, a fixed value, struct fields), by
/// being a handle or caller-allocated struct of the contract, or by the format's default (a pointer to one scalar
/// or complete struct is a <c>ref</c>). What is left (a pointer return, a <c>T**</c>, a <c>void *</c>, a character
/// pointer, a function pointer with no fact) needs a reviewer's decision.
/// </summary>
internal static class PointerPieces
{
    /// <summary>True when the function returns or takes a pointer at all.</summary>
    public static bool IsPointerBearing(FunctionDecl decl, TypeShape shape) =>
        shape.IsPointer(decl.ReturnType) || decl.Parameters.Any(p => shape.IsPointer(p.Type));

    /// <summary>The pointers of <paramref name="function"/> with no fact, described for a message; empty when covered.</summary>
    public static IEnumerable<string> Uncovered(BoundFunction function, TypeShape shape)
    {
        if (function.Skip is not null)
            yield break;
        var decl = function.Decl;
        if (shape.IsPointer(decl.ReturnType) && function.Return is { Owned: null, Borrowed: null, UpdatesParameter: null })
            yield return $"the return (`{decl.ReturnType.Spelling}`)";
        foreach (var parameter in function.Parameters)
        {
            if (shape.IsPointer(parameter.Decl.Type) && !IsCovered(parameter, shape))
                yield return $"parameter `{parameter.Decl.Name}` (`{parameter.Decl.Type.Spelling}`)";
        }
    }

    private static bool IsCovered(BoundParam parameter, TypeShape shape)
    {
        if (parameter.IsHidden || HasFact(parameter))
            return true;
        var type = parameter.Decl.Type;
        if (shape.IsPointerToPointer(type) || shape.AsFunctionPointer(type) is not null)
            return false;
        if (parameter.Handle is not null || parameter.Struct is not null)
            return true;
        var pointee = shape.AsPointer(type)!.Pointee;
        return !shape.IsVoid(pointee) && !shape.IsTextPointer(type);
    }

    private static bool HasFact(BoundParam p) =>
        p.Out is not null || p.Owned is not null || p.Borrowed is not null || p.String is not null || p.Array is not null
        || p.Callback is not null || p.InOut || p.Consumed || p.Value is not null || !p.Fields.IsEmpty;
}
