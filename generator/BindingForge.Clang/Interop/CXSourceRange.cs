using System.Runtime.InteropServices;

namespace BindingForge.Clang.Interop;

/// <summary>libclang's <c>CXSourceRange</c>.</summary>
[StructLayout(LayoutKind.Sequential)]
internal readonly struct CXSourceRange
{
    public readonly nint PtrData0;
    public readonly nint PtrData1;
    public readonly uint BeginIntData;
    public readonly uint EndIntData;
}
