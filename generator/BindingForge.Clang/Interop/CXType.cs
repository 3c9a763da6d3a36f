using System.Runtime.InteropServices;

namespace BindingForge.Clang.Interop;

/// <summary>libclang's <c>CXType</c>.</summary>
[StructLayout(LayoutKind.Sequential)]
internal readonly struct CXType
{
    public readonly CXTypeKind Kind;
    public readonly nint Data0;
    public readonly nint Data1;
}
