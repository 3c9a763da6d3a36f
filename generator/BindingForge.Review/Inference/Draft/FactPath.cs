using BindingForge.Contracts.Vocabulary;

namespace BindingForge.Review.Inference.Draft;

/// <summary>
/// Where a fact of a draft is: <c>handles/sqlite3/release</c>, <c>functions/sqlite3_open/ppDb/out</c>,
/// <c>functions/sqlite3_errmsg/returns/borrowed</c>. A null <see cref="Fact"/> is the whole mapping.
/// </summary>
internal sealed record FactPath(string Section, string Entry, string? Sub, string? Fact)
{
    public static readonly string HandlesSection = DocumentKeys.Handles.Key;

    public static readonly string FunctionsSection = DocumentKeys.Functions.Key;

    /// <summary>The <see cref="Sub"/> of a function's return facts (a parameter named <c>returns</c> is not possible in C).</summary>
    public const string ReturnsKey = " returns";

    public override string ToString() => string.Join('/', new[] { Section, Entry, Sub?.Trim(), Fact }.Where(p => p is not null));
}
