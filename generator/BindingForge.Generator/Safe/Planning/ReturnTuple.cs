namespace BindingForge.Generator.Safe.Planning;

/// <summary>
/// The return of a call that hands back several values, or one next to a C result worth returning: a named tuple,
/// the C result first (<c>Result</c>), then the values in C order, each named after its handle class when it is a
/// handle and after its parameter otherwise:
/// <code>
/// public (Statement Statement, string? Tail) PrepareV3(string sql, uint prepFlags)
///     ... return (__ppStmt, __pzTailText);
/// public (int Result, int NextInConsumed, int NextOutWritten) Deflate(ReadOnlySpan&lt;byte&gt; nextIn, Span&lt;byte&gt; nextOut, int flush)
/// </code>
/// </summary>
internal static class ReturnTuple
{
    /// <summary>The tuple type, the expression that builds it, and its <c>&lt;returns&gt;</c> text.</summary>
    public static (string Type, string Expression, string? Doc) Of((string Type, string Expression, string? Doc)? result, IReadOnlyList<SafeParameter> values,
        Func<SafeParameter, string?> docOf)
    {
        var elements = new List<(string Type, string Name, string Expression, string? Doc)>();
        if (result is { } r)
            elements.Add((r.Type, "Result", r.Expression, r.Doc));
        foreach (var value in values)
            elements.Add((value.Type, ElementName(value, elements.Select(e => e.Name)), value.OutExpression!, docOf(value)));

        var type = "(" + string.Join(", ", elements.Select(e => $"{e.Type} {e.Name}")) + ")";
        var expression = "(" + string.Join(", ", elements.Select(e => e.Expression)) + ")";
        var documented = elements.Where(e => e.Doc is not null).Select(e => $"{e.Name}: {e.Doc!.TrimEnd('.')}.").ToList();
        return (type, expression, documented.Count == 0 ? null : string.Join(" ", documented));
    }

    /// <summary>The handle class for a handle (<c>Statement</c>), else the parameter in PascalCase; never a name taken
    /// before, nor one of <see cref="System.ValueTuple"/>'s own (<c>Item1</c>, <c>Rest</c>).</summary>
    private static string ElementName(SafeParameter value, IEnumerable<string> taken)
    {
        var type = value.Type.TrimEnd('?');
        var name = value.IsHandle ? type : SafeNames.Pascal(SafeNames.Bare(value.Name));
        if (name is "Rest" or "ToString" or "GetHashCode" or "Equals" || name.StartsWith("Item", StringComparison.Ordinal) || taken.Contains(name))
            name = SafeNames.Pascal(SafeNames.Bare(value.Name)) + "Value";
        while (taken.Contains(name))
            name += "_";
        return name;
    }
}
