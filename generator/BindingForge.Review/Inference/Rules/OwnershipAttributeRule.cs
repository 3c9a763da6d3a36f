using BindingForge.Review.Inference.Analysis;
using BindingForge.Review.Inference.Evidence;

namespace BindingForge.Review.Inference.Rules;

/// <summary>
/// Clang's ownership attributes: <c>ownership_returns(kind)</c> hands out a value the caller owns,
/// <c>ownership_takes(kind, n)</c> takes over argument n (a one-argument function that takes its argument is the
/// release of that type), <c>ownership_holds(kind, n)</c> keeps a pointer to argument n without freeing it.
/// </summary>
internal sealed class OwnershipAttributeRule : IInferenceRule
{
    public string Name => "ownership-attribute";

    public void Apply(InferenceContext context, ClaimBoard claims)
    {
        foreach (var function in context.Header.Functions.Where(f => !f.IsVariadic))
        {
            foreach (var attribute in function.Attributes.Select(AttributeText.Parse))
            {
                var source = $"attribute {attribute.Name}({string.Join(", ", attribute.Arguments)})";
                if (attribute.Name == "ownership_returns" && context.Types.Shape.IsPointer(function.ReturnType))
                    claims.Add(Subject.Return(function.Name), Facts.Ownership, Facts.Owned, Strength.Attribute, Name, source);
                else if (attribute.Name == "ownership_takes")
                    Takes(function, attribute, source, context, claims);
            }
        }
    }

    private void Takes(Model.Header.FunctionDecl function, AttributeText attribute, string source, InferenceContext context, ClaimBoard claims)
    {
        foreach (var index in attribute.ParameterIndexes().Where(i => i < function.Parameters.Length))
        {
            var parameter = function.Parameters[index];
            claims.Add(Subject.Param(function.Name, parameter.Name), Facts.Consumed, "true", Strength.Attribute, Name, source);
            if (function.Parameters.Length == 1 && context.Types.HandleOfValue(parameter.Type) is { } handle)
                claims.Add(Subject.Handle(handle.Identity), Facts.Release, function.Name, Strength.Attribute, Name, $"{source} on {function.Name}");
        }
    }
}
