namespace BindingForge.Contracts.Vocabulary;

/// <summary>The keys of a parameter's <c>value: { sizeof: type }</c> or <c>value: { text: "%s" }</c> (exactly one).</summary>
public static class ValueKeys
{
    public static readonly KeyRow SizeOf = new("sizeof", ValueShape.CType, "the size of this C type, from the header");

    public static readonly KeyRow Text = new("text", ValueShape.Text,
        "**extension.** A string passed as NUL-terminated UTF-8 (a format that must stay `\"%s\"`, say); the safe method hides the parameter");

    public static readonly KeyTable Table = new("`value`", SizeOf, Text);
}
