using System.Runtime.InteropServices;

namespace BindingForge.Clang.Interop;

/// <summary>libclang's <c>CXUnsavedFile</c>: an in-memory file; both pointers are NUL-terminated UTF-8.</summary>
[StructLayout(LayoutKind.Sequential)]
internal unsafe struct CXUnsavedFile
{
    public byte* Filename;
    public byte* Contents;
    public nuint Length;
}
