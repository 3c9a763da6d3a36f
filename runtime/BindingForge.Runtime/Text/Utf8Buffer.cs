using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;

namespace BindingForge.Runtime;

/// <summary>
/// A NUL-terminated UTF-8 copy of a string for one native call, without a heap allocation for short strings:
/// up to <see cref="InlineCapacity"/> bytes (terminator included) live inside the struct on the stack; longer
/// strings use a buffer rented from <see cref="ArrayPool{T}.Shared"/>, returned by <see cref="Dispose"/>. A
/// <see cref="ReadOnlySpan{T}"/> of bytes whose last byte is already 0 is passed through without a copy.
/// A null string gives a null pointer.
/// </summary>
/// <remarks>
/// Generated code pins it with <c>fixed</c>, which for the inline case costs nothing (the struct is on the stack):
/// <code>
/// using var zSql = new Utf8Buffer(sql);
/// fixed (byte* pSql = zSql)
///     rc = Sqlite3Native.sqlite3_prepare_v2(db, pSql, zSql.Length, &amp;stmt, null);
/// </code>
/// Embedded NUL characters are copied as they are, so C sees the string end at the first one. Lone surrogates
/// become U+FFFD, as with <see cref="Encoding.UTF8"/>.
/// </remarks>
public ref struct Utf8Buffer
{
    /// <summary>Bytes available without renting, including the terminator.</summary>
    public const int InlineCapacity = 256;

    private Utf8InlineStorage _inline;
    private byte[]? _rented;
    private ReadOnlySpan<byte> _external;
    private int _length;
    private Mode _mode;

    /// <summary>Encodes <paramref name="value"/>; null gives a null pointer.</summary>
    public Utf8Buffer(string? value)
    {
        if (value is null)
        {
            _mode = Mode.Null;
            return;
        }
        Encode(value.AsSpan());
    }

    /// <summary>Encodes UTF-16 text.</summary>
    public Utf8Buffer(ReadOnlySpan<char> value) => Encode(value);

    /// <summary>
    /// Uses UTF-8 bytes: passed through when the last byte is 0 (the string is what precedes the first 0),
    /// otherwise copied with a terminator added.
    /// </summary>
    public Utf8Buffer(ReadOnlySpan<byte> utf8)
    {
        if (!utf8.IsEmpty && utf8[^1] == 0)
        {
            _external = utf8;
            _length = utf8.Length - 1;
            _mode = Mode.External;
            return;
        }
        Span<byte> target = Allocate(utf8.Length);
        utf8.CopyTo(target);
        target[utf8.Length] = 0;
        _length = utf8.Length;
    }

    private enum Mode : byte
    {
        Inline,
        Rented,
        External,
        Null,
    }

    /// <summary>True when the source was null: the pointer is null.</summary>
    public readonly bool IsNull => _mode == Mode.Null;

    /// <summary>True when the bytes live on the stack (no rented buffer).</summary>
    public readonly bool IsInline => _mode == Mode.Inline;

    /// <summary>The byte length without the terminator (0 for null).</summary>
    public readonly int Length => _length;

    /// <summary>The bytes without the terminator.</summary>
    [UnscopedRef]
    public readonly ReadOnlySpan<byte> Bytes => _mode switch
    {
        Mode.Null => default,
        Mode.External => _external[.._length],
        Mode.Rented => _rented.AsSpan(0, _length),
        _ => ((ReadOnlySpan<byte>)_inline)[.._length],
    };

    /// <summary>The first byte, for <c>fixed</c>; a null reference (null pointer) when the source was null.</summary>
    [UnscopedRef]
    public readonly ref readonly byte GetPinnableReference()
    {
        switch (_mode)
        {
            case Mode.Null:
                return ref Unsafe.NullRef<byte>();
            case Mode.External:
                return ref MemoryMarshal.GetReference(_external);
            case Mode.Rented:
                return ref MemoryMarshal.GetArrayDataReference(_rented!);
            default:
                return ref _inline[0];
        }
    }

    /// <summary>Returns a rented buffer to the pool. Safe to call more than once.</summary>
    public void Dispose()
    {
        byte[]? rented = _rented;
        _rented = null;
        if (rented is not null)
        {
            _mode = Mode.Null;
            _length = 0;
            ArrayPool<byte>.Shared.Return(rented);
        }
    }

    private void Encode(ReadOnlySpan<char> value)
    {
        // Fast path: three bytes per UTF-16 unit is the worst case, so this fits without counting.
        if (value.Length < InlineCapacity / 3)
        {
            _length = Encoding.UTF8.GetBytes(value, _inline);
            _inline[_length] = 0;
            return;
        }
        int byteCount = Encoding.UTF8.GetByteCount(value);
        Span<byte> target = Allocate(byteCount);
        _length = Encoding.UTF8.GetBytes(value, target);
        target[_length] = 0;
    }

    /// <summary>Room for <paramref name="byteCount"/> bytes plus the terminator.</summary>
    [UnscopedRef]
    private Span<byte> Allocate(int byteCount)
    {
        if (byteCount < InlineCapacity)
        {
            _mode = Mode.Inline;
            return _inline;
        }
        _rented = ArrayPool<byte>.Shared.Rent(byteCount + 1);
        _mode = Mode.Rented;
        return _rented;
    }
}
