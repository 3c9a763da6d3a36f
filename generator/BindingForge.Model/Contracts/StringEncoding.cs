namespace BindingForge.Model.Contracts;

/// <summary>How a <c>char*</c>-like value is text (<c>string:</c>).</summary>
public enum StringEncoding
{
    Utf8,
    Ascii,
    Utf16,
    /// <summary>Raw bytes: <c>ReadOnlySpan&lt;byte&gt;</c> in, <c>byte[]</c> out.</summary>
    Bytes,
}
