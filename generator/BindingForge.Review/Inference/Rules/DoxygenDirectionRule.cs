using BindingForge.Model.Header;
using BindingForge.Review.Inference.Analysis;
using BindingForge.Review.Inference.Evidence;

namespace BindingForge.Review.Inference.Rules;

/// <summary>
/// Doxygen <c>\param[in]</c>, <c>[out]</c> and <c>[in,out]</c>: which way a pointer argument carries data. An
/// <c>[out]</c> pointer to a scalar or struct is storage the caller provides (<c>out: caller-allocates</c>); an
/// <c>[in,out]</c> pointer to a scalar is read and written (<c>inout</c>). The direction of <c>T**</c> and buffer
/// parameters is left for the rules that know about ownership and lengths.
/// </summary>
internal sealed class DoxygenDirectionRule : IInferenceRule
{
    public string Name => "doxygen-direction";

    public void Apply(InferenceContext context, ClaimBoard claims)
    {
        if (!context.Docs.OwnersAreReliable)
            return;
        foreach (var function in context.Functions)
        {
            if (function.Doc is not { } doc)
                continue;
            foreach (var parameter in function.Parameters)
            {
                if (!doc.Params.TryGetValue(parameter.Name, out var paramDoc) || paramDoc.Direction == ParamDirection.Unspecified)
                    continue;
                var subject = Subject.Param(function.Name, parameter.Name);
                var direction = Spell(paramDoc.Direction);
                var source = $"Doxygen \\param[{direction.Replace("inout", "in,out", StringComparison.Ordinal)}] {parameter.Name}";
                claims.Add(subject, Facts.Direction, direction, Strength.Doxygen, Name, source);
                Storage(context, parameter, paramDoc.Direction, subject, source, claims);
            }
        }
    }

    /// <summary>A pointer to one scalar or struct: <c>[out]</c> is caller-allocated storage, <c>[in,out]</c> on a scalar is inout.</summary>
    private void Storage(InferenceContext context, ParameterDecl parameter, ParamDirection direction, Subject subject, string source, ClaimBoard claims)
    {
        var types = context.Types;
        if (types.Pointee(parameter.Type) is not { } pointee || types.Shape.IsPointer(pointee) || types.Shape.IsVoid(pointee) || types.IsChar(pointee))
            return;
        if (types.HandleOfValue(parameter.Type) is { IsOpaque: true })
            return;
        if (direction == ParamDirection.Out)
            claims.Add(subject, Facts.Out, "caller-allocates", Strength.Doxygen, Name, source);
        else if (direction == ParamDirection.InOut && types.Shape.IsScalar(pointee))
            claims.Add(subject, Facts.InOut, "true", Strength.Doxygen, Name, source);
    }

    private static string Spell(ParamDirection direction) => direction switch
    {
        ParamDirection.In => "in",
        ParamDirection.Out => "out",
        _ => "inout",
    };
}
