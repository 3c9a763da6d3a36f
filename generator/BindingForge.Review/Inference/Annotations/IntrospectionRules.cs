using BindingForge.Review.Inference.Analysis;
using BindingForge.Review.Inference.Evidence;
using BindingForge.Review.Inference.Rules;

namespace BindingForge.Review.Inference.Annotations;

/// <summary>
/// GObject-Introspection annotations in the comments of the headers and of the library's sources
/// (<c>init --sources DIR</c>): <c>(transfer full)</c>, <c>(nullable)</c>, <c>(out caller-allocates)</c>,
/// <c>(array length=n)</c>, <c>(scope notified)</c>, <c>(closure data)</c>, <c>(destroy notify)</c> ...
/// </summary>
internal sealed class AnnotationCommentRule : IInferenceRule
{
    public string Name => "annotation";

    public void Apply(InferenceContext context, ClaimBoard claims)
    {
        var mapper = new GiFactMapper(context, claims, IntrospectionStrength.Annotation, Name);
        foreach (var function in context.Functions)
        {
            if (context.Introspection.Comments.TryGetValue(function.Name, out var statement))
                mapper.Map(function, statement);
        }
    }
}

/// <summary>The library's introspection file (<c>.gir</c>): the same annotations, compiled by g-ir-scanner, each at its element's line.</summary>
internal sealed class GirRule : IInferenceRule
{
    public string Name => "gir"; // GiFactMapper reads .gir absences by this name

    public void Apply(InferenceContext context, ClaimBoard claims)
    {
        var mapper = new GiFactMapper(context, claims, IntrospectionStrength.Gir, Name);
        foreach (var function in context.Functions)
        {
            if (context.Introspection.GirFunctions.TryGetValue(function.Name, out var statement) && statement.Arity == function.Parameters.Length)
                mapper.Map(function, statement);
        }
    }
}
