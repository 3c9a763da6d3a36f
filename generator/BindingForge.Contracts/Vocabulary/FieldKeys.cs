using BindingForge.Model.Contracts;

namespace BindingForge.Contracts.Vocabulary;

/// <summary>The keys of one entry of a struct's <c>fields:</c>.</summary>
public static class FieldKeys
{
    public static readonly EnumKeyRow<ArrayDirection> Array = new("array", Spellings.Array, "a buffer the library consumes or fills between calls");

    public static readonly KeyRow Length = new("length", Shapes.Length, "the field that carries the buffer's length");

    public static readonly KeyRow Element = new("element", ValueShape.CType, "element type where the header says `void*`");

    public static readonly EnumKeyRow<StringEncoding> String = new("string", Spellings.String, "the field is text in this encoding");

    public static readonly KeyRow Nullable = new("nullable", ValueShape.Flag, "may be null") { Default = "false" };

    public static readonly KeyTable Table = new("a field entry", [Array, Length, Element, String, Nullable, .. MetaKeys.Provenance]);
}
