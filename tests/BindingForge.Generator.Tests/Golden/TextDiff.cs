using System.Text;

namespace BindingForge.Generator.Tests.Golden;

/// <summary>
/// A line diff in unified style (<c>-</c> expected, <c>+</c> actual, three lines of context), from a longest common
/// subsequence of the part between the common prefix and suffix; long diffs are cut.
/// </summary>
public static class TextDiff
{
    private const int Context = 3;
    private const int MaxLines = 200;

    public static string Unified(string expected, string actual, string label)
    {
        var a = expected.Split('\n');
        var b = actual.Split('\n');
        var prefix = 0;
        while (prefix < a.Length && prefix < b.Length && a[prefix] == b[prefix])
            prefix++;
        var suffix = 0;
        while (suffix < a.Length - prefix && suffix < b.Length - prefix && a[^(suffix + 1)] == b[^(suffix + 1)])
            suffix++;

        var edits = Edits(a[prefix..^suffix], b[prefix..^suffix]);
        var builder = new StringBuilder().Append("--- expected ").Append(label).Append("\n+++ actual\n");
        builder.Append($"@@ -{prefix + 1} +{prefix + 1} @@\n");
        foreach (var line in a[Math.Max(0, prefix - Context)..prefix])
            builder.Append(' ').Append(line).Append('\n');
        var count = 0;
        foreach (var (op, line) in edits)
        {
            if (++count > MaxLines)
            {
                builder.Append("... (diff cut)\n");
                return builder.ToString();
            }

            builder.Append(op).Append(line).Append('\n');
        }

        foreach (var line in a[(a.Length - suffix)..Math.Min(a.Length, a.Length - suffix + Context)])
            builder.Append(' ').Append(line).Append('\n');
        return builder.ToString();
    }

    private static List<(char Op, string Line)> Edits(string[] a, string[] b)
    {
        // lcs[i, j]: length of the longest common subsequence of a[i..] and b[j..].
        var lcs = new int[a.Length + 1, b.Length + 1];
        for (var i = a.Length - 1; i >= 0; i--)
        {
            for (var j = b.Length - 1; j >= 0; j--)
                lcs[i, j] = a[i] == b[j] ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);
        }

        var edits = new List<(char, string)>();
        int x = 0, y = 0;
        while (x < a.Length || y < b.Length)
        {
            if (x < a.Length && y < b.Length && a[x] == b[y])
            {
                edits.Add((' ', a[x++]));
                y++;
            }
            else if (x < a.Length && (y == b.Length || lcs[x + 1, y] >= lcs[x, y + 1]))
            {
                edits.Add(('-', a[x++]));
            }
            else
            {
                edits.Add(('+', b[y++]));
            }
        }

        return edits;
    }
}
