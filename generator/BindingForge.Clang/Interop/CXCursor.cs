using System.Runtime.InteropServices;

namespace BindingForge.Clang.Interop;

/// <summary>libclang's <c>CXCursor</c>: a node of the AST, valid while its translation unit lives.</summary>
[StructLayout(LayoutKind.Sequential)]
internal readonly struct CXCursor
{
    public readonly CXCursorKind Kind;
    public readonly int XData;
    public readonly nint Data0;
    public readonly nint Data1;
    public readonly nint Data2;
}
