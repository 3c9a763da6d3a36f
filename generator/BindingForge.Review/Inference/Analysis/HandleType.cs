namespace BindingForge.Review.Inference.Analysis;

/// <summary>
/// A C type a function hands around by pointer: a candidate for a <c>handles:</c> entry.
/// </summary>
/// <param name="Identity">What makes two spellings the same type: the record name, or the name of a <c>void*</c> typedef.</param>
/// <param name="Key">The contract key to write: the record's typedef (<c>sqlite3</c>), a pointer typedef
/// (<c>CXTranslationUnit</c>, <c>gzFile</c>) or the record tag.</param>
/// <param name="IsOpaque">True for an incomplete record or a <c>void*</c> typedef: nothing but the library can make one.</param>
/// <param name="IsPointerTypedef">True when values of the handle are spelt as the key itself, not as a pointer to it.</param>
internal sealed record HandleType(string Identity, string Key, bool IsOpaque, bool IsPointerTypedef)
{
    /// <summary>The words of the key, for matching function names (<c>CXCursorSet</c> gives <c>cx cursor set</c>).</summary>
    public IReadOnlySet<string> Words { get; } = NameWords.Of(Key).Words.Select(Verbs.Stem).Select(Singular).ToHashSet(StringComparer.Ordinal);

    /// <summary><c>cursors</c> is <c>cursor</c>: a release named after the plural still frees one of them.</summary>
    public static string Singular(string word) => word.Length > 3 && word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal) ? word[..^1] : word;
}
