using System.Runtime.InteropServices;

namespace BindingForge.Clang.Interop;

/// <summary>libclang's <c>CXString</c>. Convert with <see cref="ToManagedAndDispose"/>, which frees it.</summary>
[StructLayout(LayoutKind.Sequential)]
internal struct CXString
{
    public nint Data;
    public uint PrivateFlags;

    /// <summary>Copies the text out and disposes the native string.</summary>
    public unsafe string ToManagedAndDispose()
    {
        try
        {
            var text = LibClang.clang_getCString(this);
            return text == null ? string.Empty : Marshal.PtrToStringUTF8((nint)text) ?? string.Empty;
        }
        finally
        {
            LibClang.clang_disposeString(this);
        }
    }
}
