using BindingForge.Model.Header;
using BindingForge.Review.Inference.Analysis;
using BindingForge.Review.Inference.Evidence;

namespace BindingForge.Review.Inference.Rules;

/// <summary>
/// Character pointers that are text: a <c>const char *</c> parameter is a string the callee reads; a
/// <c>char *</c> return is text too. <c>unsigned char *</c> is text only when the name says so (<c>text</c>,
/// <c>name</c>, <c>str</c> ...): otherwise it is a byte buffer. UTF-8 is proposed because it is what C libraries that
/// say anything about encodings say; a reviewer changes it to <c>ascii</c> where that is the truth.
/// </summary>
internal sealed class TextRule : IInferenceRule
{
    private static readonly HashSet<string> TextWords = ["text", "str", "string", "name", "sql", "msg", "message", "path", "version", "utf8", "title", "label"];

    public string Name => "text";

    public void Apply(InferenceContext context, ClaimBoard claims)
    {
        var types = context.Types;
        foreach (var function in context.Functions)
        {
            if (types.IsCharPointer(function.ReturnType) && (IsPlainChar(types, function.ReturnType) || SaysText(context.Words(function.Name).Words)))
            {
                var strength = types.PointsToConst(function.ReturnType) ? Strength.Const : Strength.Shape;
                claims.Add(Subject.Return(function.Name), Facts.String, "utf8", strength, Name, $"`{function.ReturnType.Spelling}` return: text");
            }

            foreach (var parameter in function.Parameters)
            {
                if (types.IsCharPointer(parameter.Type) && types.PointsToConst(parameter.Type) && IsPlainChar(types, parameter.Type))
                    claims.Add(Subject.Param(function.Name, parameter.Name), Facts.String, "utf8", Strength.Const, Name, $"`{parameter.Type.Spelling}` parameter");
            }
        }
    }

    private static bool IsPlainChar(TypeFacts types, CType pointer) =>
        types.Pointee(pointer) is { } pointee && types.Shape.Resolve(pointee) is PrimitiveType { Kind: PrimitiveKind.Char or PrimitiveKind.SChar };

    private static bool SaysText(IEnumerable<string> words) => words.Any(TextWords.Contains);
}
