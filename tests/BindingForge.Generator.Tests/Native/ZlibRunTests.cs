using BindingForge.Generator.Tests.Support;

namespace BindingForge.Generator.Tests.Native;

/// <summary>
/// Binds the system's /usr/include/zlib.h whole and runs the real libz through it: compress2/uncompress, and a
/// streaming deflate/inflate with a <c>z_stream</c> whose layout (112 bytes) the generated check confirms.
/// </summary>
public sealed class ZlibRunTests
{
    private static readonly Lazy<GenerationResult> Generated = new(() => new VerifiedPipeline().Run(new GeneratorOptions
    {
        Headers = ["/usr/include/zlib.h"],
        Library = "z",
        ClassName = "Zlib",
        Namespace = "Run.Zlib",
    }));

    private const string Driver = """
        using System.Runtime.InteropServices;
        using System.Text;

        namespace Run.Zlib;

        public static unsafe class Driver
        {
            private static byte[] Input() =>
                Encoding.ASCII.GetBytes(string.Concat(Enumerable.Range(0, 4000).Select(i => $"line {i % 97} of BindingForge;")));

            public static string RoundTrip()
            {
                var source = Input();
                var compressed = new byte[(int)ZlibNative.compressBound(new CULong((nuint)source.Length)).Value];
                var compressedLength = new CULong((nuint)compressed.Length);
                fixed (byte* src = source)
                fixed (byte* dst = compressed)
                    Check(ZlibNative.compress2(dst, &compressedLength, src, new CULong((nuint)source.Length), ZlibNative.Z_BEST_COMPRESSION));

                var restored = new byte[source.Length];
                var restoredLength = new CULong((nuint)restored.Length);
                fixed (byte* src = compressed)
                fixed (byte* dst = restored)
                    Check(ZlibNative.uncompress(dst, &restoredLength, src, compressedLength));
                var smaller = compressedLength.Value < (nuint)source.Length / 4;
                return $"{restoredLength.Value == (nuint)source.Length}:{restored.AsSpan().SequenceEqual(source)}:{smaller}";
            }

            public static string Stream()
            {
                var source = Input();
                var compressed = new MemoryStream();
                var chunk = new byte[1024];
                z_stream stream = default;
                fixed (byte* version = ZlibNative.ZLIB_VERSION)
                    Check(ZlibNative.deflateInit_(&stream, ZlibNative.Z_DEFAULT_COMPRESSION, version, sizeof(z_stream)));
                fixed (byte* src = source)
                fixed (byte* dst = chunk)
                {
                    stream.next_in = src;
                    stream.avail_in = (uint)source.Length;
                    int rc;
                    do
                    {
                        stream.next_out = dst;
                        stream.avail_out = (uint)chunk.Length;
                        rc = ZlibNative.deflate(&stream, ZlibNative.Z_FINISH);
                        if (rc != ZlibNative.Z_OK && rc != ZlibNative.Z_STREAM_END)
                            throw new InvalidOperationException($"deflate: {rc}");
                        compressed.Write(chunk, 0, chunk.Length - (int)stream.avail_out);
                    }
                    while (rc != ZlibNative.Z_STREAM_END);
                }

                var totalOut = stream.total_out.Value;
                Check(ZlibNative.deflateEnd(&stream));
                var restored = Inflate(compressed.ToArray(), source.Length);
                return $"{sizeof(z_stream)}:{totalOut == (nuint)compressed.Length}:{restored.AsSpan().SequenceEqual(source)}";
            }

            private static byte[] Inflate(byte[] compressed, int length)
            {
                var output = new byte[length];
                z_stream stream = default;
                fixed (byte* version = ZlibNative.ZLIB_VERSION)
                    Check(ZlibNative.inflateInit_(&stream, version, sizeof(z_stream)));
                fixed (byte* src = compressed)
                fixed (byte* dst = output)
                {
                    stream.next_in = src;
                    stream.avail_in = (uint)compressed.Length;
                    stream.next_out = dst;
                    stream.avail_out = (uint)output.Length;
                    if (ZlibNative.inflate(&stream, ZlibNative.Z_FINISH) != ZlibNative.Z_STREAM_END)
                        throw new InvalidOperationException("inflate did not finish");
                }

                Check(ZlibNative.inflateEnd(&stream));
                return output;
            }

            private static void Check(int rc)
            {
                if (rc != ZlibNative.Z_OK)
                    throw new InvalidOperationException($"zlib error {rc}");
            }
        }
        """;

    [Fact]
    public void Binds_every_non_variadic_function()
    {
        var result = Generated.Value;
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.True(result.Summary.Functions >= 70, $"only {result.Summary.Functions} functions bound");
        var native = result.Files.Single(f => f.RelativePath == "ZlibNative.cs").Content;
        Assert.Contains("public static partial int compress2(byte* dest, CULong* destLen, byte* source, CULong sourceLen, int level);", native);
        Assert.Contains("public static partial int deflateInit_(z_stream* strm, int level, byte* version, int stream_size);", native);
    }

    [Fact]
    public void Compress_and_uncompress_round_trip()
    {
        using var assembly = GeneratedBinding.Load(Generated.Value, "RunZlibRoundTrip", Driver);
        Assert.Equal("True:True:True", assembly.Invoke("Run.Zlib.Driver", "RoundTrip"));
    }

    [Fact]
    public void Streaming_deflate_with_z_stream_of_112_bytes()
    {
        using var assembly = GeneratedBinding.Load(Generated.Value, "RunZlibStream", Driver);
        Assert.Empty((IReadOnlyList<string>)assembly.Invoke("Run.Zlib.ZlibNativeLayout", "Verify")!);
        Assert.Equal("112:True:True", assembly.Invoke("Run.Zlib.Driver", "Stream"));
    }
}
