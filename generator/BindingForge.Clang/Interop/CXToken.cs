using System.Runtime.InteropServices;

namespace BindingForge.Clang.Interop;

/// <summary>libclang's <c>CXToken</c>.</summary>
[StructLayout(LayoutKind.Sequential)]
internal readonly struct CXToken
{
    public readonly uint IntData0;
    public readonly uint IntData1;
    public readonly uint IntData2;
    public readonly uint IntData3;
    public readonly nint PtrData;
}
