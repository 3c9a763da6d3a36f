using BindingForge.Clang.Interop;

namespace BindingForge.Clang.Reading;

/// <summary>Cursor identity as libclang defines it (<c>clang_equalCursors</c>, <c>clang_hashCursor</c>).</summary>
internal sealed class CursorComparer : IEqualityComparer<CXCursor>
{
    public static CursorComparer Instance { get; } = new();

    public bool Equals(CXCursor x, CXCursor y) => LibClang.clang_equalCursors(x, y) != 0;

    public int GetHashCode(CXCursor obj) => (int)LibClang.clang_hashCursor(obj);
}
