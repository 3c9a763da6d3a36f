using System.Collections.Immutable;
using System.Text;

namespace BindingForge.Review.Inference.Analysis;

/// <summary>
/// A C identifier split into lower-case words: at underscores, at lower-to-upper case changes and before the last
/// capital of an acronym (<c>XML_ParserCreate</c> gives <c>xml parser create</c>, <c>CXCursorSet</c> gives
/// <c>cx cursor set</c>). Digits stay with the letters before them (<c>sqlite3</c>, <c>v2</c>). A run of lower-case
/// letters that ends in a known verb is split before it (<c>gzclose</c> gives <c>gz close</c>), so C libraries that
/// glue a short prefix to the verb name their pairs like everyone else.
/// </summary>
internal sealed record NameWords(string Name, ImmutableArray<string> Words)
{
    public static NameWords Of(string name) => new(name, [.. Split(name).SelectMany(Verbs.SplitGluedVerb)]);

    /// <summary>Version and variant markers that do not change what a function does: <c>v2</c>, <c>16</c>, <c>64</c>, <c>ex</c>.</summary>
    public static bool IsVariant(string word) =>
        word == "ex" || word.All(char.IsDigit) || (word.Length > 1 && word[0] == 'v' && word[1..].All(char.IsDigit));

    /// <summary>The index of the first word that is in <paramref name="verbs"/>, or -1.</summary>
    public int IndexOfVerb(IReadOnlySet<string> verbs)
    {
        for (var i = 0; i < Words.Length; i++)
        {
            if (verbs.Contains(Verbs.Stem(Words[i])))
                return i;
        }

        return -1;
    }

    /// <summary>The words without the one at <paramref name="index"/> and without variant markers: what the verb acts on.</summary>
    public ImmutableArray<string> StemWithout(int index) =>
        [.. Words.Where((w, i) => i != index && !IsVariant(w)).Select(Verbs.Stem)];

    /// <summary>The words after <paramref name="index"/>, without variant markers.</summary>
    public ImmutableArray<string> After(int index) => [.. Words.Skip(index + 1).Where(w => !IsVariant(w)).Select(Verbs.Stem)];

    private static IEnumerable<string> Split(string name)
    {
        var word = new StringBuilder();
        for (var index = 0; index < name.Length; index++)
        {
            var c = name[index];
            if (c == '_' || !char.IsLetterOrDigit(c))
            {
                if (word.Length > 0)
                    yield return Flush(word);
                continue;
            }

            if (word.Length > 0 && StartsNewWord(name, index))
                yield return Flush(word);
            word.Append(char.ToLowerInvariant(c));
        }

        if (word.Length > 0)
            yield return Flush(word);
    }

    /// <summary>lowerUpper starts a word; so does the last capital of an acronym followed by a lower-case letter (XMLParser).</summary>
    private static bool StartsNewWord(string name, int index)
    {
        var c = name[index];
        var previous = name[index - 1];
        if (!char.IsUpper(c))
            return false;
        if (char.IsLower(previous) || char.IsDigit(previous))
            return true;
        return char.IsUpper(previous) && index + 1 < name.Length && char.IsLower(name[index + 1]);
    }

    private static string Flush(StringBuilder word)
    {
        var text = word.ToString();
        word.Clear();
        return text;
    }
}
