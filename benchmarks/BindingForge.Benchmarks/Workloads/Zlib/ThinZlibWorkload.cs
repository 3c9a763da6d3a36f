using Examples.Zlib;
using static Examples.Zlib.ZlibNative;

namespace BindingForge.Benchmarks.Workloads.Zlib;

/// <summary>The generated thin zlib binding used directly, with a caller-owned <see cref="z_stream"/>.</summary>
[WorkloadVariant("thin", order: 0)]
public sealed unsafe class ThinZlibWorkload : ZlibWorkload
{
    /// <inheritdoc/>
    public override long Deflate(byte[] input, byte[] output, Stream? sink)
    {
        z_stream stream = default;
        int rc;
        fixed (byte* version = ZLIB_VERSION)
            rc = deflateInit_(&stream, Z_DEFAULT_COMPRESSION, version, sizeof(z_stream));
        if (rc != Z_OK)
            throw new InvalidOperationException($"deflateInit_ failed: {rc}");
        try
        {
            return Pump(&stream, input, output, sink);
        }
        finally
        {
            deflateEnd(&stream);
        }
    }

    private static long Pump(z_stream* stream, byte[] input, byte[] output, Stream? sink)
    {
        long total = 0;
        int chunk = output.Length;
        fixed (byte* source = input)
        fixed (byte* target = output)
        {
            for (int offset = 0; offset < input.Length; offset += chunk)
            {
                int length = Math.Min(chunk, input.Length - offset);
                int flush = offset + length == input.Length ? Z_FINISH : Z_NO_FLUSH;
                stream->next_in = source + offset;
                stream->avail_in = (uint)length;
                int rc;
                do
                {
                    stream->next_out = target;
                    stream->avail_out = (uint)chunk;
                    rc = deflate(stream, flush);
                    if (rc < 0 && rc != Z_BUF_ERROR)
                        throw new InvalidOperationException($"deflate failed: {rc}");
                    int produced = chunk - (int)stream->avail_out;
                    total += produced;
                    sink?.Write(output, 0, produced);
                }
                while (stream->avail_out == 0);
                if (flush == Z_FINISH && rc != Z_STREAM_END)
                    throw new InvalidOperationException($"deflate did not finish: {rc}");
            }
        }
        return total;
    }
}
