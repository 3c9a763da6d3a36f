namespace BindingForge.Contracts.Vocabulary;

/// <summary>The keys of <c>owned: { free: fn }</c>.</summary>
public static class OwnedKeys
{
    public static readonly KeyRow Free = new("free", ValueShape.Function, "the function that frees the value");

    public static readonly KeyTable Table = new("`owned`", Free);
}
