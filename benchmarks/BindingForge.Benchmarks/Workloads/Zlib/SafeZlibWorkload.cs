using SafeApi = global::BindingForge.Zlib;

namespace BindingForge.Benchmarks.Workloads.Zlib;

/// <summary>
/// The generated safe zlib layer: a <see cref="SafeApi.ZStream"/> (caller-allocated, exclusive) fed with spans;
/// <c>Deflate</c> sets and clears next_in/next_out around each call and reports what it consumed and wrote.
/// </summary>
[WorkloadVariant("safe", order: 1)]
public sealed class SafeZlibWorkload : ZlibWorkload
{
    private const int NoFlush = 0;
    private const int Finish = 4;
    private const int StreamEnd = 1;

    /// <inheritdoc/>
    public override long Deflate(byte[] input, byte[] output, Stream? sink)
    {
        using var stream = SafeApi.ZStream.CreateDeflate(-1 /* Z_DEFAULT_COMPRESSION */);
        long total = 0;
        int chunk = output.Length;
        for (int offset = 0; offset < input.Length; offset += chunk)
        {
            int length = Math.Min(chunk, input.Length - offset);
            int flush = offset + length == input.Length ? Finish : NoFlush;
            ReadOnlySpan<byte> pending = input.AsSpan(offset, length);
            int rc;
            int written;
            do
            {
                (rc, int consumed, written) = stream.Deflate(pending, output, flush);
                pending = pending[consumed..];
                total += written;
                sink?.Write(output, 0, written);
            }
            while (written == chunk);
            if (flush == Finish && rc != StreamEnd)
                throw new InvalidOperationException($"deflate did not finish: {rc}");
        }
        return total;
    }
}
