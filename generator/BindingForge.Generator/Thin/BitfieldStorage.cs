namespace BindingForge.Generator.Thin;

/// <summary>A private integer field that holds one or more bitfields: <paramref name="Size"/> bytes at <paramref name="Offset"/>.</summary>
internal sealed record BitfieldStorage(string Name, long Offset, long Size)
{
    /// <summary>The unsigned C# type of the storage field.</summary>
    public string Type => Size switch
    {
        1 => "byte",
        2 => "ushort",
        4 => "uint",
        _ => "ulong",
    };

    public bool Contains(long offset, long size) => offset >= Offset && offset + size <= Offset + Size;
}
