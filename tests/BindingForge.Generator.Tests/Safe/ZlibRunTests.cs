using BindingForge.Generator.Tests.Support;
using BindingForge.Runtime;

namespace BindingForge.Generator.Tests.Safe;

/// <summary>
/// contracts/zlib.yaml generated in the safe style against the system zlib.h and run against the real libz:
/// compress/uncompress, checksums over spans, and streaming deflate and inflate with the caller-allocated z_stream.
/// </summary>
public sealed class ZlibRunTests
{
    private const string Driver = """
        using System.Text;
        using static BindingForge.Zlib.ZlibNative;

        namespace BindingForge.Zlib;

        public static class Driver
        {
            private static byte[] Input() =>
                Encoding.ASCII.GetBytes(string.Concat(Enumerable.Range(0, 3000).Select(i => $"line {i % 89} of the safe style;")));

            public static string OneShot()
            {
                var source = Input();
                var packed = new byte[(int)Zlib.CompressBound((ulong)source.Length)];
                int packedLength = Zlib.Compress2(packed, source, Z_BEST_COMPRESSION);
                var restored = new byte[source.Length];
                int restoredLength = Zlib.Uncompress(restored, packed.AsSpan(0, packedLength));
                return $"{restoredLength == source.Length} {restored.AsSpan().SequenceEqual(source)} {packedLength < source.Length / 4}";
            }

            public static string Checksums() =>
                $"{Zlib.Crc32(0, "123456789"u8):x8} {Zlib.Adler32(1, "Wikipedia"u8):x8} {Zlib.Crc32(0, []):x8}";

            public static void UncompressIntoTooSmallBuffer()
            {
                var source = Input();
                var packed = new byte[(int)Zlib.CompressBound((ulong)source.Length)];
                int packedLength = Zlib.Compress(packed, source);
                Zlib.Uncompress(new byte[10], packed.AsSpan(0, packedLength));
            }

            public static string Streaming()
            {
                var source = Input();
                var packed = new MemoryStream();
                var chunk = new byte[512];
                using (var deflate = ZStream.CreateDeflate(Z_DEFAULT_COMPRESSION))
                {
                    var input = source.AsSpan();
                    int rc;
                    do
                    {
                        (rc, int consumed, int written) = deflate.Deflate(input, chunk, Z_FINISH);
                        input = input[consumed..];
                        packed.Write(chunk, 0, written);
                    }
                    while (rc != Z_STREAM_END);
                }

                var restored = new MemoryStream();
                var packedBytes = packed.ToArray();
                using (var inflate = ZStream.CreateInflate())
                {
                    var input = packedBytes.AsSpan();
                    int rc;
                    do
                    {
                        (rc, int consumed, int written) = inflate.Inflate(input, chunk, Z_NO_FLUSH);
                        input = input[consumed..];
                        restored.Write(chunk, 0, written);
                    }
                    while (rc != Z_STREAM_END);
                    return $"{restored.ToArray().AsSpan().SequenceEqual(source)} {inflate.TotalOut == (ulong)source.Length} {inflate.TotalIn == (ulong)packedBytes.Length}";
                }
            }

            public static void InflateGarbage()
            {
                using var inflate = ZStream.CreateInflate();
                inflate.Inflate("this is not zlib data"u8, new byte[64], Z_NO_FLUSH);
            }

            public static void UseAfterDispose()
            {
                var deflate = ZStream.CreateDeflate(1);
                deflate.Dispose();
                deflate.Dispose();
                deflate.DeflateReset();
            }

            public static string Copy()
            {
                using var deflate = ZStream.CreateDeflate(9);
                using var copy = ZStream.CopyDeflate(deflate);
                var chunk = new byte[256];
                var (_, _, written) = copy.Deflate("copied"u8, chunk, Z_FINISH);
                using var inflate = ZStream.CreateInflate();
                var restored = new byte[64];
                var (_, _, restoredLength) = inflate.Inflate(chunk.AsSpan(0, written), restored, Z_FINISH);
                return Encoding.ASCII.GetString(restored, 0, restoredLength);
            }
        }
        """;

    private static readonly Lazy<LoadedAssembly> Bindings = new(() =>
        SafeBindings.Load(SafeBindings.Options("contracts/zlib.yaml"), "SafeZlib", Driver));

    private static object? Run(string method) => Bindings.Value.Invoke("BindingForge.Zlib.Driver", method);

    [Fact]
    public void Compress_and_uncompress_round_trip_with_spans()
    {
        Assert.Equal("True True True", (string)Run("OneShot")!);
    }

    [Fact]
    public void Checksums_take_spans()
    {
        Assert.Equal("cbf43926 11e60398 00000000", (string)Run("Checksums")!);
    }

    [Fact]
    public void Errors_throw_ZlibException_with_zlibs_message()
    {
        var error = Assert.IsAssignableFrom<NativeCallException>(Record.Exception(() => Run("UncompressIntoTooSmallBuffer")));
        Assert.Equal(("ZlibException", -5L, "buffer error"), (error.GetType().Name, error.Code, error.NativeMessage));
        var stream = Assert.IsAssignableFrom<NativeCallException>(Record.Exception(() => Run("InflateGarbage")));
        Assert.Equal(("ZlibStreamException", -3L, "data error"), (stream.GetType().Name, stream.Code, stream.NativeMessage));
    }

    [Fact]
    public void Streaming_deflate_and_inflate_use_the_caller_allocated_stream()
    {
        Assert.Equal("True True True", (string)Run("Streaming")!);
        Assert.Equal("copied", (string)Run("Copy")!);
    }

    [Fact]
    public void A_disposed_stream_throws_ObjectDisposedException()
    {
        Assert.Throws<ObjectDisposedException>(() => Run("UseAfterDispose"));
    }
}
