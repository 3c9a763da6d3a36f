namespace BindingForge.Model.Header;

/// <summary>Questions about a C type that several passes ask, answered in one place.</summary>
public static class CTypeFacts
{
    /// <summary>True for <c>char</c>, <c>signed char</c> and <c>unsigned char</c> (as written: resolve typedefs first).</summary>
    public static bool IsCharacter(CType type) => type is PrimitiveType { Kind: PrimitiveKind.Char or PrimitiveKind.SChar or PrimitiveKind.UChar };
}
