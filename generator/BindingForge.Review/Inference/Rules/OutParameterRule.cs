using BindingForge.Model.Header;
using BindingForge.Review.Inference.Analysis;
using BindingForge.Review.Inference.Evidence;

namespace BindingForge.Review.Inference.Rules;

/// <summary>
/// <c>T**</c> out-parameters. A pointer to a handle pointer that is the last parameter, or the only one of its kind,
/// is where a constructor puts its result: an owned out (<c>sqlite3_open(..., sqlite3 **ppDb)</c>). A <c>char **</c>
/// named like an output (<c>errmsg</c>, <c>pzErr</c>, <c>out</c>) carries text the caller must free; a
/// <c>const char **</c> so named points into something else: borrowed.
/// </summary>
internal sealed class OutParameterRule : IInferenceRule
{
    public string Name => "out-parameter";

    public void Apply(InferenceContext context, ClaimBoard claims)
    {
        var types = context.Types;
        foreach (var function in context.Functions)
        {
            if (function.Parameters.Length == 1 && context.Words(function.Name).IndexOfVerb(Verbs.Release) >= 0)
                continue; // x_free(x **p): frees and clears, hands nothing out
            var outs = function.Parameters.Where(p => OwnershipTargets.IsOutValue(types, p.Type)).ToList();
            foreach (var parameter in outs)
            {
                var subject = Subject.Param(function.Name, parameter.Name);
                if (claims.About(subject, Facts.Direction).Any(c => c.Value == "in"))
                    continue;
                if (types.HandleOfOut(parameter.Type) is { } handle)
                    HandleOut(function, parameter, handle, outs.Count, claims, subject);
                else if (types.IsCharPointer(types.Pointee(parameter.Type)!))
                    TextOut(context, function, parameter, claims, subject);
            }
        }
    }

    private void HandleOut(FunctionDecl function, ParameterDecl parameter, HandleType handle, int outCount, ClaimBoard claims, Subject subject)
    {
        var last = function.Parameters[^1] == parameter;
        if (!last && outCount > 1)
            return;
        var where = last ? "last parameter" : "only out parameter";
        claims.Add(subject, Facts.Ownership, Facts.Owned, Strength.Shape, Name, $"`{parameter.Type.Spelling}` {where}: a new `{handle.Key}` is handed out");
    }

    private void TextOut(InferenceContext context, FunctionDecl function, ParameterDecl parameter, ClaimBoard claims, Subject subject)
    {
        var declaredOut = claims.About(subject, Facts.Direction).Any(c => c.Value == "out");
        if (!declaredOut && !LooksLikeOutput(parameter.Name))
            return;
        var constText = context.Types.PointsToConst(context.Types.Pointee(parameter.Type)!);
        claims.Add(subject, Facts.String, "utf8", Strength.Shape, Name, $"`{parameter.Type.Spelling}` output");
        claims.Add(subject, Facts.Ownership, constText ? Facts.Borrowed : Facts.Owned, constText ? Strength.Const : Strength.Shape, Name,
            constText ? $"`{parameter.Type.Spelling}` output points to const text" : $"`{parameter.Type.Spelling}` output of `{function.Name}`: text the callee allocates");
    }

    /// <summary><c>ppOut</c>, <c>pzErrMsg</c>, <c>errmsg</c>, <c>out_str</c>, <c>result</c>: names of outputs.</summary>
    public static bool LooksLikeOutput(string name)
    {
        var lower = name.ToLowerInvariant();
        if (name.Length > 1 && name[0] == 'p' && (char.IsUpper(name[1]) || (name.Length > 2 && name[1] is 'p' or 'z' && char.IsUpper(name[2]))))
            return true;
        return lower.StartsWith("out", StringComparison.Ordinal) || lower.EndsWith("out", StringComparison.Ordinal)
            || lower.Contains("err", StringComparison.Ordinal) || lower.Contains("result", StringComparison.Ordinal)
            || lower.StartsWith("ret", StringComparison.Ordinal) || lower.EndsWith("_ptr", StringComparison.Ordinal);
    }
}
