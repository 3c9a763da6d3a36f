using System.Collections.Immutable;
using BindingForge.Model;
using BindingForge.Model.Contracts;
using BindingForge.Model.Header;

namespace BindingForge.Contracts.Binding;

/// <summary>
/// Chooses each parameter's <see cref="ParamShape"/> once, from its bound facts (after the hidden parameters were
/// linked). Facts that describe two shapes at once are BF2119 at the parameter, and the parameter takes the first
/// of them, as the safe style always did: a contract that binds with errors is not generated anyway. A parameter
/// with no fact of its own takes the shape its C type suggests (<see cref="ParamShape.Scalar"/>,
/// <see cref="ParamShape.ByReference"/> or <see cref="ParamShape.Unsupported"/>); the safe style still checks that
/// its thin type fits.
/// </summary>
internal static partial class ShapeBinder
{
    public static ImmutableArray<BoundParam> Bind(ImmutableArray<BoundParam> parameters, FunctionScope scope)
    {
        var result = ImmutableArray.CreateBuilder<BoundParam>(parameters.Length);
        foreach (var param in parameters)
        {
            var candidates = Candidates(param, scope.Context).ToList();
            if (candidates.Count > 0)
                candidates.RemoveAll(c => Refines(candidates[0].Shape, c.Shape));
            if (candidates.Count > 1)
                Ambiguous(param, candidates, scope);
            result.Add(param with { Shape = candidates.Count > 0 ? candidates[0].Shape : Unstated(param.Decl.Type, scope.Context.Shape) });
        }

        return result.MoveToImmutable();
    }

    /// <summary>Every shape the parameter's facts describe, in the order that decides between them.</summary>
    private static IEnumerable<(string Fact, ParamShape Shape)> Candidates(BoundParam p, BindContext context)
    {
        if (p.Value is { } value)
            yield return ("value", new ParamShape.Fixed(value));
        if (p is { Optional: true, Out: not null })
            yield return ("optional", new ParamShape.OmittedOut());
        if (!p.LengthOf.IsEmpty)
            yield return ("a length other parameters name", new ParamShape.LengthCarrier(p.LengthOf));
        if ((p.UserDataOf ?? p.DestroyOf) is { } callback)
            yield return ("the user data or destroy of a callback", new ParamShape.CallbackData(callback));
        var handleIn = p is { Handle: { } key, Out: null } && context.HandleTypes.OfValue(p.Decl.Type) == key;
        if (handleIn && p.Consumed)
            yield return ("consumed", new ParamShape.Consumed(p.Handle!, p.Nullable, p.ConsumedOnSuccess));
        else if (handleIn)
            yield return ("a handle", new ParamShape.HandleIn(p.Handle!, p.Nullable) { KeptBy = p.KeptByParameter });
        if (p is { Struct: { } shape, Out: null })
            yield return ("a struct", new ParamShape.StructIn(shape, p.Nullable, p.Fields));
        if (p is { Out: OutKind.Owned, Handle: { } owned })
            yield return ("out: owned", new ParamShape.OutOwnedHandle(owned, p.Nullable, p.ParentParameters) { Pool = p.FromPoolParameter });
        if (p is { Out: OutKind.Borrowed, Handle: { } borrowed })
            yield return ("out: borrowed", new ParamShape.OutBorrowedHandle(borrowed, p.Nullable, p.Borrowed));
        if (p is { Out: OutKind.Owned or OutKind.Borrowed, String: { } text })
            yield return ("an out string", new ParamShape.OutString(text, p.Out.Value, p.Owned, p.Nullable));
        if (p is { Out: null, String: StringEncoding.Utf8 or StringEncoding.Ascii })
            yield return ("string", new ParamShape.StringIn(p.String.Value, p.Nullable, p.Length));
        if (p is { Out: null, String: StringEncoding.Bytes })
            yield return ("string: bytes", new ParamShape.BytesIn(p.Length));
        if (p is { Out: null, String: StringEncoding.Utf16 })
            yield return ("string: utf16", new ParamShape.Utf16In(p.Nullable));
        if (p.Array is { } direction)
            yield return ("array", new ParamShape.BufferWithLength(direction, p.Length, p.Element, p.Nullable));
        if (p.Callback is { } fact)
            yield return ("callback", new ParamShape.Callback(fact, p.Nullable));
        if (p.Out == OutKind.CallerAllocates)
            yield return ("out: caller-allocates", new ParamShape.OutScalar());
        if (p.InOut)
            yield return ("inout", new ParamShape.InOutScalar());
    }

    /// <summary>A fact that only says more about the first shape: <c>inout</c> on a length carrier that is a pointer
    /// (zlib's <c>uLongf *destLen</c>, capacity in, count out); <c>optional</c> on any out value (NULL is passed).</summary>
    private static bool Refines(ParamShape first, ParamShape other) => (first, other) switch
    {
        (ParamShape.LengthCarrier, ParamShape.InOutScalar) => true,
        (ParamShape.OmittedOut, ParamShape.OutOwnedHandle or ParamShape.OutBorrowedHandle or ParamShape.OutString or ParamShape.OutScalar) => true,
        _ => false,
    };

    /// <summary>No fact of its own: a value, a data pointer (a <c>ref</c> when it points to a struct or scalar), or neither.</summary>
    private static ParamShape Unstated(CType type, TypeShape shape)
    {
        if (shape.AsPointer(type) is not { } pointer)
            return new ParamShape.Scalar();
        return shape.Resolve(pointer.Pointee) is FunctionType ? new ParamShape.Unsupported() : new ParamShape.ByReference();
    }

    private static void Ambiguous(BoundParam param, List<(string Fact, ParamShape Shape)> candidates, FunctionScope scope) =>
        Ambiguous($"parameter `{param.Decl.Name}` of `{scope.Decl.Name}`", candidates.Select(c => c.Fact), "parameters", param.Provenance.Location, scope);

    /// <summary>BF2119: <paramref name="subject"/> is described by <paramref name="facts"/>, which choose different shapes.</summary>
    private static void Ambiguous(string subject, IEnumerable<string> facts, string kind, SourceLocation location, FunctionScope scope) =>
        scope.Context.Error(ContractDiagnosticIds.AmbiguousShape,
            $"{subject} is {string.Join(" and ", facts)}: these describe different {kind}; keep the one that is true", location);
}
