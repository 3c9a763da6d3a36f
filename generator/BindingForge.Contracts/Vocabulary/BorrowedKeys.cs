namespace BindingForge.Contracts.Vocabulary;

/// <summary>The keys of <c>borrowed: { until: [fn...] }</c> and <c>borrowed: { of: param }</c>.</summary>
public static class BorrowedKeys
{
    public static readonly KeyRow Until = new("until", new ListShape(ValueShape.Function), "valid until one of these calls on the same handle");

    public static readonly KeyRow Of = new("of", ValueShape.Parameter, "lives as long as that argument");

    public static readonly KeyTable Table = new("`borrowed`", Until, Of);
}
