using System.ComponentModel;

namespace BindingForge.Runtime;

/// <summary>
/// What a generated trampoline turns a C callback's arguments into before it calls the delegate: text and rows of
/// text copied into strings, and library objects as borrowed handles that are valid only inside the call (disposed
/// when the delegate returns, so keeping one and using it later throws <see cref="ObjectDisposedException"/>).
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static unsafe class CallbackArguments
{
    /// <summary><paramref name="count"/> NUL-terminated UTF-8 strings (<c>char **</c>), each null where the pointer is;
    /// an empty array when <paramref name="rows"/> is NULL.</summary>
    public static string?[] Utf8Rows(byte** rows, int count)
    {
        if (rows == null || count <= 0)
            return [];
        var result = new string?[count];
        for (var i = 0; i < result.Length; i++)
            result[i] = Utf8Marshal.FromUtf8(rows[i]);
        return result;
    }

    /// <summary>A span over <paramref name="size"/> bytes at <paramref name="data"/>, empty when NULL. Valid during the
    /// call only (a span cannot outlive it).</summary>
    public static ReadOnlySpan<byte> Bytes(void* data, ulong size) =>
        data == null || size == 0 ? default : new ReadOnlySpan<byte>(data, checked((int)size));

    /// <summary><paramref name="handle"/> borrowing <paramref name="pointer"/> for the call.</summary>
    public static T Borrow<T>(T handle, void* pointer) where T : NativeHandle
    {
        handle.AttachBorrowed((nint)pointer, owner: null);
        return handle;
    }

    /// <summary><paramref name="count"/> handles borrowing the pointers of a C array (<c>sqlite3_value **</c>).</summary>
    public static T[] BorrowAll<T>(Func<T> create, void** pointers, int count) where T : NativeHandle
    {
        if (pointers == null || count <= 0)
            return [];
        var result = new T[count];
        for (var i = 0; i < result.Length; i++)
            result[i] = Borrow(create(), pointers[i]);
        return result;
    }

    /// <summary>Ends the borrows of <see cref="BorrowAll{T}"/> when the delegate returned.</summary>
    public static void EndAll<T>(T[] handles) where T : NativeHandle
    {
        foreach (var handle in handles)
            handle.Dispose();
    }
}
