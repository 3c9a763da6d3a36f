namespace BindingForge.Benchmarks.Support;

/// <summary>
/// Deterministic text-like input for the zlib workload: words picked by a 32-bit LCG, each followed by a space.
/// benchmarks/native/floor.c uses the same generator, so C and .NET compress identical bytes.
/// </summary>
public static class PseudoText
{
    private static readonly string[] Words =
    [
        "binding", "forge", "sqlite", "zlib", "handle", "contract", "thin", "safe",
        "pointer", "lease", "marshal", "native", "stream", "deflate", "row", "the",
    ];

    /// <summary>Returns <paramref name="length"/> bytes of generated text.</summary>
    public static byte[] Create(int length)
    {
        var data = new byte[length];
        uint state = 12345;
        int at = 0;
        while (at < length)
        {
            state = unchecked((state * 1103515245u) + 12345u);
            string word = Words[(state >> 16) % (uint)Words.Length];
            for (int i = 0; i < word.Length && at < length; i++)
                data[at++] = (byte)word[i];
            if (at < length)
                data[at++] = (byte)' ';
        }
        return data;
    }
}
