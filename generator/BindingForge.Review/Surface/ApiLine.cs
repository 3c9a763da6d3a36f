namespace BindingForge.Review.Surface;

/// <summary>
/// One item of an API record: <c>{Kind} {Key}{Body}</c>, for example
/// <c>function bf_add(int32_t a, int32_t b) -> int32_t | FixtureNative.bf_add(int a, int b) -> int</c>, where the kind is
/// <c>function</c>, the key <c>bf_add</c> and the body the rest. Two records are compared item by item on
/// (kind, key); <see cref="Line"/> is where the item is in the file it was read from (0 for one just built).
/// </summary>
public sealed record ApiLine(string Kind, string Key, string Body)
{
    /// <summary>The 1-based line of the file it was read from; 0 when built from headers.</summary>
    public int Line { get; init; }

    /// <summary>The item as the file spells it.</summary>
    public string Text => $"{Kind} {Key}{Body}";

    /// <summary>The identity two records are compared by.</summary>
    public (string Kind, string Key) Id => (Kind, Key);

    /// <summary>The record (or enum) a member item belongs to: <c>bf_point</c> for <c>bf_point.x</c>; null for a top-level item.</summary>
    public string? Owner => Key.IndexOf('.', StringComparison.Ordinal) is var dot and > 0 ? Key[..dot] : null;

    /// <summary>The member name of a member item (<c>x</c> for <c>bf_point.x</c>).</summary>
    public string Member => Owner is { } owner ? Key[(owner.Length + 1)..] : Key;
}
