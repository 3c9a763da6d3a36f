using BindingForge.Model.Contracts;
using BindingForge.Model.Header;

namespace BindingForge.Contracts.Binding;

internal static partial class ShapeBinder
{
    /// <summary>
    /// Chooses the return's <see cref="ReturnShape"/> once, from its bound facts (after the parents were inferred).
    /// A <c>void</c> return is <see cref="ReturnShape.Void"/> whatever else is stated (each such fact is already a
    /// diagnostic). Facts that describe two shapes are BF2119 at the <c>returns:</c> entry, and the return takes the
    /// first of them, as the safe style always did. A return with no fact of its own takes the shape its C type
    /// suggests (<see cref="ReturnShape.Scalar"/> or <see cref="ReturnShape.Unsupported"/>); the safe style still
    /// checks that its thin type fits.
    /// </summary>
    public static BoundReturn Bind(BoundReturn returns, FunctionScope scope)
    {
        var type = scope.Decl.ReturnType;
        var shape = scope.Context.Shape;
        if (shape.IsVoid(type))
            return returns with { Shape = new ReturnShape.Void() };

        var candidates = Candidates(returns).ToList();
        if (candidates.Count > 0)
            candidates.RemoveAll(c => Refines(candidates[0].Shape, c.Shape));
        if (candidates.Count > 1)
            Ambiguous($"the return of `{scope.Decl.Name}`", candidates.Select(c => c.Fact), "return values", returns.Provenance.Location, scope);
        return returns with { Shape = candidates.Count > 0 ? candidates[0].Shape : UnstatedReturn(type, shape) };
    }

    /// <summary>Every shape the return's facts describe, in the order that decides between them.</summary>
    private static IEnumerable<(string Fact, ReturnShape Shape)> Candidates(BoundReturn r)
    {
        if (r is { UpdatesParameter: { } updated, Handle: { } moved })
            yield return ("updates", new ReturnShape.UpdatedHandle(moved, updated));
        if (r.Error is { } domain)
            yield return ("an error code", new ReturnShape.ErrorCode(domain));
        if (r.Handle is { } handle)
            yield return ("a handle", new ReturnShape.Handle(handle, r.Nullable, r.NullIsError, r.Owned, r.Borrowed, r.ParentParameters) { Pool = r.Owned is null ? null : r.FromPoolParameter, DuplicateOf = r.DuplicateOfParameter });
        if (r.String is { } text)
            yield return ("string", new ReturnShape.Text(text, r.Nullable, r.NullIsError, r.Owned, r.Borrowed, r.Length));
        if (r.Length is { } length)
            yield return ("a buffer with a length", new ReturnShape.Buffer(length, r.Element, r.Owned, r.Borrowed));
        if (r.IsBool)
            yield return ("bool", new ReturnShape.Scalar(AsBool: true));
    }

    /// <summary>A fact that only says more about the first shape: the <c>length</c> of returned text; the handle type of
    /// a result that <c>updates</c> an argument.</summary>
    private static bool Refines(ReturnShape first, ReturnShape other) => (first, other) switch
    {
        (ReturnShape.Text, ReturnShape.Buffer) => true,
        (ReturnShape.UpdatedHandle, ReturnShape.Handle) => true,
        _ => false,
    };

    /// <summary>No fact of its own: a value, or a pointer nobody said who owns.</summary>
    private static ReturnShape UnstatedReturn(CType type, TypeShape shape) =>
        shape.IsPointer(type) ? new ReturnShape.Unsupported() : new ReturnShape.Scalar();
}
