namespace BindingForge.Contracts.Vocabulary;

/// <summary>The keys of <c>length: { fixed: N }</c> and <c>length: { call: fn }</c> (exactly one of them).</summary>
public static class LengthKeys
{
    public static readonly KeyRow Fixed = new("fixed", new IntegerShape(0), "a fixed element count");

    public static readonly KeyRow Call = new("call", ValueShape.Function, "the count comes from calling this function with the same arguments");

    public static readonly KeyTable Table = new("`length`", Fixed, Call);
}
