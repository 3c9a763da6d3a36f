using System.Runtime.InteropServices;
using System.Text;

namespace BindingForge.Runtime;

/// <summary>
/// Copies C strings into .NET strings: borrowed ones before an invalidating call can run, owned ones followed by
/// the contract's free function.
/// </summary>
public static unsafe class Utf8Marshal
{
    /// <summary>Decodes a NUL-terminated UTF-8 string; null gives null.</summary>
    public static string? FromUtf8(byte* text) =>
        text == null ? null : Encoding.UTF8.GetString(MemoryMarshal.CreateReadOnlySpanFromNullTerminated(text));

    /// <summary>The number of bytes before the NUL terminator of <paramref name="text"/>; null gives 0.</summary>
    public static int LengthOf(byte* text) =>
        text == null ? 0 : MemoryMarshal.CreateReadOnlySpanFromNullTerminated(text).Length;

    /// <summary>Decodes <paramref name="length"/> UTF-8 bytes; a null pointer gives null.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="length"/> is negative.</exception>
    public static string? FromUtf8(byte* text, int length)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        return text == null ? null : Encoding.UTF8.GetString(text, length);
    }

    /// <summary>Decodes an owned string, then frees it with <paramref name="free"/> (an unmanaged function pointer).</summary>
    /// <remarks>The platform default and Cdecl are the same convention on the platforms BindingForge targets.</remarks>
    public static string? FromUtf8AndFree(byte* text, delegate* unmanaged<void*, void> free) =>
        FromUtf8AndFree(text, (delegate* unmanaged[Cdecl]<void*, void>)free);

    /// <summary>Decodes an owned string, then frees it with <paramref name="free"/> (a C function pointer).</summary>
    public static string? FromUtf8AndFree(byte* text, delegate* unmanaged[Cdecl]<void*, void> free)
    {
        if (text == null)
            return null;
        try
        {
            return FromUtf8(text);
        }
        finally
        {
            free(text);
        }
    }

    /// <summary>
    /// Decodes an owned string, then frees it with <paramref name="free"/>: the address of the thin layer's
    /// binding of the free function (<c>&amp;Sqlite3Native.sqlite3_free</c>).
    /// </summary>
    public static string? FromUtf8AndFree(byte* text, delegate*<void*, void> free)
    {
        if (text == null)
            return null;
        try
        {
            return FromUtf8(text);
        }
        finally
        {
            free(text);
        }
    }

    /// <summary>Decodes an owned string, then frees it with a thin binding that takes <c>byte*</c>.</summary>
    /// <remarks>A <c>byte*</c> and a <c>void*</c> parameter are passed alike, so the binding is called through the same path.</remarks>
    public static string? FromUtf8AndFree(byte* text, delegate*<byte*, void> free) =>
        FromUtf8AndFree(text, (delegate*<void*, void>)free);

    /// <summary>Decodes a NUL-terminated UTF-16 string; null gives null.</summary>
    public static string? FromUtf16(char* text) => text == null ? null : new string(text);

    /// <summary>Decodes a NUL-terminated UTF-16 string typed as the thin layer's <c>ushort*</c>; null gives null.</summary>
    public static string? FromUtf16(ushort* text) => FromUtf16((char*)text);

    /// <summary>Copies <paramref name="length"/> bytes into a new array; a null pointer gives null.</summary>
    public static byte[]? CopyBytes(byte* data, int length)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        if (data == null)
            return length == 0 ? [] : null;
        return new ReadOnlySpan<byte>(data, length).ToArray();
    }

    /// <summary>The number of UTF-8 bytes <paramref name="value"/> encodes to, without a terminator.</summary>
    public static int GetByteCount(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return Encoding.UTF8.GetByteCount(value);
    }
}
