namespace BindingForge.Review.Inference.Draft;

/// <summary>
/// One fact of a draft as it is written: its key and its value in YAML flow syntax (<c>owned</c>,
/// <c>{ free: sqlite3_free }</c>, <c>[a, b]</c>). The writer puts each fact on a line of its own, so a reviewer's
/// change and a diagnostic point at exactly one fact.
/// </summary>
internal sealed record DraftFact(string Key, string Yaml);
