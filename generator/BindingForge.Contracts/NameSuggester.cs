namespace BindingForge.Contracts;

/// <summary>Finds the known name nearest to a misspelt one, for "did you mean" hints.</summary>
public static class NameSuggester
{
    /// <summary>
    /// The candidate with the smallest edit distance to <paramref name="name"/>, when that distance is small for the
    /// name's length (at most a third of it, and at least 2); ties go to the earliest candidate. Null when none is close.
    /// </summary>
    public static string? Nearest(string name, IEnumerable<string> candidates)
    {
        var limit = Math.Max(2, name.Length / 3);
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            if (Math.Abs(candidate.Length - name.Length) > limit)
                continue;
            var distance = Distance(name, candidate);
            if (distance < bestDistance && distance <= limit)
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        return best;
    }

    /// <summary>" (did you mean `x`?)" or an empty string.</summary>
    public static string Hint(string name, IEnumerable<string> candidates) =>
        Nearest(name, candidates) is { } nearest ? $" (did you mean `{nearest}`?)" : string.Empty;

    /// <summary>Levenshtein distance, case-sensitive, two rows of memory.</summary>
    public static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
            previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
