using BindingForge.Model.Header;
using BindingForge.Review.Inference.Analysis;

namespace BindingForge.Review.Inference.Rules;

/// <summary>
/// Whether a one-argument function's name says it releases its argument: a release verb, followed by nothing but
/// the type's own words (<c>clang_disposeIndex</c> for <c>CXIndex</c>, <c>sqlite3_blob_close</c>), so that
/// <c>sqlite3_db_release_memory</c>, which releases memory and not the connection, does not count.
/// </summary>
internal static class ReleaseNames
{
    /// <summary>The index of the release verb in <paramref name="words"/>, or -1 when the name does not release <paramref name="handle"/>.</summary>
    public static int ReleaseVerb(NameWords words, HandleType handle)
    {
        var verb = words.IndexOfVerb(Verbs.Release);
        if (verb < 0)
            return -1;
        var after = words.After(verb).Select(HandleType.Singular);
        return after.All(handle.Words.Contains) ? verb : -1;
    }

    /// <summary>
    /// True when the words before the verb (after the library's prefix word) name only the type itself:
    /// <c>clang_TargetInfo_dispose</c> for <c>CXTargetInfo</c>, not <c>png_write_chunk_end</c>, which ends a chunk.
    /// A word counts when it starts one of the type's words or the other way round (<c>remap</c>, <c>CXRemapping</c>).
    /// </summary>
    public static bool NamesOnlyTheType(NameWords words, int verb, HandleType handle) =>
        words.Words.Take(verb).Skip(1).Select(Verbs.Stem).Select(HandleType.Singular)
            .All(w => handle.Words.Any(t => t.StartsWith(w, StringComparison.Ordinal) || w.StartsWith(t, StringComparison.Ordinal)));

    /// <summary>True for a return type a release function may have: none, a status code, a flag.</summary>
    public static bool IsStatusReturn(TypeFacts types, FunctionDecl function) =>
        types.Shape.IsVoid(function.ReturnType) || types.Shape.IsInteger(function.ReturnType);

    /// <summary>The verb's strength: a strong release verb (<c>free</c>, <c>destroy</c>) or a weak one (<c>close</c>, <c>end</c>).</summary>
    public static bool IsStrong(NameWords words, int verb) => Verbs.StrongRelease.Contains(Verbs.Stem(words.Words[verb]));
}
