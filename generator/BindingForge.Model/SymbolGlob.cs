namespace BindingForge.Model;

/// <summary>
/// A glob over C symbol names: <c>*</c> matches any run of characters, <c>?</c> exactly one; everything else matches
/// itself, case-sensitively (C names are case-sensitive). One matcher for the generator's selection and the contract
/// tooling's coverage, so both always agree on what a contract selects.
/// </summary>
public sealed class SymbolGlob(string pattern)
{
    /// <summary>The glob as written.</summary>
    public string Pattern { get; } = pattern;

    /// <summary>True when the whole of <paramref name="name"/> matches the glob.</summary>
    public bool IsMatch(string name)
    {
        // Greedy matching with one backtrack point: the position after the last '*' seen.
        int p = 0, n = 0, starP = -1, starN = 0;
        while (n < name.Length)
        {
            if (p < Pattern.Length && (Pattern[p] == '?' || Pattern[p] == name[n]))
            {
                p++;
                n++;
            }
            else if (p < Pattern.Length && Pattern[p] == '*')
            {
                starP = p++;
                starN = n;
            }
            else if (starP >= 0)
            {
                p = starP + 1;
                n = ++starN;
            }
            else
            {
                return false;
            }
        }

        while (p < Pattern.Length && Pattern[p] == '*')
            p++;
        return p == Pattern.Length;
    }

    public override string ToString() => Pattern;
}
