using BindingForge.Model.Header;
using BindingForge.Review.Inference.Analysis;
using BindingForge.Review.Inference.Evidence;

namespace BindingForge.Review.Inference.Rules;

/// <summary>
/// Where a statement about "the result" of a function lands: on its return when it returns a pointer, otherwise on
/// its out-parameters (<c>T**</c>), since C functions that return a status hand their results out through those.
/// A deallocator named with the statement narrows it to the values that deallocator can free: the handle it releases
/// (then it is that handle's <c>release</c>), the type it takes (<c>sqlite3_free_table(char **)</c>), or, for the
/// library's general <c>free(void *)</c>, any value that is not a handle.
/// </summary>
internal static class OwnershipTargets
{
    public static void Claim(InferenceContext context, ClaimBoard claims, string function, string ownership, string? deallocator, int strength, string rule, string source)
    {
        if (context.Header.FindFunction(function) is not { IsVariadic: false } decl)
            return;
        var free = deallocator is null ? null : context.Header.FindFunction(deallocator) is { Parameters.Length: 1 } f ? f : null;
        if (deallocator is not null && free is null)
            return;
        foreach (var (subject, value, handle) in Values(context.Types, decl))
        {
            if (free is not null && !CanFree(context.Types, free, value, handle))
                continue;
            claims.Add(subject, Facts.Ownership, ownership, strength, rule, source);
            if (ownership != Facts.Owned || free is null)
                continue;
            if (handle is not null)
                claims.Add(Subject.Handle(handle.Identity), Facts.Release, free.Name, strength, rule, source);
            else
                claims.Add(subject, Facts.Free, free.Name, strength, rule, source);
        }
    }

    /// <summary>Only the values of one handle: a naming pair speaks about that handle and no other output.</summary>
    public static void ClaimHandle(InferenceContext context, ClaimBoard claims, FunctionDecl function, HandleType handle, string ownership, int strength, string rule, string source)
    {
        foreach (var (subject, _, valueHandle) in Values(context.Types, function))
        {
            if (valueHandle?.Identity == handle.Identity)
                claims.Add(subject, Facts.Ownership, ownership, strength, rule, source);
        }
    }

    /// <summary>A <c>T**</c> that hands a value out (not an array of strings the callee reads, not <c>void**</c>).</summary>
    public static bool IsOutValue(TypeFacts types, CType type) =>
        types.Pointee(type) is { } pointee && types.Shape.IsPointer(pointee) && !types.PointsToConst(type)
        && !types.IsVoidPointer(pointee) && types.Shape.AsFunctionPointer(pointee) is null;

    /// <summary>The return when it is a pointer, else the out values: (subject, the value's type, its handle).</summary>
    private static IEnumerable<(Subject Subject, CType Value, HandleType? Handle)> Values(TypeFacts types, FunctionDecl function)
    {
        if (types.IsDataPointer(function.ReturnType))
        {
            yield return (Subject.Return(function.Name), function.ReturnType, types.HandleOfValue(function.ReturnType));
            yield break;
        }

        foreach (var parameter in function.Parameters.Where(p => IsOutValue(types, p.Type)))
            yield return (Subject.Param(function.Name, parameter.Name), types.Pointee(parameter.Type)!, types.HandleOfOut(parameter.Type));
    }

    private static bool CanFree(TypeFacts types, FunctionDecl free, CType value, HandleType? handle)
    {
        var taken = free.Parameters[0].Type;
        if (types.HandleOfValue(taken) is { } released)
            return handle?.Identity == released.Identity;
        if (handle is not null)
            return false;
        if (types.IsVoidPointer(taken))
            return types.Pointee(value) is not { } pointee || !types.Shape.IsPointer(pointee);
        return taken.Spelling == value.Spelling || types.Shape.SameType(taken, value);
    }
}
