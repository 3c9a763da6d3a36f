// The same program as ZlibThin, with the safe binding: spans instead of pointer and length pairs, lengths
// computed, errors as ZlibException, and the z_stream a ZStream that owns its never-moving memory and runs the
// matching deflateEnd exactly once.
using System.Text;
using BindingForge.Zlib;
using static BindingForge.Zlib.ZlibNative;

var input = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("BindingForge binds zlib. ", 400)));

// One shot.
var packed = new byte[(int)Zlib.CompressBound((ulong)input.Length)];
int packedLength = Zlib.Compress2(packed, input, Z_BEST_COMPRESSION);
var unpacked = new byte[input.Length];
int unpackedLength = Zlib.Uncompress(unpacked, packed.AsSpan(0, packedLength));
Console.WriteLine($"compress2: {input.Length} -> {packedLength} bytes; round trip {(unpacked.AsSpan(0, unpackedLength).SequenceEqual(input) ? "ok" : "FAILED")}");

// Streaming, in 1 KiB chunks.
var output = new MemoryStream();
var chunk = new byte[1024];
using (var stream = ZStream.CreateDeflate(Z_DEFAULT_COMPRESSION))
{
    ReadOnlySpan<byte> rest = input;
    while (true)
    {
        var (status, consumed, written) = stream.Deflate(rest, chunk, Z_FINISH);
        rest = rest[consumed..];
        output.Write(chunk, 0, written);
        if (status == Z_STREAM_END)
            break;
    }
}

Console.WriteLine($"streaming deflate: {input.Length} -> {output.Length} bytes");
Console.WriteLine($"crc32 {Zlib.Crc32(0, input):x8}, adler32 {Zlib.Adler32(1, input):x8}");

try
{
    Zlib.Uncompress(new byte[16], packed.AsSpan(0, packedLength));
}
catch (ZlibException e)
{
    Console.WriteLine($"error {e.Code}: {e.NativeMessage}");
}

Console.WriteLine($"zlib {Zlib.ZlibVersion()}");
