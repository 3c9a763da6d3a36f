using BindingForge.Model.Header;
using BindingForge.Review.Inference.Analysis;
using BindingForge.Review.Inference.Evidence;

namespace BindingForge.Review.Inference.Rules;

/// <summary>
/// A function that fills a caller's buffer and returns a pointer of the buffer's own type returns that buffer
/// (<c>char *gzgets(gzFile, char *buf, int len)</c>, like <c>fgets</c>; <c>sqlite3_vsnprintf(int, char *, ...)</c>):
/// the result is borrowed from the argument. The buffer comes with its length, before or after it.
/// </summary>
internal sealed class ReturnsArgumentRule : IInferenceRule
{
    public string Name => "returns-argument";

    public void Apply(InferenceContext context, ClaimBoard claims)
    {
        var types = context.Types;
        foreach (var function in context.Functions.Where(f => types.IsDataPointer(f.ReturnType) && !types.PointsToConst(f.ReturnType)))
        {
            for (var i = 0; i < function.Parameters.Length; i++)
            {
                var buffer = function.Parameters[i];
                if (buffer.Type.Spelling != function.ReturnType.Spelling || types.PointsToConst(buffer.Type) || types.HandleOfValue(buffer.Type) is not null)
                    continue;
                if (!HasLength(types, function, i))
                    continue;
                var source = $"returns `{function.ReturnType.Spelling}` like its buffer argument `{buffer.Name}`";
                claims.Add(Subject.Return(function.Name), Facts.Ownership, Facts.Borrowed, Strength.Shape, Name, source);
                claims.Add(Subject.Return(function.Name), Facts.Of, buffer.Name, Strength.Shape, Name, source);
            }
        }
    }

    /// <summary>An integer right after the buffer named as its length, or any integer right before it (<c>(int n, char *buf)</c>).</summary>
    private static bool HasLength(TypeFacts types, FunctionDecl function, int index)
    {
        var parameters = function.Parameters;
        var after = index + 1 < parameters.Length && types.IsIntegerOrPointerToInteger(parameters[index + 1].Type)
            && LengthPairRule.IsLengthName(parameters[index + 1].Name, parameters[index].Name);
        var before = index > 0 && types.Shape.IsInteger(parameters[index - 1].Type);
        return after || before;
    }
}
