using BindingForge.Generator.CSharp;
using BindingForge.Model.Header;

namespace BindingForge.Generator.Safe.Planning;

/// <summary>
/// XML documentation of safe methods, from the header comment: the summary, the parameters the method still has
/// (hidden ones dropped, renamed ones under their C# name), what it returns, what it throws, and remarks about the
/// contract's facts.
/// </summary>
internal static class Docs
{
    public static string Escape(string text) => DocComments.Escape(text);

    /// <summary>The doc lines of a method, each starting with <c>///</c>.</summary>
    /// <param name="cName">The C function called, named in the summary when its header has no comment on it.</param>
    public static List<string> Method(Documentation? doc, IReadOnlyList<SafeParameter> parameters, string? returns,
        IEnumerable<(string Type, string When)> throws, IEnumerable<string> remarks, string cName)
    {
        var header = doc is null ? null : doc with { Returns = returns };
        var named = parameters.Select(p => (p.DocName ?? "\u0001" + p.Name, p.Name)).ToList();
        var lines = DocComments.For(header, named).ToList();
        if (doc is null && lines.Count == 0)
            lines.Add($"/// <summary>Calls <c>{Escape(cName)}</c>.</summary>");
        foreach (var (type, when) in throws.Distinct())
            lines.Add($"/// <exception cref=\"{type}\">{when}</exception>");
        var remark = string.Join(" ", remarks.Distinct());
        if (remark.Length > 0)
            lines.Add($"/// <remarks>{Escape(remark)}</remarks>");
        return lines;
    }
}
