using System.Runtime.InteropServices;

namespace BindingForge.Clang.Interop;

/// <summary>libclang's <c>CXSourceLocation</c>.</summary>
[StructLayout(LayoutKind.Sequential)]
internal readonly struct CXSourceLocation
{
    public readonly nint PtrData0;
    public readonly nint PtrData1;
    public readonly uint IntData;
}
