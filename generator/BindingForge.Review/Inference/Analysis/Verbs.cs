using System.Collections.Frozen;

namespace BindingForge.Review.Inference.Analysis;

/// <summary>
/// The verbs C libraries name their lifecycle functions with. Lists, not guesses per library: a release verb in a
/// one-argument function says "this frees its argument", an acquire verb says "this hands out a new object", a getter
/// verb says "this hands out something that is already owned elsewhere".
/// </summary>
internal static class Verbs
{
    /// <summary>Verbs that free their argument without doubt.</summary>
    public static FrozenSet<string> StrongRelease { get; } = Set(
        "free", "destroy", "dispose", "delete", "release", "unref", "dealloc", "deallocate", "deinit", "cleanup",
        "finalize", "decref", "destruct", "fini", "uninit", "deinitialize", "finalise");

    /// <summary>Verbs that usually end an object's life, but also name operations that do not (close a stream, end a block).</summary>
    public static FrozenSet<string> WeakRelease { get; } = Set(
        "close", "finish", "end", "abort", "shutdown", "terminate", "unload", "disconnect", "discard", "done", "drop", "term");

    /// <summary>Every release verb.</summary>
    public static FrozenSet<string> Release { get; } = Set([.. StrongRelease, .. WeakRelease]);

    /// <summary>Verbs of functions that hand out a new object the caller owns.</summary>
    public static FrozenSet<string> Acquire { get; } = Set(
        "new", "create", "open", "alloc", "allocate", "init", "initialize", "initialise", "dup", "duplicate", "copy", "clone",
        "make", "build", "construct", "acquire", "ref", "load", "parse", "prepare", "begin", "start", "connect", "spawn",
        "compile", "instantiate", "malloc", "calloc", "realloc", "strdup", "fopen", "fdopen");

    /// <summary>Verbs of functions that return something the library (or another object) keeps owning.</summary>
    public static FrozenSet<string> Getter { get; } = Set(
        "get", "find", "lookup", "current", "peek", "first", "next", "prev", "previous", "last", "parent", "root", "owner",
        "handle", "top", "head", "tail", "at");

    /// <summary>Verbs of functions that add a reference to a reference-counted object.</summary>
    public static FrozenSet<string> Retain { get; } = Set("ref", "retain", "incref", "addref", "reference");

    /// <summary>The pairs the issue names (<c>x_new/x_free</c> ...): evidence a little stronger than any acquire/release mix.</summary>
    public static FrozenSet<(string Acquire, string Release)> CanonicalPairs { get; } = new HashSet<(string, string)>
    {
        ("new", "free"), ("create", "destroy"), ("open", "close"), ("init", "cleanup"), ("ref", "unref"), ("begin", "abort"),
        ("alloc", "free"), ("new", "delete"), ("create", "free"), ("new", "destroy"), ("create", "delete"),
    }.ToFrozenSet();

    /// <summary>Verbs long enough to be recognised when glued to a short prefix (<c>gzclose</c>, <c>bzopen</c>).</summary>
    private static readonly string[] Gluable = ["close", "open", "free", "flush", "destroy", "dispose", "release", "create", "delete", "unref"];

    /// <summary>The word without trailing digits (<c>open16</c> is <c>open</c>), unless it is all digits.</summary>
    public static string Stem(string word)
    {
        var end = word.Length;
        while (end > 1 && char.IsDigit(word[end - 1]))
            end--;
        return end == word.Length || end == 0 ? word : word[..end];
    }

    /// <summary><c>gzclose</c> gives <c>gz</c> and <c>close</c>; any other word comes back as it is.</summary>
    public static IEnumerable<string> SplitGluedVerb(string word)
    {
        foreach (var verb in Gluable)
        {
            var stem = Stem(word);
            if (stem.Length >= verb.Length + 2 && stem.EndsWith(verb, StringComparison.Ordinal) && !IsWord(stem))
            {
                yield return stem[..^verb.Length];
                yield return word[(stem.Length - verb.Length)..];
                yield break;
            }
        }

        yield return word;
    }

    /// <summary>Words that merely end like a verb (<c>reopen</c> stays one word only if listed here).</summary>
    private static bool IsWord(string stem) => stem is "reopen" or "reclose" or "unfree" or "nonfree";

    private static FrozenSet<string> Set(params string[] words) => words.ToFrozenSet(StringComparer.Ordinal);
}
