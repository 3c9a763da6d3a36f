using System.Collections.Immutable;

namespace BindingForge.Review.Inference.Annotations;

/// <summary>
/// Reads the annotation grammar of GObject-Introspection (gtk-doc comments): a run of parenthesised annotations,
/// each a name and space-separated arguments, an argument either a word or <c>key=value</c>, at the start of a
/// parameter's or return's text and ended by a colon: <c>(transfer full) (nullable): a new string</c>. Anything that
/// does not follow the grammar ends the run; what came before it stands. Only names GI defines are kept, so prose in
/// parentheses ("(see below)") is never taken for an annotation.
/// </summary>
internal static class AnnotationParser
{
    /// <summary>The annotation names GI defines (giscanner's annotationparser), lower case.</summary>
    public static readonly ImmutableHashSet<string> Known = ImmutableHashSet.Create(StringComparer.Ordinal,
        "allow-none", "array", "attribute", "attributes", "closure", "constructor", "destroy", "element-type", "foreign",
        "get-value-func", "in", "inout", "in-out", "method", "nullable", "not", "optional", "out", "ref-func", "rename-to",
        "scope", "set-value-func", "skip", "transfer", "type", "unref-func", "value", "virtual", "finish-func",
        "sync-func", "async-func", "default-value", "emitter", "getter", "setter");

    /// <summary>
    /// The annotations at the start of <paramref name="text"/> and the position where the prose after them starts
    /// (after the colon that ends the run, when there is one).
    /// </summary>
    public static (ImmutableArray<GiAnnotation> Annotations, int Prose) Parse(string text)
    {
        var result = ImmutableArray.CreateBuilder<GiAnnotation>();
        var at = Skip(text, 0);
        while (at < text.Length && text[at] == '(')
        {
            var close = Close(text, at);
            if (close < 0 || Annotation(text[(at + 1)..close]) is not { } annotation)
                break;
            result.Add(annotation);
            at = Skip(text, close + 1);
        }

        if (result.Count > 0 && at < text.Length && text[at] == ':')
            at++;
        return (result.ToImmutable(), result.Count == 0 ? 0 : at);
    }

    /// <summary>The matching <c>)</c>, allowing one level of nesting (<c>(element-type utf8 GList(gint))</c> is rare but legal).</summary>
    private static int Close(string text, int open)
    {
        var depth = 0;
        for (var i = open; i < text.Length; i++)
        {
            if (text[i] == '(')
                depth++;
            else if (text[i] == ')' && --depth == 0)
                return i;
            else if (text[i] == '\n' && depth > 0 && i - open > 200)
                return -1;
        }

        return -1;
    }

    private static GiAnnotation? Annotation(string body)
    {
        var words = body.Split([' ', '\t', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0)
            return null;
        var name = words[0].ToLowerInvariant();
        if (!Known.Contains(name))
            return null;
        var arguments = ImmutableArray.CreateBuilder<string>();
        var options = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        foreach (var word in words.Skip(1))
        {
            var equals = word.IndexOf('=', StringComparison.Ordinal);
            if (equals > 0)
                options[word[..equals]] = word[(equals + 1)..];
            else
                arguments.Add(word);
        }

        // "(not nullable)" is one annotation: nullable, negated.
        if (name == "not" && arguments.Count > 0)
            return new GiAnnotation("not " + arguments[0].ToLowerInvariant(), [], options.ToImmutable());
        return new GiAnnotation(name, arguments.ToImmutable(), options.ToImmutable());
    }

    private static int Skip(string text, int at)
    {
        while (at < text.Length && (text[at] == ' ' || text[at] == '\t'))
            at++;
        return at;
    }
}
