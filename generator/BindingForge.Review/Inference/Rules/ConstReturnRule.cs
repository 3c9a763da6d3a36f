using BindingForge.Review.Inference.Analysis;
using BindingForge.Review.Inference.Evidence;

namespace BindingForge.Review.Inference.Rules;

/// <summary>
/// A return type that points to <c>const</c> (<c>const char *</c>, <c>const void *</c>) hands out something the
/// caller may not change, and so, in practice, may not free: borrowed. Const that comes with a typedef
/// (<c>typedef const char *sqlite3_filename</c>) was not written for this function and weighs less than a comment.
/// </summary>
internal sealed class ConstReturnRule : IInferenceRule
{
    public string Name => "const-return";

    public void Apply(InferenceContext context, ClaimBoard claims)
    {
        foreach (var function in context.Functions)
        {
            var type = function.ReturnType;
            if (!context.Types.IsDataPointer(type) || !context.Types.PointsToConst(type))
                continue;
            if (type is Model.Header.PointerType)
                claims.Add(Subject.Return(function.Name), Facts.Ownership, Facts.Borrowed, Strength.Const, Name, $"returns `{type.Spelling}` (const)");
            else
                claims.Add(Subject.Return(function.Name), Facts.Ownership, Facts.Borrowed, Strength.Const - 25, Name, $"returns `{type.Spelling}`, a typedef of a pointer to const");
        }
    }
}
