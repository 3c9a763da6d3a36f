namespace BindingForge.Contracts.Vocabulary;

/// <summary>The keys of a parameter's <c>value: { sizeof: type }</c>.</summary>
public static class ValueKeys
{
    public static readonly KeyRow SizeOf = new("sizeof", ValueShape.CType, "the size of this C type, from the header") { Required = true };

    public static readonly KeyTable Table = new("`value`", SizeOf);
}
