using BindingForge.Model.Header;
using BindingForge.Review.Inference.Analysis;
using BindingForge.Review.Inference.Evidence;

namespace BindingForge.Review.Inference.Rules;

/// <summary>
/// <c>_Nullable</c>/<c>_Nonnull</c> on a pointer, and the GNU attributes <c>nonnull</c> and <c>returns_nonnull</c>:
/// the compiler's own word on whether null is allowed.
/// </summary>
internal sealed class NullabilityAttributeRule : IInferenceRule
{
    public string Name => "nullability-attribute";

    public void Apply(InferenceContext context, ClaimBoard claims)
    {
        foreach (var function in context.Functions)
        {
            if (function.ReturnType is PointerType { Nullability: not Nullability.Unspecified } returned)
                claims.Add(Subject.Return(function.Name), Facts.Nullable, Flag(returned.Nullability), Strength.Attribute, Name, Spell(returned.Nullability) + " on the return type");
            for (var i = 0; i < function.Parameters.Length; i++)
            {
                if (function.Parameters[i].Type is PointerType { Nullability: not Nullability.Unspecified } pointer)
                    claims.Add(Subject.Param(function.Name, function.Parameters[i].Name), Facts.Nullable, Flag(pointer.Nullability), Strength.Attribute, Name, Spell(pointer.Nullability) + " on the parameter");
            }

            ApplyGnu(function, context, claims);
        }
    }

    private void ApplyGnu(FunctionDecl function, InferenceContext context, ClaimBoard claims)
    {
        foreach (var attribute in function.Attributes.Select(AttributeText.Parse))
        {
            if (attribute.Name == "returns_nonnull")
                claims.Add(Subject.Return(function.Name), Facts.Nullable, "false", Strength.Attribute, Name, "attribute returns_nonnull");
            if (attribute.Name != "nonnull")
                continue;
            var indexes = attribute.Arguments.IsEmpty
                ? Enumerable.Range(0, function.Parameters.Length).Where(i => context.Types.Shape.IsPointer(function.Parameters[i].Type))
                : attribute.ParameterIndexes().Where(i => i < function.Parameters.Length);
            foreach (var index in indexes)
                claims.Add(Subject.Param(function.Name, function.Parameters[index].Name), Facts.Nullable, "false", Strength.Attribute, Name, $"attribute {string.Join(", ", function.Attributes.Where(a => a.StartsWith("nonnull", StringComparison.Ordinal)))}");
        }
    }

    private static string Flag(Nullability nullability) => nullability == Nullability.Nullable ? "true" : "false";

    private static string Spell(Nullability nullability) => nullability == Nullability.Nullable ? "_Nullable" : "_Nonnull";
}
