// The thin zlib binding in use: a one-shot compress2/uncompress round trip, then streaming deflate with a z_stream
// the caller allocates (deflateInit_ takes sizeof(z_stream) so zlib can check the layout we pass).
using System.Runtime.InteropServices;
using System.Text;
using Examples.Zlib;
using static Examples.Zlib.ZlibNative;

unsafe
{
    var input = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("BindingForge binds zlib. ", 400)));

    // One shot.
    // uLong is C `unsigned long`: CULong keeps the binding right on every platform.
    var packed = new byte[(int)compressBound(new CULong((nuint)input.Length)).Value];
    var packedLength = new CULong((nuint)packed.Length);
    fixed (byte* src = input)
    fixed (byte* dst = packed)
        Check(compress2(dst, &packedLength, src, new CULong((nuint)input.Length), Z_BEST_COMPRESSION));

    var unpacked = new byte[input.Length];
    var unpackedLength = new CULong((nuint)unpacked.Length);
    fixed (byte* src = packed)
    fixed (byte* dst = unpacked)
        Check(uncompress(dst, &unpackedLength, src, packedLength));
    Console.WriteLine($"compress2: {input.Length} -> {packedLength.Value} bytes; round trip {(unpacked.AsSpan().SequenceEqual(input) ? "ok" : "FAILED")}");

    // Streaming, in 1 KiB chunks.
    z_stream stream = default;
    fixed (byte* version = ZLIB_VERSION)
        Check(deflateInit_(&stream, Z_DEFAULT_COMPRESSION, version, sizeof(z_stream)));
    var output = new MemoryStream();
    var chunk = new byte[1024];
    fixed (byte* src = input)
    fixed (byte* buffer = chunk)
    {
        stream.next_in = src;
        stream.avail_in = (uint)input.Length;
        int rc;
        do
        {
            stream.next_out = buffer;
            stream.avail_out = (uint)chunk.Length;
            rc = deflate(&stream, Z_FINISH);
            output.Write(chunk, 0, chunk.Length - (int)stream.avail_out);
        }
        while (rc == Z_OK);
        if (rc != Z_STREAM_END)
            throw new InvalidOperationException($"deflate failed: {rc}");
    }
    Check(deflateEnd(&stream));
    Console.WriteLine($"streaming deflate: {input.Length} -> {output.Length} bytes (z_stream is {sizeof(z_stream)} bytes)");
    fixed (byte* src = input)
        Console.WriteLine($"crc32 {crc32(default, src, (uint)input.Length).Value:x8}, adler32 {adler32(new CULong(1), src, (uint)input.Length).Value:x8}");
    Console.WriteLine($"zlib {Marshal.PtrToStringUTF8((nint)zlibVersion())}");
}

static void Check(int rc)
{
    if (rc != Z_OK)
        throw new InvalidOperationException($"zlib error {rc}");
}
