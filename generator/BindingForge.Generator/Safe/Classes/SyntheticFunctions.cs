using BindingForge.Model.Contracts;
using BindingForge.Model.Header;

namespace BindingForge.Generator.Safe.Classes;

/// <summary>
/// The facts of a function the contract does not list: none, except what its types already say (a parameter that
/// is a handle or a caller-allocated struct, a returned handle; handles are recognised by the thin type of their
/// values). Missing facts take the format's defaults: a handle argument is leased for the call and neither consumed
/// nor nullable; a pointer result, text or a bare pointer with no fact leaves the function thin-only.
/// </summary>
internal static class SyntheticFunctions
{
    public static BoundFunction For(SafeContext context, FunctionDecl decl)
    {
        var provenance = Provenance.At(decl.Location);
        var parameters = decl.Parameters.Select((p, i) => new BoundParam(p, i, provenance)
        {
            Handle = HandleOf(context, p.Type, out var pointsToHandle) is { } key && !pointsToHandle ? key : null,
            Struct = StructOf(context, p.Type),
        });
        var handle = HandleOf(context, decl.ReturnType, out var isOut);
        return new BoundFunction(decl, BoundReturn.None(decl.Location) with { Handle = isOut ? null : handle }, [.. parameters], provenance);
    }

    /// <summary>The handle key of a handle value (<c>sqlite3*</c>) or an out pointer to one (<c>sqlite3**</c>).</summary>
    private static string? HandleOf(SafeContext context, CType type, out bool isOut)
    {
        var mapped = context.Thin.Map(type);
        isOut = false;
        if (!mapped.IsSupported || !mapped.IsPointer || mapped.IsFunctionPointer || mapped.Name == "void*")
            return null;
        foreach (var handle in context.Handles.Values.Where(h => h.PointerType != "void*"))
        {
            if (mapped.Name == handle.PointerType)
                return handle.CTypeName;
            if (mapped.Name == handle.PointerType + "*")
            {
                isOut = true;
                return handle.CTypeName;
            }
        }

        return null;
    }

    private static string? StructOf(SafeContext context, CType type)
    {
        var mapped = context.Thin.Map(type);
        return mapped.IsSupported ? context.Structs.Values.FirstOrDefault(s => s.PointerType == mapped.Name)?.CTypeName : null;
    }
}
