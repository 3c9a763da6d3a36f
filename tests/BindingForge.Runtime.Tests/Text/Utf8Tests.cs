using System.Text;
using BindingForge.Runtime.Tests.Support;
using static BindingForge.Runtime.Tests.Interop.FixtureNative;

namespace BindingForge.Runtime.Tests.Text;

public sealed unsafe class Utf8Tests : FixtureTest
{
    public static TheoryData<string> Strings => new()
    {
        "",
        "hello",
        "héllo wörld",
        "日本語のテキスト",
        "emoji 😀 and 🎉",
        new string('é', 300),
        new string('a', 254),
        new string('a', 255),
        new string('a', 256),
        string.Concat(Enumerable.Repeat("ü😀", 100)),
    };

    [Theory]
    [MemberData(nameof(Strings))]
    public void Strings_round_trip_through_native_code(string text)
    {
        int expectedBytes = Encoding.UTF8.GetByteCount(text);
        using var utf8 = new Utf8Buffer(text);

        Assert.Equal(expectedBytes, utf8.Length);
        Assert.Equal(expectedBytes < Utf8Buffer.InlineCapacity, utf8.IsInline);
        string? copy;
        fixed (byte* p = utf8)
        {
            Assert.Equal((nuint)expectedBytes, bf_utf8_length(p));
            copy = Utf8Marshal.FromUtf8AndFree(bf_string_duplicate(p), &bf_free);
        }

        Assert.Equal(text, copy);
        AssertAllFreed(); // the owned copy was freed with bf_free
    }

    [Fact]
    public void A_null_string_is_a_null_pointer()
    {
        using var utf8 = new Utf8Buffer((string?)null);

        Assert.True(utf8.IsNull);
        fixed (byte* p = utf8)
        {
            Assert.True(p == null);
            Assert.Equal(-1, bf_length_or_minus_one(p));
        }
        Assert.Null(Utf8Marshal.FromUtf8(null));
    }

    [Fact]
    public void Nul_terminated_bytes_pass_through_without_a_copy()
    {
        ReadOnlySpan<byte> terminated = "abc\0"u8;
        using var utf8 = new Utf8Buffer(terminated);

        fixed (byte* original = terminated)
        fixed (byte* p = utf8)
        {
            Assert.True(original == p);
            Assert.Equal(3, bf_length_or_minus_one(p));
        }
        Assert.Equal(3, utf8.Length);
    }

    [Fact]
    public void Unterminated_bytes_are_copied_and_terminated()
    {
        ReadOnlySpan<byte> bytes = "abcdef"u8[..3];
        using var utf8 = new Utf8Buffer(bytes);

        fixed (byte* p = utf8)
            Assert.Equal(3, bf_length_or_minus_one(p));
        Assert.True(utf8.Bytes.SequenceEqual("abc"u8));
    }

    [Fact]
    public void Short_strings_allocate_nothing_on_the_heap()
    {
        string text = "a short string, ünïcödé included";
        EncodeOnce(text); // JIT warm-up
        long before = GC.GetAllocatedBytesForCurrentThread();
        int total = 0;
        for (int i = 0; i < 100; i++)
            total += EncodeOnce(text);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(0, allocated);
        Assert.True(total > 0);
    }

    [Fact]
    public void Long_strings_return_their_rented_buffer()
    {
        var utf8 = new Utf8Buffer(new string('x', 1000));
        Assert.False(utf8.IsInline);
        Assert.Equal(1000, utf8.Length);

        utf8.Dispose();
        utf8.Dispose();
        Assert.True(utf8.IsNull);
    }

    [Fact]
    public void Length_limited_and_utf16_decoding()
    {
        byte[] bytes = Encoding.UTF8.GetBytes("héllo");
        fixed (byte* p = bytes)
            Assert.Equal("hé", Utf8Marshal.FromUtf8(p, 3));
        fixed (char* p = "wide")
            Assert.Equal("wide", Utf8Marshal.FromUtf16(p));
        Assert.Equal(6, Utf8Marshal.GetByteCount("héllo"));
    }

    private static int EncodeOnce(string text)
    {
        using var utf8 = new Utf8Buffer(text);
        fixed (byte* p = utf8)
            return (int)bf_utf8_length(p);
    }
}
