namespace BindingForge.Benchmarks.Workloads.Zlib;

/// <summary>
/// Streaming deflate, implemented once per binding: the input is fed in <c>output.Length</c>-sized chunks
/// (64 KiB) with Z_NO_FLUSH, the last with Z_FINISH, and the output buffer (64 KiB) is drained after every
/// deflate call, as zlib's zpipe.c does. Add a variant by deriving a class and marking it with
/// <see cref="WorkloadVariantAttribute"/>.
/// </summary>
public abstract class ZlibWorkload
{
    /// <summary>
    /// Compresses <paramref name="input"/> at the default level and returns the compressed size. Each drained
    /// piece of output is written to <paramref name="sink"/> when one is given (the smoke check inflates it).
    /// </summary>
    public abstract long Deflate(byte[] input, byte[] output, Stream? sink);
}
