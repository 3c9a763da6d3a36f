using BindingForge.Review.Inference.Analysis;

namespace BindingForge.Review.Inference.Rules;

/// <summary>
/// Who a phrase in a sentence is about: for deallocator phrases, a function the sentence calls the source of the value
/// ("returned by F", "obtained from F"); else the first function named before the phrase (other than the deallocator the phrase names);
/// else the function the comment belongs to; else the one function named after the phrase.
/// </summary>
internal static partial class SentenceSubject
{
    /// <param name="preferResultOf">True for phrases about a deallocator ("call X on the value returned by F"), where
    /// "returned by F" names the subject even after the phrase.</param>
    public static string? Of(DocSentence sentence, int phraseIndex, string? except = null, bool preferResultOf = false)
    {
        if (preferResultOf && ResultOf(sentence, except) is { } source)
            return source;
        if (sentence.SubjectBefore(phraseIndex, except) is { } before)
            return before;
        if (sentence.Owner is { } owner && owner != except)
            return owner;
        var after = sentence.Mentions.Where(m => m.Index >= phraseIndex && m.Function != except).Select(m => m.Function).Distinct().ToList();
        return after.Count == 1 ? after[0] : null;
    }

    /// <summary>
    /// The subject and the functions joined to it before the phrase ("The sqlite3_commit_hook() and
    /// sqlite3_rollback_hook() functions return ..."): a phrase about "A and B" is about both.
    /// </summary>
    public static IEnumerable<string> All(DocSentence sentence, int phraseIndex, string? except = null)
    {
        if (Of(sentence, phraseIndex, except) is not { } first)
            yield break;
        yield return first;
        var mentions = sentence.Mentions.Where(m => m.Index < phraseIndex && m.Function != except).ToList();
        var start = mentions.FindIndex(m => m.Function == first);
        for (var i = start + 1; start >= 0 && i < mentions.Count; i++)
        {
            var between = sentence.Lower[(mentions[i - 1].Index + mentions[i - 1].Function.Length)..mentions[i].Index];
            if (!Joined().IsMatch(between))
                yield break;
            yield return mentions[i].Function;
        }
    }

    /// <summary>The function named right after "returned by", "obtained from", "created by" ...</summary>
    public static string? ResultOf(DocSentence sentence, string? except = null) =>
        sentence.Mentions.FirstOrDefault(m => m.Function != except && Phrases.ResultOf().IsMatch(sentence.Lower[..m.Index]))?.Function;

    /// <summary>A short quotation of the sentence, for <c>source:</c>, citing its manual page when it comes from one (<c>man cap_init(3): "..."</c>).</summary>
    public static string Quote(DocSentence sentence)
    {
        const int Max = 110;
        var text = sentence.Text.Replace('"', '\'');
        var quote = text.Length <= Max ? $"\"{text}\"" : $"\"{text[..(Max - 3)]}...\"";
        return sentence.Origin is { } page ? $"man {page}: {quote}" : quote;
    }

    /// <summary>What may stand between two names of one subject: "()", "(X,Y)", "and", "or", a comma.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^(\([^)]{0,12}\))?\s*(,|and|or|,\s*and)?\s*$")]
    private static partial System.Text.RegularExpressions.Regex Joined();
}
